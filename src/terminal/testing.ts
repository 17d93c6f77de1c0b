// Snapshots from the real model for the terminal's tests: the default sandbox, seeked to a time.
import { createSimulation } from '../model';
import type { LearnerAction, Scenario } from '../model';
import { defaultScenario } from '../scenario/defaults';
import type { CommandContext } from './types';

/** The world at `at` ms after `setup` changed the default scenario and `actions` ran at 5 s. */
export function contextAt(
  at = 5000,
  setup: (s: Scenario) => void = () => {},
  actions: LearnerAction[] = [],
): CommandContext {
  const scenario = defaultScenario();
  setup(scenario);
  const sim = createSimulation(scenario);
  sim.seek(5000);
  for (const a of actions) sim.act(a);
  sim.seek(at);
  return { snapshot: sim.snapshot(), scenario: sim.scenario };
}
