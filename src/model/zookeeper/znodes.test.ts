import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, znodeData } from '../testScenarios';

describe('znodes as Kafka writes them (ZkData.scala)', () => {
  const sim = createSimulation(
    baseScenario({
      topics: [
        {
          name: 'orders',
          partitions: 2,
          replicationFactor: 3,
          configs: { 'min.insync.replicas': 2 },
        },
      ],
    }),
  );
  sim.seek(3_000);
  const snap = sim.snapshot();
  const znode = (path: string) => snap.zookeeper.znodes.find((z) => z.path === path);

  it('/brokers/ids/N is ephemeral, version 5, and its czxid is the broker epoch', () => {
    for (const b of snap.brokers) {
      const z = znode(`/brokers/ids/${b.id}`);
      expect(z?.ephemeralOwner).toBe(b.zkSessionId);
      expect(z?.czxid).toBe(b.brokerEpoch);
      const j = JSON.parse(z?.data ?? '{}') as Record<string, unknown>;
      expect(j.version).toBe(5);
      expect(j.host).toBe(`broker-${b.id}`);
      expect(j.port).toBe(9092);
      expect(j.endpoints).toEqual([`PLAINTEXT://broker-${b.id}:9092`]);
      expect(j.jmx_port).toBe(-1);
      expect(typeof j.timestamp).toBe('string');
      expect(j.listener_security_protocol_map).toEqual({ PLAINTEXT: 'PLAINTEXT' });
    }
  });

  it('/brokers/topics/<t> holds the v3 assignment with the topic id', () => {
    const j = JSON.parse(znodeData(sim, '/brokers/topics/orders') ?? '{}') as {
      version: number;
      partitions: Record<string, number[]>;
      topic_id: string;
      adding_replicas: object;
      removing_replicas: object;
    };
    expect(j.version).toBe(3);
    expect(Object.keys(j.partitions)).toEqual(['0', '1']);
    for (const r of Object.values(j.partitions)) expect(new Set(r).size).toBe(3);
    expect(j.topic_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(j.topic_id).toBe(snap.topics[0]?.topicId);
    expect(j.adding_replicas).toEqual({});
    expect(j.removing_replicas).toEqual({});
  });

  it('the partition state znode: version 1, leader, leader_epoch 0, controller_epoch, isr', () => {
    const j = JSON.parse(
      znodeData(sim, '/brokers/topics/orders/partitions/0/state') ?? '{}',
    ) as Record<string, unknown>;
    const assignment = (
      JSON.parse(znodeData(sim, '/brokers/topics/orders') ?? '{}') as {
        partitions: Record<string, number[]>;
      }
    ).partitions['0'];
    expect(j).toEqual({
      controller_epoch: 1,
      leader: assignment?.[0],
      version: 1,
      leader_epoch: 0,
      isr: assignment,
    });
    expect(znode('/brokers/topics/orders/partitions/0/state')?.ephemeralOwner).toBeNull();
  });

  it('/controller, /controller_epoch, /config/topics and /cluster/id', () => {
    const ctl = JSON.parse(znodeData(sim, '/controller') ?? '{}') as Record<string, unknown>;
    expect(Object.keys(ctl).sort()).toEqual(['brokerid', 'timestamp', 'version']);
    expect(znode('/controller')?.ephemeralOwner).not.toBeNull();
    expect(znodeData(sim, '/controller_epoch')).toBe('1');
    expect(JSON.parse(znodeData(sim, '/config/topics/orders') ?? '{}')).toEqual({
      version: 1,
      config: { 'min.insync.replicas': '2' },
    });
    // AdminZkClient writes the config before the topic znode.
    expect(znode('/config/topics/orders')?.czxid ?? Infinity).toBeLessThan(
      znode('/brokers/topics/orders')?.czxid ?? 0,
    );
    const id = JSON.parse(znodeData(sim, '/cluster/id') ?? '{}') as { version: string; id: string };
    expect(id.version).toBe('1');
    expect(id.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('a session that expires takes its ephemeral znodes with it', () => {
    const s2 = createSimulation(baseScenario());
    s2.seek(5_000);
    s2.act({ type: 'broker.crash', broker: 3 });
    s2.seek(30_000);
    const snap2 = s2.snapshot();
    expect(snap2.zookeeper.znodes.find((z) => z.path === '/brokers/ids/3')).toBeUndefined();
    const session = snap2.zookeeper.sessions.find((s) => s.brokerId === 3);
    expect(session?.state).toBe('expired');
  });
});
