import { describe, expect, it } from 'vitest';
import { EDITABLE_CONFIG_FILES, listDir, readFile, statPath } from './files';
import { checkpointText } from './filesLogDirs';
import { kafkaServerStart, kafkaServerStop } from './serversKafka';
import { manualWorld } from './serversTesting';
import { cat, ls } from './shellFiles';
import { zookeeperServerStart } from './serversZookeeper';
import { SERVER_PROPERTIES, ZOOKEEPER_PROPERTIES } from './shippedConfigs';
import { contextAt } from './testing';

const auto = contextAt();

/** An empty machine with ZooKeeper, broker 0, topic orders (2 partitions) and three records. */
function withData() {
  const w = manualWorld();
  w.seek(1000);
  w.run(zookeeperServerStart, ['-daemon', 'config/zookeeper.properties']);
  w.run(kafkaServerStart, ['-daemon', 'config/server.properties']);
  w.seek(3000);
  w.sim.act({
    type: 'topic.create',
    topic: { name: 'orders', partitions: 2, replicationFactor: 1, configs: {} },
  });
  w.sim.act({
    type: 'producer.create',
    producer: { id: 'p', topic: 'orders', recordsPerSec: 0, keys: [], configs: {} },
  });
  w.seek(4000);
  for (const v of ['a', 'b', 'c'])
    w.sim.act({ type: 'produce', topic: 'orders', key: 'k', value: v, producer: 'p' });
  w.seek(8000);
  return w;
}

describe('the Kafka directory', () => {
  it('holds the shipped 3.6 config files, verbatim', () => {
    expect(readFile(auto, 'config/server.properties')).toBe(SERVER_PROPERTIES);
    expect(readFile(auto, '~/kafka_2.13-3.6.2/config/zookeeper.properties')).toBe(
      ZOOKEEPER_PROPERTIES,
    );
    for (const f of EDITABLE_CONFIG_FILES) expect(readFile(auto, f)).not.toBeNull();
    expect(SERVER_PROPERTIES).toContain('#listeners=PLAINTEXT://:9092');
    expect(SERVER_PROPERTIES).toContain('#log.segment.bytes=1073741824');
  });
  it('lists the top level, bin and config like the unpacked tgz', () => {
    expect(listDir(auto, '.')).toEqual([
      'bin/',
      'config/',
      'libs/',
      'LICENSE',
      'licenses/',
      'NOTICE',
      'site-docs/',
    ]);
    expect(listDir(auto, 'bin')).toContain('kafka-server-start.sh');
    expect(listDir(auto, 'bin')).toContain('windows/');
    expect(listDir(auto, 'config')).toEqual([
      'consumer.properties',
      'log4j.properties',
      'producer.properties',
      'server.properties',
      'zookeeper.properties',
    ]);
  });
  it("lets the editor's saved files override and add files", () => {
    const ctx = {
      ...auto,
      files: { 'config/server.properties': 'broker.id=7\n', 'config/server-1.properties': 'x=1' },
    };
    expect(readFile(ctx, 'config/server.properties')).toBe('broker.id=7\n');
    expect(listDir(ctx, 'config')).toContain('server-1.properties');
  });
  it('tells files, directories and missing paths apart', () => {
    expect(statPath(auto, 'config')).toEqual({ kind: 'dir' });
    expect(statPath(auto, 'nope')).toBeNull();
    expect(readFile(auto, 'config')).toBeNull();
    expect(readFile(auto, 'libs/kafka-clients-3.6.2.jar')).toBeNull();
    expect(listDir(auto, 'config/server.properties')).toBeNull();
  });
  it('has no log dirs or ZooKeeper data in the sandbox (its servers run elsewhere)', () => {
    expect(statPath(auto, '/tmp/kafka-logs')).toBeNull();
    expect(statPath(auto, '/tmp/zookeeper')).toBeNull();
  });
});

describe('log dirs on an empty machine', () => {
  it('holds the per-dir files and one directory per replica', () => {
    const ctx = withData().ctx();
    expect(listDir(ctx, '/tmp/kafka-logs')).toEqual([
      'cleaner-offset-checkpoint',
      // ls in en_US.UTF-8 sorts a dotfile by its letters.
      '.lock',
      'log-start-offset-checkpoint',
      'meta.properties',
      'orders-0/',
      'orders-1/',
      'recovery-point-offset-checkpoint',
      'replication-offset-checkpoint',
    ]);
    expect(listDir(ctx, '/tmp/kafka-logs/orders-0')).toEqual([
      '00000000000000000000.index',
      '00000000000000000000.log',
      '00000000000000000000.timeindex',
      'leader-epoch-checkpoint',
      'partition.metadata',
    ]);
    expect(listDir(ctx, '/tmp/zookeeper/version-2')).toEqual(['log.1', 'snapshot.0']);
  });
  it('writes checkpoints in CheckpointFile format: version 0, count, then entries', () => {
    const ctx = withData().ctx();
    const hw = ctx.snapshot.topics[0]!.partitions.map((p) => p.replicaViews[0]!.highWatermark);
    expect(hw.reduce((a, b) => a + b, 0)).toBe(3);
    expect(readFile(ctx, '/tmp/kafka-logs/replication-offset-checkpoint')).toBe(
      checkpointText([`orders 0 ${hw[0]}`, `orders 1 ${hw[1]}`]),
    );
    expect(checkpointText(['t 0 5'])).toBe('0\n1\nt 0 5\n');
    expect(readFile(ctx, '/tmp/kafka-logs/cleaner-offset-checkpoint')).toBe('0\n0\n');
    expect(readFile(ctx, '/tmp/kafka-logs/orders-0/leader-epoch-checkpoint')).toBe('0\n1\n0 0\n');
  });
  it('keeps broker.id, version and cluster.id in meta.properties', () => {
    const ctx = withData().ctx();
    const id = JSON.parse(
      ctx.snapshot.zookeeper.znodes.find((z) => z.path === '/cluster/id')!.data,
    ).id;
    expect(readFile(ctx, '/tmp/kafka-logs/meta.properties')).toBe(
      `#\n#Wed May 01 09:00:01 UTC 2024\ncluster.id=${id}\nversion=0\nbroker.id=0\n`,
    );
    const topicId = ctx.snapshot.topics[0]!.topicId;
    expect(readFile(ctx, '/tmp/kafka-logs/orders-1/partition.metadata')).toBe(
      `version: 0\ntopic_id: ${topicId}\n`,
    );
  });
  it('sizes a segment .log as the model does, with preallocated indexes while running', () => {
    const w = withData();
    const ctx = w.ctx();
    const seg = ctx.snapshot.topics[0]!.partitions.flatMap((p) => p.replicaViews[0]!.segments).find(
      (s) => s.sizeInBytes > 0,
    )!;
    const p = ctx.snapshot.topics[0]!.partitions.find((x) =>
      x.replicaViews[0]!.segments.includes(seg),
    )!;
    const dir = `/tmp/kafka-logs/orders-${p.partition}`;
    expect(statPath(ctx, `${dir}/${seg.fileStem}.log`)).toMatchObject({
      size: seg.sizeInBytes,
      text: null,
    });
    expect(statPath(ctx, `${dir}/${seg.fileStem}.index`)).toMatchObject({ size: 10485760 });
    expect(statPath(ctx, `${dir}/${seg.fileStem}.timeindex`)).toMatchObject({ size: 10485756 });
    // A clean shutdown trims the indexes and leaves .kafka_cleanshutdown.
    w.run(kafkaServerStop, []);
    const after = w.ctx();
    expect(statPath(after, `${dir}/${seg.fileStem}.index`)).toMatchObject({
      size: seg.offsetIndexCount * 8,
    });
    expect(listDir(after, '/tmp/kafka-logs')).toContain('.kafka_cleanshutdown');
  });
  it('has no log dir for a broker that never reached ZooKeeper', () => {
    const w = manualWorld();
    w.run(kafkaServerStart, ['-daemon', 'config/server.properties']);
    w.seek(30_000);
    expect(statPath(w.ctx(), '/tmp/kafka-logs')).toBeNull();
  });
  it('shows dotfiles only with ls -a, and a segment through cat as a note', () => {
    const ctx = withData().ctx();
    expect(ls(['/tmp/kafka-logs'], ctx).output.join(' ')).not.toContain('.lock');
    const all = ls(['-a1', '/tmp/kafka-logs'], ctx).output;
    expect(all.slice(0, 4)).toEqual(['.', '..', 'cleaner-offset-checkpoint', '.lock']);
    const r = cat(['/tmp/kafka-logs/orders-0/00000000000000000000.log'], ctx);
    expect(r.exitCode).toBe(0);
    expect(r.output).toHaveLength(1);
    expect(r.output[0]).toMatch(
      /^00000000000000000000\.log is a binary file \(\d+ bytes\); the Storage view shows its bytes\.$/,
    );
  });
});
