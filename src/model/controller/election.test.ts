import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

// Four brokers and RF 3: one broker holds no replica and stays alive as a controller.
const oneTopic = (configs = {}) =>
  baseScenario({
    brokers: 4,
    topics: [{ name: 't', partitions: 1, replicationFactor: 3, configs }],
    producers: [{ id: 'producer-1', topic: 't', recordsPerSec: 20, keys: [], configs: {} }],
    consumerGroups: [],
  });

describe('leader election after a broker crash', () => {
  it('elects the first live ISR replica in assignment order, only after the session expires', () => {
    const sim = createSimulation(oneTopic());
    sim.seek(10_000);
    const before = partitionOf(sim, 't', 0);
    const oldLeader = before.leader as number;
    expect(before.isr).toEqual(before.replicas);
    sim.act({ type: 'broker.crash', broker: oldLeader });
    // The session lives zookeeper.session.timeout.ms (18000) past the last ping (every 6000).
    sim.seek(10_000 + 11_900);
    expect(partitionOf(sim, 't', 0).leader).toBe(oldLeader);
    sim.seek(10_000 + 18_500);
    const expiry = eventsOf(sim, 'session.expired')[0]?.at ?? -1;
    expect(expiry).toBeGreaterThan(10_000 + 12_000);
    expect(expiry).toBeLessThanOrEqual(10_000 + 18_000);
    const after = partitionOf(sim, 't', 0);
    const expected = before.replicas.find((id) => id !== oldLeader);
    expect(after.leader).toBe(expected);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(after.isr).toEqual(before.isr.filter((id) => id !== oldLeader));
    const elected = eventsOf(sim, 'leader.elected', 't-0');
    expect(elected).toHaveLength(1);
    expect(elected[0]?.at).toBeGreaterThanOrEqual(expiry);
    expect(elected[0]?.params.election).toBe('clean');
  });

  it('leaves the partition without a leader, keeping the last ISR member, when no ISR replica is alive', () => {
    const sim = createSimulation(oneTopic());
    sim.seek(10_000);
    const { replicas } = partitionOf(sim, 't', 0);
    const [a, b, c] = replicas as [number, number, number];
    sim.act({ type: 'broker.crash', broker: b });
    sim.act({ type: 'broker.crash', broker: c });
    sim.seek(40_000);
    expect(partitionOf(sim, 't', 0).isr).toEqual([a]);
    sim.act({ type: 'broker.crash', broker: a });
    sim.seek(70_000);
    const p = partitionOf(sim, 't', 0);
    expect(p.leader).toBeNull();
    expect(p.isr).toEqual([a]);
    expect(p.state).toBe('OfflinePartition');
    expect(eventsOf(sim, 'partition.offline', 't-0').length).toBeGreaterThan(0);
    // A replica outside the ISR coming back does not lead while unclean election is off.
    sim.act({ type: 'broker.restart', broker: b });
    sim.seek(100_000);
    expect(partitionOf(sim, 't', 0).leader).toBeNull();
  });

  it('with unclean election enabled, an out-of-sync replica leads with ISR=[it]; acknowledged records are lost and the old leader truncates', () => {
    const sim = createSimulation(oneTopic({ 'unclean.leader.election.enable': true }));
    sim.seek(10_000);
    const { replicas } = partitionOf(sim, 't', 0);
    const [a, b, c] = replicas as [number, number, number];
    sim.act({ type: 'broker.crash', broker: b });
    sim.act({ type: 'broker.crash', broker: c });
    sim.seek(40_000);
    const leaderLeo =
      partitionOf(sim, 't', 0).replicaViews.find((r) => r.brokerId === a)?.logEndOffset ?? 0;
    const bLeo =
      partitionOf(sim, 't', 0).replicaViews.find((r) => r.brokerId === b)?.logEndOffset ?? 0;
    expect(leaderLeo).toBeGreaterThan(bLeo);
    sim.act({ type: 'broker.crash', broker: a });
    sim.seek(60_000);
    sim.act({ type: 'broker.restart', broker: b });
    sim.seek(60_200);
    const p = partitionOf(sim, 't', 0);
    expect(p.leader).toBe(b);
    expect(p.isr).toEqual([b]);
    const unclean = eventsOf(sim, 'leader.elected', 't-0').find(
      (e) => e.params.election === 'unclean',
    );
    expect(unclean?.broker).toBe(b);
    // Every acknowledged record at or above the new leader's LEO is gone.
    const loss = eventsOf(sim, 'data.loss', 't-0');
    expect(loss).toHaveLength(1);
    expect(loss[0]?.params.count).toBe(leaderLeo - bLeo);
    const lost = sim.snapshot().producedRecords.filter((r) => r.fate === 'lost');
    expect(lost.length).toBeGreaterThan(0);
    for (const r of lost) expect(r.offset ?? -1).toBeGreaterThanOrEqual(bLeo);
    // The old leader returns as a follower and truncates to the new leader's log.
    sim.act({ type: 'broker.restart', broker: a });
    sim.seek(90_000);
    const after = partitionOf(sim, 't', 0);
    const ra = after.replicaViews.find((r) => r.brokerId === a);
    const rb = after.replicaViews.find((r) => r.brokerId === b);
    expect(ra?.truncations.length).toBeGreaterThan(0);
    expect(ra?.truncations[0]?.toOffset).toBe(bLeo);
    expect(eventsOf(sim, 'log.truncated', 't-0').some((e) => e.broker === a)).toBe(true);
    const ids = (recs: { recordId: string }[] | undefined) => (recs ?? []).map((r) => r.recordId);
    const common = Math.min(ra?.records.length ?? 0, rb?.records.length ?? 0);
    expect(ids(ra?.records).slice(0, common)).toEqual(ids(rb?.records).slice(0, common));
  });
});
