// Property tests, part 3: running a scenario and watching it. `observeRun` drives one simulation
// forward to the end of the run, stopping at every notable event (stepToNextEvent) and at least
// every SAMPLE_EVERY_MS, and feeds each instant's snapshot to a Monitor; the last instant, after
// the heal, gets the end-of-run checks. Results are memoised by scenario, so the properties of
// safety.test.ts, which walk the same fast-check sequence (same seed), share one run per scenario.
import { createSimulation } from '../index';
import type { Scenario } from '../scenarioTypes';
import type { TimelineEventKind } from '../snapshotTypes';
import { RUN_END } from './arbitraries';
import { Monitor } from './monitors';
import type { PropertyName } from './monitors';

export const SAMPLE_EVERY_MS = 1000;
/** Large enough that a snapshot shows whole logs (≈ 20 records/s × 66 s). */
export const WHOLE_LOG_WINDOW = 100_000;

export interface Observation {
  violations: Record<PropertyName, string[]>;
  /** Instants at which the cluster was sampled. */
  samples: number;
  /** Records seen acknowledged during the run. */
  acknowledged: number;
  /** How many timeline events of each kind the run had (to see what the faults exercised). */
  eventKinds: Partial<Record<TimelineEventKind, number>>;
}

const cache = new Map<string, Observation>();

export function observeRun(scenario: Scenario, end = RUN_END): Observation {
  const key = `${end}:${JSON.stringify(scenario)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const sim = createSimulation(scenario, { recordWindow: WHOLE_LOG_WINDOW });
  const monitor = new Monitor();
  monitor.observe(sim.snapshot());
  let stalls = 0;
  while (sim.now < end) {
    const before = sim.now;
    const nextTick = (Math.floor(before / SAMPLE_EVERY_MS) + 1) * SAMPLE_EVERY_MS;
    sim.stepToNextEvent(Math.min(nextTick, end) - before);
    if (sim.now === before) {
      // Several events at one instant come one call each; never spin for ever on a stuck clock.
      stalls += 1;
      if (stalls > 1000) throw new Error(`stepToNextEvent does not advance at t=${before}`);
    } else stalls = 0;
    if (sim.now < end) monitor.observe(sim.snapshot());
  }
  monitor.finish(sim.snapshot());
  const eventKinds: Partial<Record<TimelineEventKind, number>> = {};
  for (const e of sim.events()) eventKinds[e.kind] = (eventKinds[e.kind] ?? 0) + 1;
  const result: Observation = {
    violations: monitor.violations,
    samples: monitor.samples,
    acknowledged: monitor.acknowledged.size,
    eventKinds,
  };
  cache.set(key, result);
  return result;
}

/** A failure message: the properties' violations with the scenario to replay them. */
export function explain(scenario: Scenario, lines: readonly string[]): string {
  return `${lines.join('\n')}\nscenario: ${JSON.stringify(scenario)}`;
}
