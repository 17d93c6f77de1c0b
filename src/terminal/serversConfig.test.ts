import { describe, expect, it } from 'vitest';
import { serverConfigFrom } from './serversConfig';
import { SERVER_PROPERTIES } from './shippedConfigs';

describe('serverConfigFrom (KafkaConfig reading server.properties)', () => {
  it("reads Kafka 3.6's shipped file as KAFKA.md 7.6 lists it", () => {
    const c = serverConfigFrom(SERVER_PROPERTIES);
    expect(c.problems).toEqual([]);
    expect(c.brokerId).toBe(0);
    // listeners is commented out: KafkaConfig's default PLAINTEXT://:9092.
    expect(c.port).toBe(9092);
    expect(c.logDirs).toBe('/tmp/kafka-logs');
    expect(c.zookeeperConnect).toBe('localhost:2181');
    expect(c.zookeeperConnectionTimeoutMs).toBe(18000);
    expect(c.configs).toEqual({ 'num.partitions': 1, 'log.retention.check.interval.ms': 300000 });
  });
  it('takes the port from the PLAINTEXT listener and --override values over the file', () => {
    const c = serverConfigFrom(
      'broker.id=1\nlisteners=PLAINTEXT://localhost:9093\nzookeeper.connect=localhost:2181',
      new Map([
        ['log.dirs', '/tmp/kafka-logs-1'],
        ['min.insync.replicas', '2'],
      ]),
    );
    expect(c).toMatchObject({ brokerId: 1, port: 9093, logDirs: '/tmp/kafka-logs-1' });
    expect(c.configs['min.insync.replicas']).toBe(2);
  });
  it('falls back to log.dir, then /tmp/kafka-logs; broker.id defaults to -1 (generate)', () => {
    expect(serverConfigFrom('log.dir=/data/k\nzookeeper.connect=localhost:2181').logDirs).toBe(
      '/data/k',
    );
    const c = serverConfigFrom('zookeeper.connect=localhost:2181');
    expect(c.logDirs).toBe('/tmp/kafka-logs');
    expect(c.brokerId).toBe(-1);
  });
  it("reports ConfigDef's texts for values of the wrong type", () => {
    const c = serverConfigFrom(
      'broker.id=zero\nunclean.leader.election.enable=yes\nnum.partitions=0\nzookeeper.connect=localhost:2181',
    );
    expect(c.problems).toEqual([
      'Invalid value zero for configuration broker.id: Not a number of type INT',
      'Invalid value yes for configuration unclean.leader.election.enable: Expected value to be either true or false',
      'Invalid value 0 for configuration num.partitions: Value must be at least 1',
    ]);
  });
  it('parses booleans without case and numbers after trimming', () => {
    const c = serverConfigFrom(
      'unclean.leader.election.enable=TRUE\nreplica.lag.time.max.ms= 10000 \nzookeeper.connect=localhost:2181',
    );
    expect(c.configs).toEqual({
      'unclean.leader.election.enable': true,
      'replica.lag.time.max.ms': 10000,
    });
  });
  it('needs zookeeper.connect and a parsable listener', () => {
    const c = serverConfigFrom('listeners=nonsense');
    expect(c.problems).toContain('Unable to parse nonsense to a broker endpoint');
    expect(c.problems.some((p) => p.includes('zookeeper.connect'))).toBe(true);
  });
});
