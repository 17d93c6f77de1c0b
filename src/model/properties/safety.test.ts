// Property tests of Kafka's safety rules on the model (KAFKA.md 3, 4.3, 5.3–5.4, 1.5). Each property
// runs the same fast-check sequence of random fault scenarios (arbitraries.ts: 3 brokers, RF 3,
// acks=all, min.insync.replicas=2, clean elections only, random crash/restart/isolate/reconnect/
// produce, then a heal), samples the cluster at every notable event and every virtual second
// (trace.ts), and checks one rule with the monitors of monitors.ts; the runs are shared between
// the properties through a cache. A failure prints the scenario JSON and the virtual time.
// Property 8 at the end shows that the loss monitor is not vacuous: with acks=1 and unclean
// elections a concrete run does lose acknowledged records, and the monitor says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { LearnerAction } from '../simulationTypes';
import type { TimelineEventKind } from '../snapshotTypes';
import {
  PRODUCER,
  RUN_END,
  TOPIC,
  anyHealedScenarioArb,
  buildScenario,
  safetyScenarioArb,
} from './arbitraries';
import type { PropertyName } from './monitors';
import { SAMPLE_EVERY_MS, WHOLE_LOG_WINDOW, explain, observeRun } from './trace';

/** Runs per property (shared between properties through the cache). KAFKA_PROPERTY_RUNS overrides. */
const RUNS = Number(process.env.KAFKA_PROPERTY_RUNS ?? 150);
/** Runs of the any-settings block (shared between its properties). */
const ANY_RUNS = Number(process.env.KAFKA_PROPERTY_ANY_RUNS ?? 80);
/** Fixed so every property walks the same scenarios; change it to explore other ones. */
const SEED = Number(process.env.KAFKA_PROPERTY_SEED ?? 20261127);
const TIMEOUT = 300_000;
/** Shrinking a failure replays many scenarios; stop after this long and report the smallest yet. */
const SHRINK_LIMIT_MS = 10_000;

function check(property: PropertyName, arb = safetyScenarioArb, numRuns = RUNS): void {
  const prop = fc.property(arb, (scenario) => {
    const obs = observeRun(scenario);
    const found = obs.violations[property];
    if (found.length > 0) throw new Error(explain(scenario, found));
  });
  // Every run, no time limit, stopping at the first failure (runs are cached by property 1).
  const first = fc.check(prop, { numRuns, seed: SEED, endOnFailure: true });
  if (!first.failed) {
    expect(first.numRuns).toBe(numRuns);
    return;
  }
  // Then shrink the failure, for at most SHRINK_LIMIT_MS; fc.assert throws the smallest found.
  fc.assert(prop, { numRuns, seed: SEED, interruptAfterTimeLimit: SHRINK_LIMIT_MS });
  throw new Error(`property failed (not shrunk): ${String(first.errorInstance)}`);
}

describe('Kafka safety properties under random faults (acks=all, min.insync.replicas=2, RF 3)', () => {
  // Property 1 — the random fault sequences must actually exercise failover, or the properties
  // below would pass for want of trying. This pass also runs (and caches) every scenario.
  it(
    '1. the random faults exercise elections, ISR changes, truncation and acknowledgements',
    () => {
      const totals = { runs: 0, samples: 0, acknowledged: 0, kinds: {} as Record<string, number> };
      fc.assert(
        fc.property(safetyScenarioArb, (scenario) => {
          const obs = observeRun(scenario);
          totals.runs += 1;
          totals.samples += obs.samples;
          totals.acknowledged += obs.acknowledged;
          for (const [k, n] of Object.entries(obs.eventKinds)) {
            totals.kinds[k] = (totals.kinds[k] ?? 0) + (n ?? 0);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      expect(totals.runs).toBe(RUNS);
      expect(totals.acknowledged).toBeGreaterThan(RUNS * 100);
      const kinds: TimelineEventKind[] = [
        'broker.crashed',
        'broker.isolated',
        'session.expired',
        'controller.elected',
        'leader.elected',
        'isr.shrink',
        'isr.expand',
      ];
      for (const k of kinds) expect(totals.kinds[k] ?? 0, k).toBeGreaterThan(RUNS / 4);
      // Some runs reach a returning replica truncating its log (KAFKA.md 3.4).
      expect(totals.kinds['log.truncated'] ?? 0).toBeGreaterThan(0);
      // At least one sample per virtual second, plus one per notable event.
      expect(totals.samples / totals.runs).toBeGreaterThan(RUN_END / SAMPLE_EVERY_MS);
    },
    TIMEOUT,
  );

  // Property 2 — KAFKA.md 1.5, 3.5, 5.3: acks=all + min.insync.replicas=2 + clean elections never
  // lose an acknowledged record. At every instant no fate is `lost` or goes back from
  // `acknowledged`, and committed offsets are never rewritten (any two replicas agree below both
  // HWs); after the heal, every record ever acknowledged is in the current leader's log at the
  // offset it was acknowledged with, below the HW, and every ISR member holds those records.
  it('2. no acknowledged record is ever lost', () => check('noAckedLoss'), TIMEOUT);

  // Idempotence — KAFKA.md 1.6: with acks=all the 3.x producer is idempotent, so retries never
  // write a record twice (a duplicate batch is acknowledged with its first offset).
  it('2c. no record is written twice (idempotent producer)', () => check('noDuplicates'), TIMEOUT);

  // Liveness after the heal — KAFKA.md 4.2, 3.3, 5.3–5.5: 35 s after every broker is reconnected
  // and restarted, every broker is online, every partition has an online leader that acts as
  // leader (the controller's failover and broker start-up send it LeaderAndIsr), and every ISR is
  // full again. Property 2's end check needs the acting leader.
  it(
    '2b. after the heal every broker is online, every partition led, every ISR full',
    () => check('healed'),
    TIMEOUT,
  );

  // Property 3 — KAFKA.md 3.4, 5.3, 5.4: every leader change bumps the leader epoch, so
  // (partition, leaderEpoch) → leader is a function, in the controller's partition state and in the
  // brokers' own roles (epoch-cache stamp of makeLeader), and the epoch never decreases.
  it(
    '3. at most one leader per partition per leader epoch',
    () => check('oneLeaderPerEpoch'),
    TIMEOUT,
  );

  // LeaderInIsr — KafkaReplication.tla (KAFKA.md 3.6) and 5.4: the leader the controller wrote is
  // in the ISR it wrote, and the ISR is never empty (the last member stays in it).
  it('3b. the leader is always in the ISR', () => check('leaderInIsr'), TIMEOUT);

  // Property 4 — KAFKA.md 3.2, 3.6 (AsyncIsr.tla ValidHighWatermark): the leader's HW never exceeds
  // the LEO of a live member of the controller's ISR (or of its own ISR view), and no replica's HW
  // exceeds its own LEO. Why this holds at every instant is argued in monitors.ts.
  it(
    '4. the high watermark never exceeds the LEO of an ISR member',
    () => check('hwWithinIsr'),
    TIMEOUT,
  );

  // StrongIsr — KafkaReplication.tla / Kip320.tla (KAFKA.md 3.6): every live member of the
  // controller's ISR holds exactly the acting leader's records below the leader's HW.
  it(
    '4b. ISR members hold the leader’s records below the HW (StrongIsr)',
    () => check('strongIsr'),
    TIMEOUT,
  );

  // Leader-epoch bookkeeping — KAFKA.md 3.4 (KIP-101, LeaderEpochFileCache): every replica's epoch
  // cache is strictly increasing in epoch and start offset and agrees with its records' epochs.
  it(
    '3c. leader-epoch caches are monotonic and match the records',
    () => check('epochCache'),
    TIMEOUT,
  );

  // Property 5 — KAFKA.md 3.1: consumers read only below the HW. Position ≤ the highest HW the
  // partition has shown so far at every instant (a new leader's HW may briefly lag, see
  // monitors.ts), and position ≤ the leader's HW once the run has settled.
  it('5. consumers never read past the high watermark', () => check('consumerBelowHw'), TIMEOUT);

  // Property 6 — KAFKA.md 4.3: one controller per controller epoch, the epoch never goes back,
  // and no broker has accepted an epoch that was never elected.
  it('6. one controller per controller epoch', () => check('oneControllerPerEpoch'), TIMEOUT);
});

// Properties 3–6 are rules of the protocol, not of a durability setting: they must hold with
// acks=1, min.insync.replicas=1 and unclean elections too (where property 2 may fail by design).
describe('Kafka protocol rules under random faults, any settings (acks, min ISR, unclean)', () => {
  const any = (property: PropertyName) => () => {
    check(property, anyHealedScenarioArb, ANY_RUNS);
  };
  it('3. at most one leader per partition per leader epoch', any('oneLeaderPerEpoch'), TIMEOUT);
  it('3b. the leader is always in the ISR', any('leaderInIsr'), TIMEOUT);
  it('3c. leader-epoch caches are monotonic and match the records', any('epochCache'), TIMEOUT);
  it('4. the high watermark never exceeds the LEO of an ISR member', any('hwWithinIsr'), TIMEOUT);
  it(
    '4b. ISR members hold the leader’s records below the HW (StrongIsr)',
    any('strongIsr'),
    TIMEOUT,
  );
  it('5. consumers never read past the high watermark', any('consumerBelowHw'), TIMEOUT);
  it('6. one controller per controller epoch', any('oneControllerPerEpoch'), TIMEOUT);
});

describe('the loss monitor is not vacuous (acks=1, unclean.leader.election.enable=true)', () => {
  // Property 8 — KAFKA.md 3.5 (1 and 2): with acks=1 the leader acknowledges records no follower
  // has, and with unclean elections an out-of-sync replica may become leader, so records are lost.
  // Crash both followers, produce, wait until the ISR is just the leader, crash it, restart a
  // follower (elected uncleanly, ISR = [it]), then bring the old leader back (it truncates).
  it('8. a concrete run loses acknowledged records, and property 2 sees it', () => {
    const scenario = buildScenario({
      seed: 7,
      partitions: 1,
      acks: '1',
      minIsr: 1,
      unclean: true,
      recordsPerSec: 0,
      networkLatencyMs: 5,
      rebalance: false,
      consumers: 1,
      actions: [],
    });
    const sim = createSimulation(scenario, { recordWindow: WHOLE_LOG_WINDOW });
    const partition0 = () => {
      const p = sim.snapshot().topics.find((t) => t.name === TOPIC)?.partitions[0];
      if (!p) throw new Error('no partition 0');
      return p;
    };
    const at = (t: number, action: LearnerAction) => {
      sim.seek(t);
      sim.act(action);
    };
    sim.seek(5000);
    const leader = partition0().leader;
    expect(leader).not.toBeNull();
    const followers = partition0().replicas.filter((b) => b !== leader);
    const [f1, f2] = followers as [number, number];
    at(5000, { type: 'broker.crash', broker: f1 });
    at(5000, { type: 'broker.crash', broker: f2 });
    for (let i = 0; i < 5; i++) {
      at(6000 + i * 100, {
        type: 'produce',
        topic: TOPIC,
        key: 'k',
        value: `only-on-${leader}-${i}`,
        producer: PRODUCER,
      });
    }
    sim.seek(20_000);
    const why = () => `scenario: ${JSON.stringify(sim.scenario)}`;
    expect(partition0().isr, why()).toEqual([leader]);
    const acked = sim.snapshot().producedRecords.filter((r) => r.fate === 'acknowledged');
    expect(acked.length, why()).toBe(5);
    at(20_000, { type: 'broker.crash', broker: leader ?? 0 });
    at(21_000, { type: 'broker.restart', broker: f1 });
    at(40_000, { type: 'broker.restart', broker: leader ?? 0 });
    sim.seek(60_000);
    const p = partition0();
    expect(p.leader, why()).toBe(f1);
    const elections = sim.events().filter((e) => e.kind === 'leader.elected');
    expect(
      elections.some((e) => e.params.election === 'unclean' && e.params.leader === f1),
      why(),
    ).toBe(true);
    const fates = sim.snapshot().producedRecords.map((r) => r.fate);
    expect(fates, why()).toEqual(['lost', 'lost', 'lost', 'lost', 'lost']);
    expect(
      sim.events().some((e) => e.kind === 'data.loss'),
      why(),
    ).toBe(true);

    // The same run through the monitor of property 2: it must report the loss.
    const obs = observeRun(sim.scenario, 60_000);
    expect(obs.violations.noAckedLoss.length, why()).toBeGreaterThan(0);
    expect(obs.violations.noAckedLoss.join('\n')).toMatch(/lost|missing/);
  });
});
