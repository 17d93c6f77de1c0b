import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf, znodeData } from '../testScenarios';
import { newPartitionsAssignment } from './topicAdmin';

const assignment = (sim: ReturnType<typeof createSimulation>) =>
  JSON.parse(znodeData(sim, '/brokers/topics/orders') ?? '{}') as {
    partitions: Record<string, number[]>;
    topic_id: string;
  };

// Two partitions with RF 2 over three brokers: the added partitions' placement is visible.
const scenario = () =>
  baseScenario({
    topics: [{ name: 'orders', partitions: 2, replicationFactor: 2, configs: {} }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 20,
        keys: ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'],
        configs: {},
      },
    ],
  });

describe('the replicas of added partitions (AdminZkClient.createNewPartitionsAssignment)', () => {
  // K@3.6.2 core/src/test/scala/unit/kafka/admin/AddPartitionsTest.scala, brokers 0..3.
  it('testReplicaPlacementAllServers: partition 0 on [2,3,0,1], increased to 7', () => {
    const added = newPartitionsAssignment([[2, 3, 0, 1]], [0, 1, 2, 3], 7);
    expect(added.map((r) => r[0])).toEqual([3, 0, 1, 2, 3, 0]);
    for (const r of added) expect([...r].sort()).toEqual([0, 1, 2, 3]);
  });

  it('testReplicaPlacementPartialServers: partition 0 on [1,2], increased to 3', () => {
    const added = newPartitionsAssignment([[1, 2]], [0, 1, 2, 3], 3);
    expect(added.map((r) => r[0])).toEqual([2, 3]);
    expect(added.map((r) => [...r].sort())).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('refuses a replication factor larger than the brokers, in Kafka words', () => {
    expect(() => newPartitionsAssignment([[1, 2, 3]], [1, 2], 2)).toThrow(
      'Replication factor: 3 larger than available brokers: 2.',
    );
  });
});

describe('topic.addPartitions (kafka-topics.sh --alter --partitions)', () => {
  it('writes the new assignment, and the controller brings the new partitions online', () => {
    const sim = createSimulation(scenario());
    sim.seek(5_000);
    const before = assignment(sim);
    sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 5 });
    sim.seek(6_000);
    const after = assignment(sim);
    expect(after.topic_id).toBe(before.topic_id);
    expect(after.partitions['0']).toEqual(before.partitions['0']);
    expect(after.partitions['1']).toEqual(before.partitions['1']);
    const existing = [before.partitions['0'] ?? [], before.partitions['1'] ?? []];
    const expected = newPartitionsAssignment(existing, [1, 2, 3], 5);
    expect([2, 3, 4].map((p) => after.partitions[String(p)])).toEqual(expected);
    const topic = sim.snapshot().topics.find((t) => t.name === 'orders');
    expect(topic?.partitions).toHaveLength(5);
    for (const p of [2, 3, 4]) {
      const view = partitionOf(sim, 'orders', p);
      // initializeLeaderAndIsrForPartitions: first live replica leads, all live replicas in ISR.
      expect(view.replicas).toEqual(expected[p - 2]);
      expect(view.leader).toBe(view.replicas[0]);
      expect(view.isr).toEqual(view.replicas);
      expect(view.leaderEpoch).toBe(0);
      expect(view.state).toBe('OnlinePartition');
      const leader = view.replicaViews.find((r) => r.brokerId === view.leader);
      expect(leader?.role).toBe('leader');
    }
    const added = eventsOf(sim, 'topic.partitionsAdded');
    expect(added).toHaveLength(1);
    expect(added[0]?.params).toMatchObject({ topic: 'orders', partitions: 5 });
  });

  it('producers and the group use the new partitions after their metadata.max.age.ms refresh', () => {
    const sim = createSimulation(scenario());
    sim.seek(5_000);
    sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 4 });
    sim.seek(100_000);
    // Before the refresh the producer still hashes keys over 2 partitions.
    expect(partitionOf(sim, 'orders', 2).replicaViews[0]?.logEndOffset).toBe(0);
    expect(partitionOf(sim, 'orders', 3).replicaViews[0]?.logEndOffset).toBe(0);
    const generation = sim.snapshot().consumerGroups[0]?.generationId ?? 0;
    sim.seek(320_000);
    const leo = (p: number) => {
      const v = partitionOf(sim, 'orders', p);
      return v.replicaViews.find((r) => r.brokerId === v.leader)?.logEndOffset ?? 0;
    };
    expect(leo(2) + leo(3)).toBeGreaterThan(0);
    const group = sim.snapshot().consumerGroups[0];
    expect(group?.generationId).toBe(generation + 1);
    const assigned = group?.members.flatMap((m) => m.assignment.map((a) => a.partition)) ?? [];
    expect([...assigned].sort()).toEqual([0, 1, 2, 3]);
    // auto.offset.reset=earliest: the group reads the new partitions from their start.
    const o2 = group?.offsets.find((o) => o.partition === 2);
    const o3 = group?.offsets.find((o) => o.partition === 3);
    expect((o2?.position ?? 0) + (o3?.position ?? 0)).toBeGreaterThan(0);
  });

  it('changes nothing for a count that is no increase, or an unknown topic', () => {
    const sim = createSimulation(scenario());
    sim.seek(5_000);
    const before = znodeData(sim, '/brokers/topics/orders');
    sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 2 });
    sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 1 });
    sim.act({ type: 'topic.addPartitions', topic: 'nope', partitions: 9 });
    sim.seek(6_000);
    expect(znodeData(sim, '/brokers/topics/orders')).toBe(before);
    expect(sim.snapshot().topics.find((t) => t.name === 'orders')?.partitions).toHaveLength(2);
    expect(eventsOf(sim, 'topic.partitionsAdded')).toHaveLength(0);
  });

  it('adds partitions to a topic created at run time (its watch is set when it is created)', () => {
    const sim = createSimulation(scenario());
    sim.seek(5_000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'events', partitions: 1, replicationFactor: 3, configs: {} },
    });
    sim.seek(6_000);
    sim.act({ type: 'topic.addPartitions', topic: 'events', partitions: 3 });
    sim.seek(7_000);
    for (const p of [1, 2]) {
      const view = partitionOf(sim, 'events', p);
      expect(view.leader).toBe(view.replicas[0]);
      expect(view.isr).toEqual(view.replicas);
    }
  });

  it('changes nothing for a topic marked for deletion', () => {
    const sim = createSimulation(scenario());
    sim.seek(5_000);
    sim.act({ type: 'broker.crash', broker: 3 });
    sim.seek(30_000);
    // Broker 3 is down, so the deletion waits and the topic stays marked.
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 4 });
    sim.seek(31_000);
    expect(Object.keys(assignment(sim).partitions)).toEqual(['0', '1']);
    expect(eventsOf(sim, 'topic.partitionsAdded')).toHaveLength(0);
  });

  it('is deterministic', () => {
    const run = () => {
      const sim = createSimulation(scenario());
      sim.seek(5_000);
      sim.act({ type: 'topic.addPartitions', topic: 'orders', partitions: 6 });
      sim.seek(20_000);
      return sim.digest();
    };
    expect(run()).toBe(run());
  });
});
