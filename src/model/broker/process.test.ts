// An empty machine (startup 'manual'): ZooKeeper and brokers start and stop by the terminal's
// actions, with the ids and ports of server.properties; and the world just before an action.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation';
import type { LearnerAction } from '../simulationTypes';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

function emptyMachine() {
  return baseScenario({
    startup: 'manual',
    brokers: 0,
    topics: [],
    producers: [],
    consumerGroups: [],
  });
}

const startBroker = (broker: number, port = 9092, logDirs = '/tmp/kafka-logs'): LearnerAction => ({
  type: 'broker.start',
  broker,
  port,
  logDirs,
  configs: {},
});

function brokerZnode(sim: ReturnType<typeof createSimulation>, id: number) {
  return sim.snapshot().zookeeper.znodes.find((z) => z.path === `/brokers/ids/${id}`);
}

describe('an empty machine', () => {
  it('has nothing running until ZooKeeper and a broker start', () => {
    const sim = createSimulation(emptyMachine());
    sim.seek(5000);
    const s = sim.snapshot();
    expect(s.startup).toBe('manual');
    expect(s.zookeeperRunning).toBe(false);
    expect(s.brokers).toEqual([]);
    expect(s.controller.brokerId).toBeNull();
  });

  it('starts broker 0 on localhost:9092: registered with that endpoint, then the controller', () => {
    const sim = createSimulation(emptyMachine());
    sim.seek(1000);
    sim.act({ type: 'zookeeper.start' });
    sim.seek(3000);
    sim.act(startBroker(0));
    expect(sim.snapshot().brokers.map((b) => [b.id, b.state])).toEqual([[0, 'starting']]);
    sim.seek(6000);
    const s = sim.snapshot();
    expect(s.zookeeperRunning).toBe(true);
    const b = s.brokers[0]!;
    expect([b.id, b.state, b.host, b.port, b.logDirs, b.startedAt]).toEqual([
      0,
      'online',
      'localhost',
      9092,
      '/tmp/kafka-logs',
      3000,
    ]);
    const data = JSON.parse(brokerZnode(sim, 0)!.data) as { endpoints: string[]; port: number };
    expect(data.endpoints).toEqual(['PLAINTEXT://localhost:9092']);
    expect(s.controller.brokerId).toBe(0);
    expect(eventsOf(sim, 'zookeeper.started')).toHaveLength(1);
    expect(eventsOf(sim, 'broker.started').map((e) => e.broker)).toEqual([0]);
  });

  it('gives up after zookeeper.connection.timeout.ms when ZooKeeper is not running', () => {
    const sim = createSimulation(emptyMachine());
    sim.seek(1000);
    sim.act(startBroker(0));
    sim.seek(1000 + 17_900);
    expect(sim.snapshot().brokers[0]!.state).toBe('starting');
    sim.seek(1000 + 18_100);
    expect(sim.snapshot().brokers[0]!.state).toBe('stopped');
    expect(eventsOf(sim, 'broker.startFailed').map((e) => [e.at, e.broker])).toEqual([[19_000, 0]]);
    expect(brokerZnode(sim, 0)).toBeUndefined();
  });

  it('connects once ZooKeeper starts within the timeout', () => {
    const sim = createSimulation(emptyMachine());
    sim.seek(1000);
    sim.act(startBroker(0));
    sim.seek(5000);
    sim.act({ type: 'zookeeper.start' });
    sim.seek(25_000);
    expect(sim.snapshot().brokers[0]!.state).toBe('online');
    expect(eventsOf(sim, 'broker.startFailed')).toEqual([]);
  });

  it('serves a topic, and a clean stop removes its registration at once', () => {
    const sim = createSimulation(emptyMachine());
    sim.act({ type: 'zookeeper.start' });
    sim.seek(100);
    sim.act(startBroker(0));
    sim.seek(3000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'quickstart-events', partitions: 1, replicationFactor: 1, configs: {} },
    });
    sim.act({
      type: 'producer.create',
      producer: {
        id: 'console-producer',
        topic: 'quickstart-events',
        recordsPerSec: 0,
        keys: [],
        configs: {},
      },
    });
    sim.seek(5000);
    sim.act({
      type: 'produce',
      topic: 'quickstart-events',
      key: null,
      value: 'hello',
      producer: 'console-producer',
    });
    sim.seek(7000);
    const p = partitionOf(sim, 'quickstart-events', 0);
    expect([p.leader, p.replicas, p.isr]).toEqual([0, [0], [0]]);
    expect(p.replicaViews[0]!.records.map((r) => r.value)).toEqual(['hello']);

    sim.act({ type: 'broker.stop', broker: 0 });
    sim.seek(7000 + 50);
    expect(sim.snapshot().brokers[0]!.state).toBe('stopped');
    expect(brokerZnode(sim, 0)).toBeUndefined();
    expect(eventsOf(sim, 'broker.stopped').map((e) => e.broker)).toEqual([0]);
    // ZooKeeper refuses to stop while a broker runs, and stops once none does.
    sim.seek(8000);
    sim.act(startBroker(0));
    sim.seek(9000);
    sim.act({ type: 'zookeeper.stop' });
    expect(sim.snapshot().zookeeperRunning).toBe(true);
    sim.act({ type: 'broker.stop', broker: 0 });
    sim.act({ type: 'zookeeper.stop' });
    expect(sim.snapshot().zookeeperRunning).toBe(false);
    // The log survives on disk.
    sim.seek(12_000);
    const replica = partitionOf(sim, 'quickstart-events', 0).replicaViews[0]!;
    expect(replica.logEndOffset).toBe(1);
  });

  it('runs brokers with any ids side by side, replicating between them', () => {
    const sim = createSimulation(emptyMachine());
    sim.act({ type: 'zookeeper.start' });
    sim.seek(100);
    sim.act(startBroker(2, 9094, '/tmp/kafka-logs-2'));
    sim.act(startBroker(0, 9092, '/tmp/kafka-logs'));
    sim.seek(3000);
    expect(sim.snapshot().brokers.map((b) => b.id)).toEqual([0, 2]);
    sim.act({
      type: 'topic.create',
      topic: { name: 't', partitions: 2, replicationFactor: 2, configs: {} },
    });
    sim.seek(6000);
    for (const p of [0, 1]) {
      const view = partitionOf(sim, 't', p);
      expect([...view.replicas].sort()).toEqual([0, 2]);
      expect([...view.isr].sort()).toEqual([0, 2]);
      expect(view.leader).not.toBeNull();
    }
  });
});

describe('snapshotBeforeAction', () => {
  it('is the world with only the earlier actions applied, at the action’s instant', () => {
    const sim = createSimulation(emptyMachine());
    sim.seek(1000);
    sim.act({ type: 'zookeeper.start' });
    sim.act(startBroker(0));
    sim.seek(4000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'a', partitions: 1, replicationFactor: 1, configs: {} },
    });
    sim.act({
      type: 'topic.create',
      topic: { name: 'b', partitions: 1, replicationFactor: 1, configs: {} },
    });
    sim.seek(9000);
    const actions = sim.scenario.actions;
    for (let i = 0; i < actions.length; i++) {
      const before = sim.snapshotBeforeAction(i);
      const replay = createSimulation({ ...sim.scenario, actions: actions.slice(0, i) });
      replay.seek(actions[i]!.at);
      expect(before).toEqual(replay.snapshot());
    }
    const beforeB = sim.snapshotBeforeAction(3);
    expect(beforeB.topics.map((t) => t.name)).toEqual(['a']);
    // The live world did not move.
    expect(sim.now).toBe(9000);
    expect(sim.snapshot().topics.map((t) => t.name)).toEqual(['a', 'b']);
  });
});

describe('producer.close', () => {
  it('sends nothing more, leaves the picture, and keeps the fates of what it sent', () => {
    const sim = createSimulation(emptyMachine());
    sim.act({ type: 'zookeeper.start' });
    sim.seek(100);
    sim.act(startBroker(0));
    sim.seek(3000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'e', partitions: 1, replicationFactor: 1, configs: {} },
    });
    const producer = {
      id: 'console-producer',
      topic: 'e',
      recordsPerSec: 0,
      keys: [],
      configs: {},
    };
    sim.act({ type: 'producer.create', producer });
    sim.seek(4000);
    sim.act({ type: 'produce', topic: 'e', key: null, value: 'a', producer: 'console-producer' });
    sim.act({ type: 'producer.close', producer: 'console-producer' });
    sim.act({ type: 'produce', topic: 'e', key: null, value: 'b', producer: 'console-producer' });
    sim.seek(6000);
    const s = sim.snapshot();
    expect(s.producers).toEqual([]);
    expect(s.producedRecords.map((r) => [r.value, r.fate])).toEqual([['a', 'acknowledged']]);
    expect(partitionOf(sim, 'e', 0).replicaViews[0]!.records.map((r) => r.value)).toEqual(['a']);
    // Nothing on the wire from it any more (no metadata refreshes either).
    sim.seek(400_000);
    expect(sim.snapshot().inFlight.filter((m) => m.from === 'console-producer')).toEqual([]);
  });
});

describe('a consumer group without committed offsets', () => {
  it('is gone when its last member leaves (Dead), while a group with offsets stays Empty', () => {
    const sim = createSimulation(emptyMachine());
    sim.act({ type: 'zookeeper.start' });
    sim.seek(100);
    sim.act(startBroker(0));
    sim.seek(3000);
    sim.act({
      type: 'topic.create',
      topic: { name: 'e', partitions: 1, replicationFactor: 1, configs: {} },
    });
    const group = (groupId: string, autoCommit: boolean) => ({
      type: 'group.create' as const,
      group: {
        groupId,
        topics: ['e'],
        members: 1,
        configs: {
          'auto.offset.reset': 'earliest' as const,
          'enable.auto.commit': autoCommit,
        },
      },
    });
    sim.act(group('console-consumer-1', false));
    sim.act(group('kept', true));
    sim.seek(9000);
    sim.act({ type: 'group.scale', groupId: 'console-consumer-1', members: 0 });
    sim.act({ type: 'group.scale', groupId: 'kept', members: 0 });
    sim.seek(9500);
    expect(sim.snapshot().consumerGroups.map((g) => [g.groupId, g.state])).toEqual([
      ['kept', 'Empty'],
    ]);
  });
});
