// server.properties as KafkaConfig reads it: the broker id, listener port, log dirs, ZooKeeper
// address, the settings the model simulates, and the ConfigException texts for bad values
// (K@3.6: core/src/main/scala/kafka/server/KafkaConfig.scala; clients/.../config/ConfigDef.java).
import type { BrokerConfigs } from '../model/scenarioTypes';
import { parseProperties } from './properties';

/** A broker's settings as read from its properties file (and --override values). */
export interface ServerConfig {
  /** broker.id; -1 asks Kafka to generate one (KafkaServer.getOrGenerateBrokerId). */
  brokerId: number;
  /** The port of the PLAINTEXT listener (KafkaConfig default `PLAINTEXT://:9092`). */
  port: number;
  listeners: string;
  /** log.dirs, else log.dir (default /tmp/kafka-logs, KAFKA.md 2.1). */
  logDirs: string;
  zookeeperConnect: string;
  zookeeperConnectionTimeoutMs: number;
  /** The settings the model simulates (scenarioTypes BrokerConfigs). */
  configs: BrokerConfigs;
  /** Every property as given, file then overrides (for the `KafkaConfig values:` dump). */
  values: ReadonlyMap<string, string>;
  /** ConfigException messages, in the order KafkaConfig would meet them (the first one is thrown). */
  problems: string[];
}

type ConfigType = 'INT' | 'LONG' | 'BOOLEAN';

/** The simulated keys with their ConfigDef type and `atLeast` bound (KafkaConfig.configDef). */
const SIMULATED: Record<keyof BrokerConfigs, { type: ConfigType; atLeast?: number }> = {
  'zookeeper.session.timeout.ms': { type: 'INT' },
  'replica.lag.time.max.ms': { type: 'LONG' },
  'replica.fetch.wait.max.ms': { type: 'INT' },
  'unclean.leader.election.enable': { type: 'BOOLEAN' },
  'min.insync.replicas': { type: 'INT', atLeast: 1 },
  'auto.leader.rebalance.enable': { type: 'BOOLEAN' },
  'leader.imbalance.check.interval.seconds': { type: 'LONG', atLeast: 1 },
  'leader.imbalance.per.broker.percentage': { type: 'INT' },
  'num.partitions': { type: 'INT', atLeast: 1 },
  'default.replication.factor': { type: 'INT' },
  'log.retention.check.interval.ms': { type: 'LONG', atLeast: 1 },
};

const LIMITS: Record<'INT' | 'LONG', number> = { INT: 2 ** 31, LONG: 2 ** 63 };

/** ConfigDef.parseType: trimmed, then Integer.parseInt / Long.parseLong / true|false. */
function parseTyped(
  key: string,
  raw: string,
  type: ConfigType,
): { value: number | boolean } | { error: string } {
  const v = raw.trim();
  const invalid = (why: string) => ({
    error: `Invalid value ${raw} for configuration ${key}: ${why}`,
  });
  if (type === 'BOOLEAN') {
    if (v.toLowerCase() === 'true') return { value: true };
    if (v.toLowerCase() === 'false') return { value: false };
    return invalid('Expected value to be either true or false');
  }
  const n = /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
  if (Number.isNaN(n) || n < -LIMITS[type] || n >= LIMITS[type])
    return invalid(`Not a number of type ${type}`);
  return { value: n };
}

/** EndPoint.createEndPoint: `NAME://host:port`; the PLAINTEXT listener's port. */
function listenerPort(listeners: string): number | { error: string } {
  for (const raw of listeners.split(',')) {
    const l = raw.trim();
    const m = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/.exec(l);
    if (!m) return { error: `Unable to parse ${l} to a broker endpoint` };
    if (m[1]!.toUpperCase() === 'PLAINTEXT') return Number(m[3]);
  }
  return { error: `Unable to parse ${listeners} to a broker endpoint` };
}

/** Reads a server.properties text, with `--override k=v` values applied over it. */
export function serverConfigFrom(
  text: string,
  overrides: ReadonlyMap<string, string> = new Map(),
): ServerConfig {
  const values = new Map(parseProperties(text));
  for (const [k, v] of overrides) values.set(k, v);
  const problems: string[] = [];
  const int = (key: string, fallback: number): number => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const parsed = parseTyped(key, raw, 'INT');
    if ('error' in parsed) {
      problems.push(parsed.error);
      return fallback;
    }
    return parsed.value as number;
  };
  const brokerId = int('broker.id', -1);
  const zookeeperConnectionTimeoutMs = int('zookeeper.connection.timeout.ms', 18000);
  const configs: Record<string, number | boolean> = {};
  for (const [key, def] of Object.entries(SIMULATED)) {
    const raw = values.get(key);
    if (raw === undefined) continue;
    const parsed = parseTyped(key, raw, def.type);
    if ('error' in parsed) problems.push(parsed.error);
    else if (def.atLeast !== undefined && (parsed.value as number) < def.atLeast)
      problems.push(
        `Invalid value ${raw} for configuration ${key}: Value must be at least ${def.atLeast}`,
      );
    else configs[key] = parsed.value;
  }
  const listeners = values.get('listeners')?.trim() || 'PLAINTEXT://:9092';
  const port = listenerPort(listeners);
  if (typeof port !== 'number') problems.push(port.error);
  const zookeeperConnect = values.get('zookeeper.connect')?.trim() ?? '';
  if (zookeeperConnect === '') {
    // From memory (KafkaConfig in ZK mode): the message quotes the key in backticks.
    problems.push('Missing required configuration `zookeeper.connect` which has no default value.');
  }
  return {
    brokerId,
    port: typeof port === 'number' ? port : 9092,
    listeners,
    logDirs: (values.get('log.dirs') ?? values.get('log.dir') ?? '/tmp/kafka-logs').trim(),
    zookeeperConnect,
    zookeeperConnectionTimeoutMs,
    configs: configs as BrokerConfigs,
    values,
    problems,
  };
}

/** KafkaConfig.MaxReservedBrokerIdProp default: generated ids start above it. */
export const RESERVED_BROKER_MAX_ID = 1000;
