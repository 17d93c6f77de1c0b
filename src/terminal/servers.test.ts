import { describe, expect, it } from 'vitest';
import { kafkaProcess } from './serversKafkaProcess';
import { kafkaServerStart, kafkaServerStop } from './serversKafka';
import { manualWorld } from './serversTesting';
import {
  ZOOKEEPER_KEEPS_RUNNING,
  zookeeperProcess,
  zookeeperServerStart,
  zookeeperServerStop,
} from './serversZookeeper';
import { contextAt } from './testing';
import type { ProcessSpec } from './types';
import { SERVER_PROPERTIES } from './shippedConfigs';

type KafkaSpec = Extract<ProcessSpec, { kind: 'kafka' }>;
const LOG = /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\] (INFO|WARN|ERROR) /;

/** ZooKeeper at 1 s, broker 0 from the shipped file at 2 s. */
function started() {
  const w = manualWorld();
  w.seek(1000);
  w.run(zookeeperServerStart, ['config/zookeeper.properties']);
  w.seek(2000);
  const r = w.run(kafkaServerStart, ['config/server.properties']);
  return { w, r, p: r.process as KafkaSpec };
}

describe('zookeeper-server-start.sh / zookeeper-server-stop.sh', () => {
  it('prints the script usage without arguments', () => {
    const r = zookeeperServerStart([], manualWorld().ctx());
    expect(r).toEqual({
      output: ['USAGE: bin/zookeeper-server-start.sh [-daemon] zookeeper.properties'],
      exitCode: 1,
      actions: [],
    });
  });
  it('starts ZooKeeper in the foreground, binding 0.0.0.0:2181', () => {
    const w = manualWorld();
    w.seek(1000);
    const r = w.run(zookeeperServerStart, ['config/zookeeper.properties']);
    expect(r.actions).toEqual([{ type: 'zookeeper.start' }]);
    expect(r.process).toEqual({ kind: 'zookeeper', startedAt: 1000 });
    expect(w.ctx().snapshot.zookeeperRunning).toBe(true);
    const out = zookeeperProcess.output(
      r.process as Extract<ProcessSpec, { kind: 'zookeeper' }>,
      w.ctx(),
    );
    expect(out.exited).toBe(false);
    expect(out.output).toContain(
      '[2024-05-01 09:00:01,000] INFO binding to port 0.0.0.0/0.0.0.0:2181 (org.apache.zookeeper.server.NIOServerCnxnFactory)',
    );
    expect(out.output.every((l) => LOG.test(l))).toBe(true);
  });
  it('with -daemon starts it without a foreground process', () => {
    const w = manualWorld();
    const r = w.run(zookeeperServerStart, ['-daemon', 'config/zookeeper.properties']);
    expect(r.process).toBeUndefined();
    expect(r.actions).toEqual([{ type: 'zookeeper.start' }]);
  });
  it('a second ZooKeeper fails to bind port 2181', () => {
    const w = manualWorld();
    w.run(zookeeperServerStart, ['config/zookeeper.properties']);
    const r = w.run(zookeeperServerStart, ['config/zookeeper.properties']);
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
    expect(r.output.slice(-1)).toEqual(['java.net.BindException: Address already in use']);
  });
  it('reports a missing file as ZooKeeper does, and refuses a clientPort the model does not serve', () => {
    const w = manualWorld();
    const r = w.run(zookeeperServerStart, ['config/zk.properties']);
    expect(r).toMatchObject({ exitCode: 1, actions: [] });
    expect(r.output.slice(-2)).toEqual([
      'org.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: Error processing config/zk.properties',
      'Invalid config, exiting abnormally',
    ]);
    w.files['config/zookeeper.properties'] = 'dataDir=/tmp/zookeeper\nclientPort=2182\n';
    expect(w.run(zookeeperServerStart, ['config/zookeeper.properties'])).toMatchObject({
      exitCode: 1,
      actions: [],
    });
  });
  it('refuses in the sandbox, where ZooKeeper runs on its own host', () => {
    const r = zookeeperServerStart(['config/zookeeper.properties'], contextAt());
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
  });
  it("stops with the script's texts, and not under a running broker", () => {
    const w = manualWorld();
    expect(w.run(zookeeperServerStop, []).output).toEqual(['No zookeeper server to stop']);
    const { w: w2 } = started();
    expect(w2.run(zookeeperServerStop, [])).toEqual({
      output: [ZOOKEEPER_KEEPS_RUNNING],
      exitCode: 1,
      actions: [],
    });
    w.run(zookeeperServerStart, ['-daemon', 'config/zookeeper.properties']);
    expect(w.run(zookeeperServerStop, []).actions).toEqual([{ type: 'zookeeper.stop' }]);
    expect(w.ctx().snapshot.zookeeperRunning).toBe(false);
  });
  it('Ctrl+C stops ZooKeeper, unless a broker runs; the process ends when ZooKeeper stops', () => {
    const w = manualWorld();
    const p = w.run(zookeeperServerStart, ['config/zookeeper.properties']).process as Extract<
      ProcessSpec,
      { kind: 'zookeeper' }
    >;
    expect(zookeeperProcess.interrupt(p, w.ctx()).actions).toEqual([{ type: 'zookeeper.stop' }]);
    w.seek(500);
    w.run(zookeeperServerStop, []);
    expect(zookeeperProcess.output(p, w.ctx()).exited).toBe(true);
    const { w: w2 } = started();
    expect(zookeeperProcess.interrupt(p, w2.ctx())).toEqual({
      output: [ZOOKEEPER_KEEPS_RUNNING],
      actions: [],
    });
  });
});

describe('kafka-server-start.sh', () => {
  it('prints the script usage without arguments', () => {
    expect(kafkaServerStart([], manualWorld().ctx()).output).toEqual([
      'USAGE: bin/kafka-server-start.sh [-daemon] server.properties [--override property=value]*',
    ]);
  });
  it("prints kafka.Kafka's usage for --help and refuses stray words", () => {
    const ctx = manualWorld().ctx();
    const help = kafkaServerStart(['config/server.properties', '--help'], ctx);
    expect(help.exitCode).toBe(1);
    expect(help.output[0]).toBe(
      'USAGE: java [options] kafka.Kafka server.properties [--override property=value]*',
    );
    expect(help.output.some((l) => l.startsWith('--override <String>'))).toBe(true);
    expect(kafkaServerStart(['config/server.properties', 'extra'], ctx).output[0]).toBe(
      'Found non argument parameters: extra',
    );
  });
  it('starts broker.id 0 from the shipped file on port 9092 with /tmp/kafka-logs', () => {
    const { r, p } = started();
    expect(r.actions).toEqual([
      {
        type: 'broker.start',
        broker: 0,
        port: 9092,
        logDirs: '/tmp/kafka-logs',
        configs: { 'num.partitions': 1, 'log.retention.check.interval.ms': 300000 },
      },
    ]);
    expect(p).toEqual({
      kind: 'kafka',
      startedAt: 2000,
      brokerId: 0,
      port: 9092,
      logDirs: '/tmp/kafka-logs',
    });
  });
  it('logs the start-up sequence, stamped with the timeline, ending with started', () => {
    const { w, p } = started();
    w.seek(5000);
    const ctx = w.ctx();
    const { output, exited } = kafkaProcess.output(p, ctx);
    expect(exited).toBe(false);
    const messages = output.map((l) => l.replace(LOG, ''));
    const order = [
      'starting (kafka.server.KafkaServer)',
      'Connecting to zookeeper on localhost:2181 (kafka.server.KafkaServer)',
      '[ZooKeeperClient Kafka server] Waiting until connected. (kafka.zookeeper.ZooKeeperClient)',
      '[ZooKeeperClient Kafka server] Connected. (kafka.zookeeper.ZooKeeperClient)',
      'KafkaConfig values: ',
      '\tbroker.id = 0',
      '\tzookeeper.connect = localhost:2181',
      ' (kafka.server.KafkaConfig)',
      'Awaiting socket connections on 0.0.0.0:9092. (kafka.network.DataPlaneAcceptor)',
      'Kafka version: 3.6.2 (org.apache.kafka.common.utils.AppInfoParser)',
      '[KafkaServer id=0] started (kafka.server.KafkaServer)',
    ];
    let at = -1;
    for (const m of order) {
      const i = messages.indexOf(m);
      expect(i, m).toBeGreaterThan(at);
      at = i;
    }
    const epoch = ctx.snapshot.brokers[0]!.brokerEpoch;
    expect(messages).toContain(
      `Registered broker 0 at path /brokers/ids/0 with addresses: PLAINTEXT://localhost:9092, czxid (broker epoch): ${epoch} (kafka.zk.KafkaZkClient)`,
    );
    // The only broker wins the controller election.
    expect(
      messages.some((m) =>
        m.startsWith(
          '[Controller id=0] 0 successfully elected as the controller. Epoch incremented to 1',
        ),
      ),
    ).toBe(true);
    const clusterId = JSON.parse(
      ctx.snapshot.zookeeper.znodes.find((z) => z.path === '/cluster/id')!.data,
    ).id;
    expect(messages).toContain(`Cluster ID = ${clusterId} (kafka.server.KafkaServer)`);
    // The dump is in key order.
    const dump = messages.filter((m) => m.startsWith('\t')).map((m) => m.slice(1).split(' = ')[0]!);
    expect(dump).toEqual([...dump].sort());
    // Lines before registration are stamped at the start, `started` at the registration event.
    const registeredAt = ctx.events!.find((e) => e.kind === 'broker.started')!.at;
    expect(output[0]!.startsWith('[2024-05-01 09:00:02,000]')).toBe(true);
    expect(output.find((l) => l.includes('[KafkaServer id=0] started'))).toContain(
      `09:00:02,0${String(registeredAt - 2000).padStart(2, '0')}]`,
    );
  });
  it('reads the editor’s saved file, and --override over it', () => {
    const w = manualWorld();
    w.run(zookeeperServerStart, ['-daemon', 'config/zookeeper.properties']);
    w.files['config/server-1.properties'] = SERVER_PROPERTIES.replace('broker.id=0', 'broker.id=1')
      .replace('#listeners=PLAINTEXT://:9092', 'listeners=PLAINTEXT://:9093')
      .replace('log.dirs=/tmp/kafka-logs', 'log.dirs=/tmp/kafka-logs-1');
    const r = w.run(kafkaServerStart, [
      'config/server-1.properties',
      '--override',
      'min.insync.replicas=2',
    ]);
    expect(r.actions[0]).toMatchObject({ broker: 1, port: 9093, logDirs: '/tmp/kafka-logs-1' });
    expect(r.actions[0]).toMatchObject({ configs: { 'min.insync.replicas': 2 } });
  });
  it('exits with the ConfigException for a bad value, starting nothing', () => {
    const w = manualWorld();
    w.files['config/server.properties'] = SERVER_PROPERTIES.replace('broker.id=0', 'broker.id=x');
    const r = w.run(kafkaServerStart, ['config/server.properties']);
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
    expect(r.output[1]).toBe(
      'org.apache.kafka.common.config.ConfigException: Invalid value x for configuration broker.id: Not a number of type INT',
    );
    expect(w.run(kafkaServerStart, ['config/nope.properties']).output[1]).toBe(
      'java.nio.file.NoSuchFileException: config/nope.properties',
    );
  });
  it('times out at once when zookeeper.connect points to no ZooKeeper here', () => {
    const w = manualWorld();
    const r = w.run(kafkaServerStart, [
      'config/server.properties',
      '--override',
      'zookeeper.connect=zk:2181',
    ]);
    expect(r.actions).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain(
      'kafka.zookeeper.ZooKeeperClientTimeoutException: Timed out waiting for connection while in state: CONNECTING',
    );
  });
  it('without ZooKeeper the broker waits, then its process shows the timeout and ends', () => {
    const w = manualWorld();
    const r = w.run(kafkaServerStart, ['config/server.properties']);
    expect(r.actions).toHaveLength(1);
    const p = r.process as KafkaSpec;
    w.seek(10_000);
    expect(kafkaProcess.output(p, w.ctx())).toMatchObject({ exited: false });
    w.seek(20_000);
    const out = kafkaProcess.output(p, w.ctx());
    expect(out.exited).toBe(true);
    expect(out.output).toContain(
      'kafka.zookeeper.ZooKeeperClientTimeoutException: Timed out waiting for connection while in state: CONNECTING',
    );
    expect(
      out.output.some((l) =>
        l.includes('[2024-05-01 09:00:18,000] ERROR Fatal error during KafkaServer startup'),
      ),
    ).toBe(true);
  });
  it('refuses a second broker on the same log dir, port or id as Kafka does', () => {
    const { w } = started();
    w.seek(4000);
    const lock = w.run(kafkaServerStart, ['config/server.properties', '--override', 'broker.id=1']);
    expect(lock.actions).toEqual([]);
    expect(
      lock.output.some((l) =>
        l.startsWith('kafka.common.InconsistentBrokerIdException: Configured broker.id 1'),
      ),
    ).toBe(true);
    const locked = w.run(kafkaServerStart, ['config/server.properties']);
    expect(locked.output).toContain(
      'org.apache.kafka.common.KafkaException: Failed to acquire lock on file .lock in /tmp/kafka-logs. A Kafka instance in another process or thread is using this directory.',
    );
    const port = w.run(kafkaServerStart, [
      'config/server.properties',
      '--override',
      'broker.id=1',
      '--override',
      'log.dirs=/tmp/k1',
    ]);
    expect(port.output).toContain(
      'org.apache.kafka.common.KafkaException: Socket server failed to bind to 0.0.0.0:9092: Address already in use.',
    );
    const id = w.run(kafkaServerStart, [
      'config/server.properties',
      '--override',
      'log.dirs=/tmp/k1',
      '--override',
      'listeners=PLAINTEXT://:9093',
    ]);
    expect(id.output).toContain(
      'org.apache.zookeeper.KeeperException$NodeExistsException: KeeperErrorCode = NodeExists',
    );
    for (const r of [locked, port, id]) expect(r).toMatchObject({ exitCode: 1, actions: [] });
  });
  it('broker.id=-1 generates 1001, then reuses it from meta.properties', () => {
    const w = manualWorld();
    w.run(zookeeperServerStart, ['-daemon', 'config/zookeeper.properties']);
    const r = w.run(kafkaServerStart, ['config/server.properties', '--override', 'broker.id=-1']);
    expect(r.actions[0]).toMatchObject({ broker: 1001 });
    w.seek(3000);
    w.run(kafkaServerStop, []);
    w.seek(4000);
    expect(
      w.run(kafkaServerStart, ['config/server.properties', '--override', 'broker.id=-1'])
        .actions[0],
    ).toMatchObject({ broker: 1001 });
  });
  it('refuses in the sandbox: this machine is a client', () => {
    expect(kafkaServerStart(['config/server.properties'], contextAt())).toMatchObject({
      exitCode: 1,
      actions: [],
    });
  });
});

describe('kafka-server-stop.sh and the end of the process', () => {
  it('says No kafka server to stop when none runs here', () => {
    expect(kafkaServerStop([], manualWorld().ctx())).toEqual({
      output: ['No kafka server to stop'],
      exitCode: 1,
      actions: [],
    });
    expect(kafkaServerStop([], contextAt()).exitCode).toBe(1);
  });
  it('stops every local broker; the foreground process prints the shutdown and ends', () => {
    const { w, p } = started();
    w.seek(5000);
    expect(w.run(kafkaServerStop, []).actions).toEqual([{ type: 'broker.stop', broker: 0 }]);
    const out = kafkaProcess.output(p, w.ctx());
    expect(out.exited).toBe(true);
    expect(out.output.slice(-1)[0]).toBe(
      '[2024-05-01 09:00:05,000] INFO [KafkaServer id=0] shut down completed (kafka.server.KafkaServer)',
    );
  });
  it('Ctrl+C shuts the broker down cleanly', () => {
    const { w, p } = started();
    w.seek(5000);
    const effect = kafkaProcess.interrupt(p, w.ctx());
    expect(effect.actions).toEqual([{ type: 'broker.stop', broker: 0 }]);
    expect(effect.output[0]).toContain('[KafkaServer id=0] shutting down');
  });
  it('a crash ends the output without shutdown lines', () => {
    const { w, p } = started();
    w.seek(5000);
    const before = kafkaProcess.output(p, w.ctx()).output;
    w.sim.act({ type: 'broker.crash', broker: 0 });
    const out = kafkaProcess.output(p, w.ctx());
    expect(out).toEqual({ output: before, exited: true });
  });
  it('a restart after a clean stop skips recovery; a process is reproduced exactly', () => {
    const { w } = started();
    w.seek(5000);
    w.run(kafkaServerStop, []);
    w.seek(6000);
    const p2 = w.run(kafkaServerStart, ['config/server.properties']).process as KafkaSpec;
    w.seek(9000);
    const out = kafkaProcess.output(p2, w.ctx()).output;
    expect(out.some((l) => l.includes('Skipping recovery for all logs in /tmp/kafka-logs'))).toBe(
      true,
    );
    expect(kafkaProcess.output(p2, w.ctx())).toEqual(kafkaProcess.output(p2, w.ctx()));
  });
});
