import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Simulation } from '../simulationTypes';
import { baseScenario, eventsOf, znodeData } from '../testScenarios';

const paths = (sim: Simulation, prefix: string) =>
  sim
    .snapshot()
    .zookeeper.znodes.map((z) => z.path)
    .filter((p) => p === prefix || p.startsWith(`${prefix}/`));

const orders = (sim: Simulation) => sim.snapshot().topics.find((t) => t.name === 'orders');

describe('topic.delete (kafka-topics.sh --delete, TopicDeletionManager)', () => {
  it('marks the topic in /admin/delete_topics, then deletes replicas, logs and znodes', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    // Null keys stick to one partition per batch.size bytes (KIP-794): some partition has data.
    const written = orders(sim)?.partitions.map((p) => p.replicaViews[0]?.logEndOffset ?? 0);
    expect(Math.max(...(written ?? [0]))).toBeGreaterThan(0);
    sim.act({ type: 'topic.delete', topic: 'orders' });
    // The admin's write is immediate; the controller acts on its watch.
    sim.seek(10_001);
    expect(znodeData(sim, '/admin/delete_topics/orders')).toBe('');
    expect(orders(sim)).toBeDefined();
    sim.seek(11_000);
    expect(orders(sim)).toBeUndefined();
    expect(paths(sim, '/brokers/topics/orders')).toEqual([]);
    expect(paths(sim, '/config/topics/orders')).toEqual([]);
    expect(paths(sim, '/admin/delete_topics/orders')).toEqual([]);
    const deleted = eventsOf(sim, 'topic.deleted');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.params).toEqual({ topic: 'orders' });
    // A topic created again under the name starts from empty logs: the old ones are gone.
    sim.act({
      type: 'topic.create',
      topic: { name: 'orders', partitions: 1, replicationFactor: 3, configs: {} },
    });
    sim.seek(11_001);
    for (const r of orders(sim)?.partitions[0]?.replicaViews ?? []) {
      expect(r.logEndOffset).toBe(0);
      expect(r.records).toEqual([]);
      expect(r.segments).toEqual([]);
    }
  });

  it('leaves producers failing with UNKNOWN_TOPIC_OR_PARTITION and the group with nothing assigned', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.seek(20_000);
    const snap = sim.snapshot();
    expect(snap.producers[0]?.lastError).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    const group = snap.consumerGroups[0];
    expect(group?.members.length).toBe(2);
    for (const m of group?.members ?? []) expect(m.assignment).toEqual([]);
    expect(group?.offsets).toEqual([]);
    expect(snap.producers[0]?.failed).toBe(0);
    // Past delivery.timeout.ms (120 s) the records waiting for the topic fail.
    sim.seek(140_000);
    expect(sim.snapshot().producers[0]?.failed).toBeGreaterThan(0);
    expect(sim.snapshot().producers[0]?.lastError).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  });

  it('waits for a replica on a dead broker (ReplicaDeletionIneligible) and finishes once it is back', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    sim.act({ type: 'broker.crash', broker: 3 });
    // The session expires (zookeeper.session.timeout.ms 18000): the controller sees broker 3 dead.
    sim.seek(40_000);
    const onDisk = (orders(sim)?.partitions ?? []).map(
      (p) => p.replicaViews.find((r) => r.brokerId === 3)?.logEndOffset,
    );
    expect(onDisk.some((leo) => (leo ?? 0) > 0)).toBe(true);
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.seek(45_000);
    const t = orders(sim);
    expect(t).toBeDefined();
    expect(znodeData(sim, '/admin/delete_topics/orders')).toBe('');
    for (const p of t?.partitions ?? []) {
      expect(p.state).toBe('NonExistentPartition');
      expect(p.leader).toBeNull();
      for (const r of p.replicaViews) {
        if (r.brokerId === 3) {
          expect(r.state as string).toBe('ReplicaDeletionIneligible');
          // Still on broker 3's disk.
          expect(r.logEndOffset).toBe(onDisk[p.partition]);
        } else {
          expect(r.state as string).toBe('ReplicaDeletionSuccessful');
          expect(r.logEndOffset).toBe(0);
          expect(r.records).toEqual([]);
        }
      }
    }
    expect(eventsOf(sim, 'topic.deleted')).toHaveLength(0);
    sim.seek(90_000);
    expect(orders(sim)).toBeDefined();
    sim.act({ type: 'broker.restart', broker: 3 });
    sim.seek(100_000);
    expect(orders(sim)).toBeUndefined();
    expect(paths(sim, '/brokers/topics/orders')).toEqual([]);
    expect(paths(sim, '/admin/delete_topics/orders')).toEqual([]);
    const deleted = eventsOf(sim, 'topic.deleted');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.at).toBeGreaterThan(90_000);
  });

  it('survives a controller failover while waiting, and finishes when every replica is back', () => {
    const sim = createSimulation(baseScenario({ brokers: 4 }));
    sim.seek(10_000);
    const ctl = sim.snapshot().controller.brokerId as number;
    // A replica holder that is not the controller goes down first.
    const holder = (orders(sim)?.partitions[0]?.replicas ?? []).find((id) => id !== ctl) as number;
    sim.act({ type: 'broker.crash', broker: holder });
    sim.seek(40_000);
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.seek(45_000);
    sim.act({ type: 'broker.crash', broker: ctl });
    sim.seek(75_000);
    const next = sim.snapshot().controller.brokerId;
    expect(next).not.toBeNull();
    expect(next).not.toBe(ctl);
    expect(orders(sim)).toBeDefined();
    sim.act({ type: 'broker.restart', broker: holder });
    sim.seek(90_000);
    // The old controller may hold replicas too: deletion waits for it when it does.
    const waitsForCtl = (orders(sim)?.partitions ?? []).some((p) => p.replicas.includes(ctl));
    expect(orders(sim) === undefined).toBe(!waitsForCtl);
    sim.act({ type: 'broker.restart', broker: ctl });
    sim.seek(110_000);
    expect(orders(sim)).toBeUndefined();
    expect(paths(sim, '/brokers/topics/orders')).toEqual([]);
    expect(paths(sim, '/admin/delete_topics/orders')).toEqual([]);
    expect(eventsOf(sim, 'topic.deleted')).toHaveLength(1);
  });

  it('ignores an unknown topic and a second delete', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    sim.act({ type: 'topic.delete', topic: 'nope' });
    sim.seek(6_000);
    expect(paths(sim, '/admin/delete_topics/nope')).toEqual([]);
    expect(orders(sim)).toBeDefined();
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.act({ type: 'topic.delete', topic: 'orders' });
    sim.seek(7_000);
    expect(eventsOf(sim, 'topic.deleted')).toHaveLength(1);
  });

  it('is deterministic', () => {
    const run = () => {
      const sim = createSimulation(baseScenario());
      sim.seek(10_000);
      sim.act({ type: 'broker.crash', broker: 2 });
      sim.seek(35_000);
      sim.act({ type: 'topic.delete', topic: 'orders' });
      sim.seek(40_000);
      sim.act({ type: 'broker.restart', broker: 2 });
      sim.seek(60_000);
      return sim.digest();
    };
    expect(run()).toBe(run());
  });
});
