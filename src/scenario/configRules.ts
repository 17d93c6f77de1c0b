// Kafka's own types and validators for every config key a scenario may set, and the reader that
// checks a `configs` object against them. Names and ranges are Kafka's (ConfigDef validators).
import type { Acks, AssignmentStrategy } from './types';
import type { Problems } from './problems';
import { childPath, readObject, show, isObject, type JsonObject } from './problems';

const INT_MAX = 2147483647;
/** Kafka's LONG goes to 2^63−1; JavaScript numbers are exact only up to 2^53−1. */
const LONG_MAX = Number.MAX_SAFE_INTEGER;

export type ConfigRule =
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'acks' };

const int = (min: number): ConfigRule => ({ kind: 'number', min, max: INT_MAX });
const long = (min: number): ConfigRule => ({ kind: 'number', min, max: LONG_MAX });
const bool: ConfigRule = { kind: 'boolean' };

/** Broker settings (KafkaConfig, Kafka 3.6). */
export const BROKER_CONFIG_RULES: Record<string, ConfigRule> = {
  // KafkaConfig defines no validator; a session needs a positive timeout.
  'zookeeper.session.timeout.ms': int(1),
  // KafkaConfig: LONG, no validator; the ISR check needs a positive lag.
  'replica.lag.time.max.ms': long(1),
  // KafkaConfig: INT; must also stay ≤ replica.lag.time.max.ms (KafkaConfig.validateValues).
  'replica.fetch.wait.max.ms': int(0),
  'unclean.leader.election.enable': bool,
  // KafkaConfig: atLeast(1).
  'min.insync.replicas': int(1),
  'auto.leader.rebalance.enable': bool,
  // KafkaConfig: LONG, atLeast(1).
  'leader.imbalance.check.interval.seconds': long(1),
  // KafkaConfig: INT, no validator; it is a percentage.
  'leader.imbalance.per.broker.percentage': { kind: 'number', min: 0, max: 100 },
  // KafkaConfig: atLeast(1).
  'num.partitions': int(1),
  // KafkaConfig: INT, no validator; a replication factor is at least 1 (AdminUtils).
  'default.replication.factor': int(1),
  // KafkaConfig: LONG, atLeast(1); read-only (a broker reads it when it starts).
  'log.retention.check.interval.ms': long(1),
};

/** Topic overrides (LogConfig, Kafka 3.6). */
export const TOPIC_CONFIG_RULES: Record<string, ConfigRule> = {
  'min.insync.replicas': int(1), // LogConfig: atLeast(1)
  'unclean.leader.election.enable': bool,
  'retention.ms': long(-1), // LogConfig: atLeast(-1); -1 keeps records forever
  // LogConfig: LONG with no validator ("can be negative"); any negative value means no size limit.
  'retention.bytes': { kind: 'number', min: -LONG_MAX, max: LONG_MAX },
  'segment.bytes': int(14), // LogConfig: atLeast(LegacyRecord.RECORD_OVERHEAD_V0 = 14)
  'segment.ms': long(1), // LogConfig: LONG, atLeast(1); default 604800000 (7 days)
  'index.interval.bytes': int(0), // LogConfig: INT, atLeast(0); default 4096
};

/** Producer settings (ProducerConfig, Kafka 3.6). */
export const PRODUCER_CONFIG_RULES: Record<string, ConfigRule> = {
  acks: { kind: 'acks' }, // ProducerConfig: in("all", "-1", "0", "1")
  retries: int(0), // ProducerConfig: between(0, Integer.MAX_VALUE)
  'request.timeout.ms': int(0), // ProducerConfig: atLeast(0)
  'delivery.timeout.ms': int(0), // ProducerConfig: atLeast(0)
  'retry.backoff.ms': long(0), // ProducerConfig: atLeast(0)
  'batch.size': int(0), // ProducerConfig: INT, atLeast(0); 0 means one record per batch
  'linger.ms': long(0), // ProducerConfig: LONG, atLeast(0)
};

/** A client rule: a ConfigRule, or the consumer's list of partition assignors. */
export type ClientConfigRule = ConfigRule | { kind: 'assignors' };

/** Consumer settings (ConsumerConfig, Kafka 3.6). */
export const CONSUMER_CONFIG_RULES: Record<string, ClientConfigRule> = {
  // ConsumerConfig also allows "none" (throw); the simulator shows earliest and latest.
  'auto.offset.reset': { kind: 'enum', values: ['earliest', 'latest'] },
  'enable.auto.commit': bool,
  'auto.commit.interval.ms': int(0), // ConsumerConfig: atLeast(0)
  'fetch.max.wait.ms': int(0), // ConsumerConfig: atLeast(0)
  // The broker accepts group.min.session.timeout.ms (6000) to group.max.session.timeout.ms
  // (1800000); JoinGroup fails with INVALID_SESSION_TIMEOUT otherwise (KAFKA.md 6.2).
  'session.timeout.ms': { kind: 'number', min: 6000, max: 1800000 },
  'heartbeat.interval.ms': int(1), // ConsumerConfig: INT; must stay below session.timeout.ms
  'max.poll.interval.ms': int(1), // ConsumerConfig: atLeast(1)
  // ConsumerConfig: Type.LIST of assignor classes (ConsumerPartitionAssignor.getAssignorInstances).
  'partition.assignment.strategy': { kind: 'assignors' },
};

/** The built-in assignors' protocol names, which this app writes (`*_ASSIGNOR_NAME`, KAFKA.md 6.3). */
export const ASSIGNOR_NAMES: readonly AssignmentStrategy[] = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
];

/** Their classes: the names Kafka's own config takes (org.apache.kafka.clients.consumer, 3.6). */
const ASSIGNOR_CLASSES = new Map<string, AssignmentStrategy>([
  ['org.apache.kafka.clients.consumer.RangeAssignor', 'range'],
  ['org.apache.kafka.clients.consumer.RoundRobinAssignor', 'roundrobin'],
  ['org.apache.kafka.clients.consumer.StickyAssignor', 'sticky'],
  ['org.apache.kafka.clients.consumer.CooperativeStickyAssignor', 'cooperative-sticky'],
]);

function assignorClass(name: AssignmentStrategy): string {
  for (const [cls, n] of ASSIGNOR_CLASSES) if (n === name) return cls;
  return name;
}

/**
 * Reads partition.assignment.strategy: a list, or a comma-separated string as ConfigDef.parseType
 * reads a LIST. Each entry is a protocol name or its class name (rewritten to the name, warned).
 * Kafka refuses an unknown class, one assignor named twice (getAssignorInstances) and an empty
 * list (KafkaConsumer.throwIfNoAssignorsConfigured).
 */
export function readAssignors(
  p: Problems,
  value: unknown,
  path: string,
): AssignmentStrategy[] | undefined {
  let items: unknown[];
  if (typeof value === 'string') items = value.trim() === '' ? [] : value.trim().split(/\s*,\s*/);
  else if (Array.isArray(value)) items = value;
  else {
    p.error('expectedArray', path, { value: show(value) });
    return undefined;
  }
  if (items.length === 0) {
    p.error('assignorListEmpty', path, {
      kafka:
        'Must configure at least one partition assigner class name to partition.assignment.strategy configuration property',
    });
    return undefined;
  }
  const out: AssignmentStrategy[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? childPath(path, i) : path;
    if (typeof item !== 'string') {
      p.error('expectedString', at, { value: show(item) });
      ok = false;
      return;
    }
    const name = ASSIGNOR_NAMES.find((n) => n === item) ?? ASSIGNOR_CLASSES.get(item);
    if (name === undefined) {
      p.error('assignorUnknown', at, {
        value: show(item),
        allowed: ASSIGNOR_NAMES.join(', '),
        kafka: `${item} ClassNotFoundException exception occurred`,
      });
      ok = false;
      return;
    }
    if (name !== item) p.warn('assignorClassNormalized', at, { value: show(item), name });
    if (out.includes(name)) {
      const cls = assignorClass(name);
      p.error('assignorDuplicate', at, {
        name,
        kafka: `The assignor name: '${name}' is used in more than one assignor: ${cls}, ${cls}`,
      });
      ok = false;
      return;
    }
    out.push(name);
  });
  return ok ? out : undefined;
}

/** Kafka's allowed spellings of acks; `-1` means exactly `all` (ProducerConfig). */
export const ACKS_VALUES = ['all', '-1', '1', '0'] as const;

/** Reads an acks value: "all", "1", "0", "-1" or the numbers 1, 0, -1; -1 becomes all (warned). */
export function readAcks(p: Problems, value: unknown, path: string): Acks | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (text === 'all' || text === '1' || text === '0') return text;
  if (text === '-1') {
    p.warn('acksNormalized', path);
    return 'all';
  }
  p.error('valueNotAllowed', path, { value: show(value), allowed: ACKS_VALUES.join(', ') });
  return undefined;
}

/** Checks one value against its rule; undefined after reporting why it is wrong. */
export function readConfigValue(
  p: Problems,
  rule: ConfigRule,
  value: unknown,
  path: string,
): number | boolean | string | undefined {
  switch (rule.kind) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      p.error('expectedBoolean', path, { value: show(value) });
      return undefined;
    case 'enum':
      if (typeof value === 'string' && rule.values.includes(value)) return value;
      p.error('valueNotAllowed', path, { value: show(value), allowed: rule.values.join(', ') });
      return undefined;
    case 'acks':
      return readAcks(p, value, path);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        p.error('expectedNumber', path, { value: show(value) });
        return undefined;
      }
      if (!Number.isInteger(value)) {
        p.error('expectedInteger', path, { value: show(value) });
        return undefined;
      }
      if (value < rule.min) {
        p.error('numberTooSmall', path, { value, min: rule.min });
        return undefined;
      }
      if (value > rule.max) {
        p.error('numberTooLarge', path, { value, max: rule.max });
        return undefined;
      }
      return value === 0 ? 0 : value;
  }
}

/**
 * Reads a `configs` object: unknown keys are dropped with a warning (they cannot change what the
 * simulator does), wrong values are errors. Keys come out in the rules' order.
 */
export function readConfigs(
  p: Problems,
  value: unknown,
  path: string,
  rules: Record<string, ClientConfigRule>,
): JsonObject | undefined {
  if (value === undefined) return {};
  if (!isObject(value)) {
    readObject(p, value, path, []);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(rules, key)) p.warn('configUnknown', childPath(path, key), { key });
  }
  const out: JsonObject = {};
  let ok = true;
  for (const [key, rule] of Object.entries(rules)) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
    const at = childPath(path, key);
    const read =
      rule.kind === 'assignors'
        ? readAssignors(p, value[key], at)
        : readConfigValue(p, rule, value[key], at);
    if (read === undefined) ok = false;
    else out[key] = read;
  }
  return ok ? out : undefined;
}
