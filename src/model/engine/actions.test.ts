import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf, znodeData } from '../testScenarios';

describe('learner actions', () => {
  it('topic.create writes the znodes and the controller brings the partitions online (leader = first live replica, epoch 0)', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'fresh', partitions: 3, replicationFactor: 2, configs: {} },
    });
    sim.seek(5_100);
    expect(eventsOf(sim, 'topic.created')[0]?.params.topic).toBe('fresh');
    const assignment = JSON.parse(znodeData(sim, '/brokers/topics/fresh') ?? '{}') as {
      partitions: Record<string, number[]>;
    };
    for (let i = 0; i < 3; i++) {
      const p = partitionOf(sim, 'fresh', i);
      expect(p.replicas).toEqual(assignment.partitions[String(i)]);
      expect(p.state).toBe('OnlinePartition');
      expect(p.leader).toBe(p.replicas[0]);
      expect(p.isr).toEqual(p.replicas);
      expect(p.leaderEpoch).toBe(0);
    }
  });

  it('topic.create with a replication factor above the live brokers is refused', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'big', partitions: 1, replicationFactor: 5, configs: {} },
    });
    sim.seek(6_000);
    expect(sim.snapshot().topics.find((t) => t.name === 'big')).toBeUndefined();
    expect(eventsOf(sim, 'topic.created')).toHaveLength(0);
  });

  it('config.set unclean.leader.election.enable on an offline partition triggers an unclean election', () => {
    const sim = createSimulation(
      baseScenario({
        brokers: 4,
        topics: [{ name: 't', partitions: 1, replicationFactor: 2, configs: {} }],
        producers: [{ id: 'producer-1', topic: 't', recordsPerSec: 10, keys: [], configs: {} }],
        consumerGroups: [],
      }),
    );
    sim.seek(5_000);
    const [a, b] = partitionOf(sim, 't', 0).replicas as [number, number];
    sim.act({ type: 'broker.crash', broker: b });
    sim.seek(30_000);
    sim.act({ type: 'broker.crash', broker: a });
    sim.seek(55_000);
    sim.act({ type: 'broker.restart', broker: b });
    sim.seek(60_000);
    expect(partitionOf(sim, 't', 0).leader).toBeNull();
    sim.act({
      type: 'config.set',
      entity: 'topic',
      name: 't',
      key: 'unclean.leader.election.enable',
      value: true,
    });
    sim.seek(60_100);
    expect(partitionOf(sim, 't', 0).leader).toBe(b);
    expect(JSON.parse(znodeData(sim, '/config/topics/t') ?? '{}').config).toEqual({
      'unclean.leader.election.enable': 'true',
    });
    expect(eventsOf(sim, 'config.changed')).toHaveLength(1);
  });

  it('producer.update changes the rate', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    const sent = sim.snapshot().producers[0]?.sent ?? 0;
    sim.act({ type: 'producer.update', producer: 'producer-1', recordsPerSec: 100 });
    sim.seek(20_000);
    const now = sim.snapshot().producers[0];
    expect((now?.sent ?? 0) - sent).toBeGreaterThanOrEqual(999);
    expect((now?.sent ?? 0) - sent).toBeLessThanOrEqual(1001);
    expect(now?.recordsPerSec).toBe(100);
  });
});
