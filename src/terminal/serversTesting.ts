// A test helper: an empty machine ('manual' start-up) from the real model, where commands run at
// the simulation's `now` and their actions are applied, as the terminal does.
import { createSimulation } from '../model';
import type { Simulation } from '../model';
import { defaultScenario } from '../scenario/defaults';
import type { Command, CommandContext, CommandResult } from './types';

export interface ManualWorld {
  sim: Simulation;
  /** The editor's saved files. */
  files: Record<string, string>;
  /** The context a command sees now (events up to now). */
  ctx(random?: number): CommandContext;
  /** Runs a command now and applies its actions. */
  run(command: Command, args: string[], random?: number): CommandResult;
  seek(t: number): void;
}

export function manualWorld(): ManualWorld {
  const s = defaultScenario();
  s.startup = 'manual';
  s.brokers = 0;
  s.topics = [];
  s.producers = [];
  s.consumerGroups = [];
  s.actions = [];
  const sim = createSimulation(s);
  const files: Record<string, string> = {};
  const ctx = (random = 0.5): CommandContext => ({
    snapshot: sim.snapshot(),
    scenario: sim.scenario,
    events: sim.events().filter((e) => e.at <= sim.now),
    files,
    random,
  });
  return {
    sim,
    files,
    ctx,
    run(command, args, random) {
      const r = command(args, ctx(random));
      for (const a of r.actions) sim.act(a);
      return r;
    },
    seek: (t) => sim.seek(t),
  };
}
