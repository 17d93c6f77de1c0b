import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario } from '../testScenarios';

describe('replication invariants through crashes and restarts', () => {
  const scenario = baseScenario({
    brokers: 4,
    topics: [{ name: 'orders', partitions: 4, replicationFactor: 3, configs: {} }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 40,
        keys: ['a', 'b', 'c', 'd', 'e'],
        configs: {},
      },
    ],
    consumerGroups: [
      {
        groupId: 'g1',
        topics: ['orders'],
        members: 2,
        configs: { 'auto.offset.reset': 'earliest' },
      },
      { groupId: 'g2', topics: ['orders'], members: 1, configs: {} },
    ],
    actions: [
      { at: 20_000, type: 'broker.crash', broker: 2 },
      { at: 60_000, type: 'broker.restart', broker: 2 },
      { at: 90_000, type: 'broker.crash', broker: 3 },
      { at: 100_000, type: 'broker.isolate', broker: 1 },
      { at: 130_000, type: 'broker.reconnect', broker: 1 },
      { at: 150_000, type: 'broker.restart', broker: 3 },
    ],
  });

  it('the leader HW never exceeds the LEO of an ISR member, and consumers never pass the HW', () => {
    const sim = createSimulation(scenario);
    for (let t = 1_000; t <= 200_000; t += 1_000) {
      sim.seek(t);
      const snap = sim.snapshot();
      for (const p of snap.topics.flatMap((x) => x.partitions)) {
        const leader = p.replicaViews.find((r) => r.brokerId === p.leader);
        if (!leader || leader.role !== 'leader') continue;
        for (const r of p.replicaViews) {
          if (p.isr.includes(r.brokerId))
            expect(r.logEndOffset).toBeGreaterThanOrEqual(leader.highWatermark);
          expect(r.highWatermark).toBeLessThanOrEqual(r.logEndOffset);
        }
        for (const g of snap.consumerGroups) {
          const o = g.offsets.find((x) => x.partition === p.partition);
          if (o) expect(o.position).toBeLessThanOrEqual(leader.highWatermark);
        }
      }
    }
    const snap = sim.snapshot();
    expect(snap.consumerGroups[0]?.consumed).toBeGreaterThan(1000);
    // acks=all with clean elections only: nothing acknowledged is ever lost.
    expect(sim.events().filter((e) => e.kind === 'data.loss')).toHaveLength(0);
  });
});
