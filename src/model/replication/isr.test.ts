import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

// A long ZooKeeper session keeps the controller out of it: only the leader's isr-expiration acts.
const scenario = baseScenario({
  brokerConfigs: { 'zookeeper.session.timeout.ms': 60_000 },
  topics: [{ name: 't', partitions: 1, replicationFactor: 3, configs: {} }],
  producers: [{ id: 'producer-1', topic: 't', recordsPerSec: 20, keys: [], configs: {} }],
  consumerGroups: [],
});

describe('ISR membership (replica.lag.time.max.ms = 30000)', () => {
  it('a follower that stops fetching leaves the ISR between 1× and 1.5× replica.lag.time.max.ms', () => {
    const sim = createSimulation(scenario);
    sim.seek(10_000);
    const p = partitionOf(sim, 't', 0);
    // A follower that is not the controller, so the leader's AlterIsr gets through.
    const ctl = sim.snapshot().controller.brokerId;
    const follower = p.replicas.find((id) => id !== p.leader && id !== ctl) as number;
    sim.act({ type: 'broker.isolate', broker: follower });
    sim.seek(10_000 + 29_000);
    expect(partitionOf(sim, 't', 0).isr).toContain(follower);
    sim.seek(10_000 + 46_000);
    const shrink = eventsOf(sim, 'isr.shrink', 't-0');
    expect(shrink).toHaveLength(1);
    expect(shrink[0]?.at).toBeGreaterThan(10_000 + 30_000);
    expect(shrink[0]?.at).toBeLessThanOrEqual(10_000 + 45_000 + 4 * scenario.networkLatencyMs);
    const after = partitionOf(sim, 't', 0);
    expect(after.isr).not.toContain(follower);
    expect(after.leaderEpoch).toBe(p.leaderEpoch);
    expect(after.zkVersion).toBe(p.zkVersion + 1);
  });

  it('a caught-up follower rejoins the ISR, appended at the end', () => {
    const sim = createSimulation(scenario);
    sim.seek(10_000);
    const p = partitionOf(sim, 't', 0);
    const ctl = sim.snapshot().controller.brokerId;
    const follower = p.replicas.find((id) => id !== p.leader && id !== ctl) as number;
    sim.act({ type: 'broker.isolate', broker: follower });
    sim.seek(50_000);
    expect(partitionOf(sim, 't', 0).isr).not.toContain(follower);
    sim.act({ type: 'broker.reconnect', broker: follower });
    sim.seek(85_000);
    const expand = eventsOf(sim, 'isr.expand', 't-0');
    expect(expand.length).toBeGreaterThanOrEqual(1);
    const after = partitionOf(sim, 't', 0);
    expect(after.isr[after.isr.length - 1]).toBe(follower);
    expect(after.leaderEpoch).toBe(p.leaderEpoch);
    const leader = after.replicaViews.find((r) => r.brokerId === after.leader);
    const f = after.replicaViews.find((r) => r.brokerId === follower);
    expect(f?.logEndOffset).toBeGreaterThanOrEqual(leader?.highWatermark ?? Infinity);
  });
});
