// Property 7: determinism is a contract of the model (DESIGN.md "The model"): the same scenario gives
// the same world at the same virtual time, however that time is reached. For random scenarios
// (arbitraries.ts anyScenarioArb: any acks, min ISR, clean or unclean elections, random faults)
// and random instants, the digest and the snapshot at t must agree when t is reached directly,
// by seeking forward past t and back, by seeking back before t and forward again, by stepping
// event by event, in a second createSimulation run, and in a run that starts with no actions and
// takes the same actions through act() at their times. A fork (act after seeking back) must also
// equal a fresh run of the scenario it leaves behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { ScenarioAction } from '../scenarioTypes';
import type { LearnerAction, Simulation } from '../simulationTypes';
import { BROKER_IDS, anyScenarioArb } from './arbitraries';

const RUNS = Number(process.env.KAFKA_DETERMINISM_RUNS ?? 30);
const SEED = Number(process.env.KAFKA_PROPERTY_SEED ?? 20261127);
const TIMEOUT = 300_000;

function learnerAction(a: ScenarioAction): LearnerAction {
  const { at: _at, ...rest } = a;
  return rest as LearnerAction;
}

/** Everything observable at `now`; events are compared up to `now` (the horizon may differ). */
function observe(sim: Simulation) {
  return {
    now: sim.now,
    digest: sim.digest(),
    snapshot: sim.snapshot(),
    events: sim.events().filter((e) => e.at <= sim.now),
  };
}

const instantArb = fc.integer({ min: 0, max: 45_000 });

describe('determinism (property 7)', () => {
  // The digest must be able to tell worlds apart, or the equalities below would be vacuous.
  it('the digest changes as the run advances and with the seed', () => {
    const [scenario] = fc.sample(anyScenarioArb, { numRuns: 1, seed: SEED });
    if (!scenario) throw new Error('no scenario');
    const sim = createSimulation(scenario);
    const seen = new Set<string>();
    for (const t of [0, 1000, 5000, 20_000]) {
      sim.seek(t);
      seen.add(sim.digest());
    }
    expect(seen.size).toBe(4);
    const other = createSimulation({ ...scenario, seed: scenario.seed + 1 });
    other.seek(20_000);
    expect(other.digest()).not.toBe(sim.digest());
  });

  it(
    'same scenario and time give the same digest and snapshot, however the time is reached',
    () => {
      fc.assert(
        fc.property(
          anyScenarioArb,
          instantArb,
          fc.integer({ min: 1, max: 15_000 }),
          (scenario, t, dt) => {
            const a = createSimulation(scenario);
            a.seek(t);
            const direct = observe(a);
            expect(direct.now).toBe(t);

            // Forward past t, then back to t (restores a checkpoint and replays).
            a.seek(t + dt);
            a.seek(t);
            expect(observe(a)).toEqual(direct);

            // Back before t, then forward again.
            a.seek(Math.floor(t / 3));
            a.seek(t);
            expect(observe(a)).toEqual(direct);

            // A second, separate run.
            const b = createSimulation(scenario);
            b.seek(t);
            expect(observe(b)).toEqual(direct);

            // Other checkpoint spacing, reached by seeking back from further on.
            const d = createSimulation(scenario, { checkpointIntervalMs: 700 });
            d.seek(t + dt);
            d.seek(t);
            expect(observe(d)).toEqual(direct);

            // Event by event.
            const c = createSimulation(scenario);
            let guard = 0;
            while (c.now < t && guard++ < 100_000) c.stepToNextEvent(t - c.now);
            expect(c.now).toBe(t);
            expect(c.digest()).toBe(direct.digest);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'taking the scenario’s actions through act() at their times gives the same run',
    () => {
      fc.assert(
        fc.property(anyScenarioArb, instantArb, (scenario, t) => {
          const direct = createSimulation(scenario);
          direct.seek(t);
          const expected = observe(direct);

          const forked = createSimulation({ ...scenario, actions: [] });
          for (const action of scenario.actions) {
            forked.seek(action.at);
            forked.act(learnerAction(action));
          }
          expect(forked.scenario.actions).toEqual(scenario.actions);
          forked.seek(t);
          expect(observe(forked)).toEqual(expected);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'a fork (seek back, act) equals a fresh run of the scenario it leaves behind',
    () => {
      fc.assert(
        fc.property(
          anyScenarioArb,
          // Random instants, and checkpoint instants (multiples of the default 5 s interval).
          fc.oneof(fc.integer({ min: 1000, max: 40_000 }), fc.constantFrom(5000, 10_000, 20_000)),
          fc.boolean(),
          fc.constantFrom(...BROKER_IDS),
          fc.integer({ min: 0, max: 10_000 }),
          (scenario, target, viaStep, broker, after) => {
            const sim = createSimulation(scenario);
            sim.seek(45_000);
            sim.seek(target);
            // As the UI does it: step to the next notable event, then act there.
            if (viaStep) sim.stepToNextEvent(2000);
            const forkAt = sim.now;
            sim.act({ type: 'broker.crash', broker });
            const kept = scenario.actions.filter((x) => x.at <= forkAt);
            expect(sim.scenario.actions).toEqual([
              ...kept,
              { at: forkAt, type: 'broker.crash', broker },
            ]);
            expect(sim.now).toBe(forkAt);
            expect(sim.horizon).toBe(forkAt);
            sim.seek(forkAt + after);
            const fresh = createSimulation(sim.scenario);
            fresh.seek(forkAt + after);
            expect(observe(sim)).toEqual(observe(fresh));
            // And back to the fork instant, through the checkpoints kept from before the fork.
            sim.seek(forkAt);
            fresh.seek(forkAt);
            expect(observe(sim)).toEqual(observe(fresh));
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});
