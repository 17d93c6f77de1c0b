import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Acks } from '../scenarioTypes';
import type { Simulation } from '../simulationTypes';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

const L = 10;
const setup = (acks: Acks, topicConfigs = {}) =>
  baseScenario({
    networkLatencyMs: L,
    topics: [{ name: 't', partitions: 1, replicationFactor: 3, configs: topicConfigs }],
    producers: [{ id: 'producer-1', topic: 't', recordsPerSec: 0, keys: [], configs: { acks } }],
    consumerGroups: [],
  });

function record(sim: Simulation, value: string) {
  const r = sim.snapshot().producedRecords.find((x) => x.value === value);
  if (!r) throw new Error(`no record ${value}`);
  return r;
}

function leaderView(sim: Simulation) {
  const p = partitionOf(sim, 't', 0);
  return p.replicaViews.find((r) => r.brokerId === p.leader);
}

describe('acks', () => {
  it('acks=1 is acknowledged after the leader appends, before the high watermark covers it', () => {
    const sim = createSimulation(setup('1'));
    sim.seek(5_000);
    // Prime the producer's metadata with one record.
    sim.act({ type: 'produce', topic: 't', key: null, value: 'warm-up' });
    sim.seek(6_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    // Produce arrives at +L, the response at +2L.
    sim.seek(6_000 + 2 * L);
    const r = record(sim, 'v1');
    expect(r.fate).toBe('acknowledged');
    expect(r.offset).toBe(1);
    // The leader's HW moves only after a follower's next fetch shows it has the record (+3L).
    expect(leaderView(sim)?.highWatermark).toBeLessThanOrEqual(1);
  });

  it('acks=all waits until the high watermark passes the record', () => {
    const sim = createSimulation(setup('all'));
    sim.seek(5_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'warm-up' });
    sim.seek(6_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    sim.seek(6_000 + 2 * L);
    expect(record(sim, 'v1').fate).toBe('pending');
    expect(leaderView(sim)?.logEndOffset).toBe(2);
    sim.seek(6_000 + 3 * L);
    expect(leaderView(sim)?.highWatermark).toBe(2);
    expect(record(sim, 'v1').fate).toBe('pending');
    sim.seek(6_000 + 4 * L);
    expect(record(sim, 'v1').fate).toBe('acknowledged');
    expect(record(sim, 'v1').offset).toBe(1);
  });

  it('acks=all with min.insync.replicas=2 and an ISR of 1 is refused with NOT_ENOUGH_REPLICAS before appending', () => {
    const sim = createSimulation(
      baseScenario({ ...setup('all', { 'min.insync.replicas': 2 }), brokers: 4 }),
    );
    sim.seek(5_000);
    const p = partitionOf(sim, 't', 0);
    const followers = p.replicas.filter((id) => id !== p.leader);
    for (const f of followers) sim.act({ type: 'broker.crash', broker: f });
    sim.seek(30_000);
    expect(partitionOf(sim, 't', 0).isr).toEqual([p.leader]);
    const leoBefore = leaderView(sim)?.logEndOffset;
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    sim.seek(31_000);
    const failed = eventsOf(sim, 'produce.failed');
    expect(failed.at(-1)?.params.error).toBe('NOT_ENOUGH_REPLICAS');
    expect(record(sim, 'v1').fate).toBe('pending');
    expect(sim.snapshot().producers[0]?.lastError).toBe('NOT_ENOUGH_REPLICAS');
    expect(leaderView(sim)?.logEndOffset).toBe(leoBefore);
    // Retries continue until delivery.timeout.ms (120000), then the record fails.
    sim.seek(30_000 + 121_000);
    expect(record(sim, 'v1').fate).toBe('failed');
    expect(record(sim, 'v1').error).toBe('NOT_ENOUGH_REPLICAS');
  });

  it('acks=0 completes at once, with no offset, before the leader even has the record', () => {
    const sim = createSimulation(setup('0'));
    sim.seek(5_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'warm-up' });
    sim.seek(6_000);
    const leoBefore = leaderView(sim)?.logEndOffset ?? 0;
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    sim.seek(6_001);
    // RecordMetadata offset -1: the producer never hears from the broker.
    expect(record(sim, 'v1')).toMatchObject({ fate: 'acknowledged', offset: null });
    expect(leaderView(sim)?.logEndOffset).toBe(leoBefore);
    expect(sim.snapshot().inFlight.some((m) => m.kind === 'ProduceResponse')).toBe(false);
  });

  // Partition.checkEnoughReplicasReachOffset: the HW passed the record, but by then the ISR had
  // shrunk below min.insync.replicas (the followers stopped fetching after it was appended).
  it('acks=all fails with NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrinks below min.insync.replicas while it waits', () => {
    const base = setup('all', { 'min.insync.replicas': 2 });
    const sim = createSimulation({
      ...base,
      brokerConfigs: { 'replica.lag.time.max.ms': 10_000 },
      producers: base.producers.map((p) => ({
        ...p,
        configs: { ...p.configs, 'request.timeout.ms': 60_000 },
      })),
    });
    sim.seek(5_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'warm-up' });
    sim.seek(6_000);
    const p = partitionOf(sim, 't', 0);
    for (const f of p.replicas.filter((id) => id !== p.leader))
      sim.act({ type: 'broker.crash', broker: f });
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    sim.seek(6_000 + 3 * L);
    expect(record(sim, 'v1').fate).toBe('pending');
    // Appended: it is in the leader's log while the request waits.
    expect(leaderView(sim)?.records.some((r) => r.value === 'v1')).toBe(true);
    sim.seek(40_000);
    expect(partitionOf(sim, 't', 0).isr).toEqual([p.leader]);
    const errors = eventsOf(sim, 'produce.failed').map((e) => e.params.error);
    expect(errors[0]).toBe('NOT_ENOUGH_REPLICAS_AFTER_APPEND');
    // Retriable: the retries are refused before appending, as the ISR is still too small.
    expect(sim.snapshot().producers[0]?.lastError).toBe('NOT_ENOUGH_REPLICAS');
    expect(record(sim, 'v1').fate).toBe('pending');
  });

  // DelayedProduce: a request whose ISR members do not fetch times out in purgatory after the
  // producer's request timeout (ProduceRequest timeoutMs), while the ISR is still full.
  it('acks=all fails with REQUEST_TIMED_OUT when the ISR followers stop fetching', () => {
    const base = setup('all');
    const sim = createSimulation({
      ...base,
      producers: base.producers.map((p) => ({
        ...p,
        configs: { ...p.configs, 'request.timeout.ms': 3_000 },
      })),
    });
    sim.seek(5_000);
    sim.act({ type: 'produce', topic: 't', key: null, value: 'warm-up' });
    sim.seek(6_000);
    const p = partitionOf(sim, 't', 0);
    for (const f of p.replicas.filter((id) => id !== p.leader))
      sim.act({ type: 'broker.isolate', broker: f });
    sim.act({ type: 'produce', topic: 't', key: null, value: 'v1' });
    sim.seek(9_500);
    // replica.lag.time.max.ms (30 s) has not passed: the isolated followers are still in the ISR.
    expect(partitionOf(sim, 't', 0).isr).toHaveLength(3);
    const errors = eventsOf(sim, 'produce.failed').map((e) => e.params.error);
    expect(errors).toContain('REQUEST_TIMED_OUT');
    expect(record(sim, 'v1').fate).toBe('pending');
  });

  it('keyed records go to the murmur2 partition and are not duplicated by retries', () => {
    const sim = createSimulation(
      baseScenario({
        producers: [
          {
            id: 'producer-1',
            topic: 'orders',
            recordsPerSec: 50,
            keys: ['alpha', 'beta'],
            configs: {},
          },
        ],
      }),
    );
    sim.seek(20_000);
    const snap = sim.snapshot();
    const byKey = new Map<string, Set<number>>();
    for (const r of snap.producedRecords) {
      const set = byKey.get(r.key ?? '') ?? new Set<number>();
      set.add(r.partition);
      byKey.set(r.key ?? '', set);
    }
    for (const set of byKey.values()) expect(set.size).toBe(1);
    for (const t of snap.topics) {
      for (const p of t.partitions) {
        const leader = p.replicaViews.find((r) => r.brokerId === p.leader);
        const ids = leader?.records.map((r) => r.recordId) ?? [];
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });
});
