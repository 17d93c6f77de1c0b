// Property 9 — with acks=1 Kafka may lose acknowledged records (KAFKA.md 1.5, 3.5): the leader
// acknowledges a record no follower has yet, then fails over. Here the loss detector (the ledger's
// `lost` fate, clients/ledger.ts checkLoss) is checked against the logs themselves over random
// fault sequences (acks=1, min.insync.replicas=1, clean or unclean elections, then a heal):
//   - it catches losses when they happen: an acknowledged record that the live leader no longer
//     holds at its offset is marked `lost` within a second of virtual time;
//   - its losses are real: when a record turns `lost`, the live leader does not hold it, and after
//     the heal (every broker back, every ISR full) no replica holds it at its offset;
//   - it is not vacuous: the runs do lose records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Scenario } from '../scenarioTypes';
import type { ClusterSnapshot, PartitionView, ProducedRecordView } from '../snapshotTypes';
import { RUN_END, SETTLE_AT, buildScenario, faultsArb, healActions } from './arbitraries';
import { SAMPLE_EVERY_MS, WHOLE_LOG_WINDOW } from './trace';

const RUNS = Number(process.env.KAFKA_PROPERTY_LOSS_RUNS ?? 40);
const SEED = Number(process.env.KAFKA_PROPERTY_SEED ?? 20261127);
const TIMEOUT = 300_000;
/** How long a contradicted acknowledgement may stay unflagged (the detector runs on log changes). */
const GRACE_MS = 1000;

const lossScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    partitions: fc.constantFrom(1, 2),
    unclean: fc.boolean(),
    networkLatencyMs: fc.constantFrom(1, 5, 20),
    faults: faultsArb,
  })
  .map(({ faults, ...rest }) =>
    buildScenario({
      ...rest,
      acks: '1',
      minIsr: 1,
      rebalance: false,
      consumers: 1,
      recordsPerSec: 20,
      actions: [...faults, ...healActions(SETTLE_AT)],
    }),
  );

const tp = (topic: string, partition: number) => `${topic}-${partition}`;

function partitionsOf(s: ClusterSnapshot): Map<string, PartitionView> {
  const out = new Map<string, PartitionView>();
  for (const t of s.topics) for (const p of t.partitions) out.set(tp(p.topic, p.partition), p);
  return out;
}

/**
 * What the live leader says of an acknowledged record: 'holds' it at its offset, 'contradicts' it
 * (its log reaches past the offset with another record there, or no longer reaches it), or
 * 'unknown' (no live leader acting as one, or the offset is outside the snapshot's window).
 */
function leaderVerdict(s: ClusterSnapshot, p: PartitionView | undefined, rec: ProducedRecordView) {
  if (!p || p.leader === null || rec.offset === null) return 'unknown';
  const broker = s.brokers.find((b) => b.id === p.leader);
  const replica = p.replicaViews.find((r) => r.brokerId === p.leader);
  if (!broker || broker.state !== 'online' || broker.isolated || replica?.role !== 'leader')
    return 'unknown';
  const first = replica.records[0]?.offset ?? replica.logEndOffset;
  if (rec.offset < first && rec.offset >= replica.logStartOffset) return 'unknown';
  const held = replica.records.find((r) => r.offset === rec.offset);
  return held?.recordId === rec.recordId ? 'holds' : 'contradicts';
}

interface LossRun {
  problems: string[];
  lost: number;
}

function watchLosses(scenario: Scenario): LossRun {
  const sim = createSimulation(scenario, { recordWindow: WHOLE_LOG_WINDOW });
  const problems: string[] = [];
  /** recordId → when the live leader was first seen contradicting its acknowledgement. */
  const contradictedSince = new Map<string, number>();
  const lostSeen = new Set<string>();
  const look = (s: ClusterSnapshot) => {
    const parts = partitionsOf(s);
    for (const rec of s.producedRecords) {
      const p = parts.get(tp(rec.topic, rec.partition));
      if (rec.fate === 'lost' && !lostSeen.has(rec.recordId)) {
        lostSeen.add(rec.recordId);
        if (leaderVerdict(s, p, rec) === 'holds')
          problems.push(
            `t=${s.now}: ${rec.recordId} marked lost, but leader ${p?.leader} holds it`,
          );
      }
      if (rec.fate !== 'acknowledged') {
        contradictedSince.delete(rec.recordId);
        continue;
      }
      if (leaderVerdict(s, p, rec) !== 'contradicts') {
        contradictedSince.delete(rec.recordId);
        continue;
      }
      const since = contradictedSince.get(rec.recordId);
      if (since === undefined) contradictedSince.set(rec.recordId, s.now);
      else if (s.now - since > GRACE_MS)
        problems.push(
          `t=${s.now}: ${rec.recordId} at offset ${rec.offset} is not in leader ${p?.leader}'s log since t=${since}, yet still acknowledged`,
        );
    }
  };
  look(sim.snapshot());
  let stalls = 0;
  while (sim.now < RUN_END && problems.length === 0) {
    const before = sim.now;
    const next = (Math.floor(before / SAMPLE_EVERY_MS) + 1) * SAMPLE_EVERY_MS;
    sim.stepToNextEvent(Math.min(next, RUN_END) - before);
    stalls = sim.now === before ? stalls + 1 : 0;
    if (stalls > 1000) throw new Error(`stepToNextEvent does not advance at t=${before}`);
    look(sim.snapshot());
  }
  // After the heal every broker is back and in sync: a lost record is on no replica at its offset.
  const end = sim.snapshot();
  const parts = partitionsOf(end);
  for (const rec of end.producedRecords) {
    if (rec.fate !== 'lost') continue;
    const p = parts.get(tp(rec.topic, rec.partition));
    for (const r of p?.replicaViews ?? []) {
      if (r.records.some((x) => x.offset === rec.offset && x.recordId === rec.recordId))
        problems.push(`end: ${rec.recordId} marked lost, but broker ${r.brokerId} still holds it`);
    }
  }
  return { problems, lost: lostSeen.size };
}

describe('the loss detector under random faults (acks=1, min.insync.replicas=1)', () => {
  it(
    '9. catches every loss within a second, and every loss it reports is real',
    () => {
      let lost = 0;
      let runsWithLoss = 0;
      fc.assert(
        fc.property(lossScenarioArb, (scenario) => {
          const run = watchLosses(scenario);
          if (run.problems.length > 0)
            throw new Error(`${run.problems.join('\n')}\nscenario: ${JSON.stringify(scenario)}`);
          lost += run.lost;
          if (run.lost > 0) runsWithLoss++;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // Not vacuous: acks=1 under these faults does lose acknowledged records.
      expect(lost).toBeGreaterThan(0);
      expect(runsWithLoss).toBeGreaterThan(1);
    },
    TIMEOUT,
  );
});
