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
