// Reads one topic spec (from `topics` or a topic.create action) with Kafka's creation rules:
// legal name, at least one partition, 1 ≤ replication factor ≤ brokers (AdminUtils, KAFKA.md 5.1).
import { validateTopicName } from '../model/algorithms/topicName';
import { readConfigs, TOPIC_CONFIG_RULES } from './configRules';
import { SIMULATOR_LIMITS, KAFKA_DEFAULTS } from './defaults';
import type { Problems } from './problems';
import { childPath, readObject, readString, show } from './problems';
import type { BrokerConfigs, TopicConfigs, TopicSpec } from './types';

const TOPIC_FIELDS = ['name', 'partitions', 'replicationFactor', 'configs'] as const;

/** Reads a topic; omitted partitions/replicationFactor take num.partitions/default.replication.factor (Kafka ≥ 2.4). */
export function readTopic(
  p: Problems,
  value: unknown,
  path: string,
  brokers: number | undefined,
  brokerConfigs: BrokerConfigs,
): TopicSpec | undefined {
  const raw = readObject(p, value, path, TOPIC_FIELDS);
  if (!raw) return undefined;
  let ok = true;

  const namePath = childPath(path, 'name');
  const name = readString(p, raw.name, namePath);
  if (name === undefined) ok = false;
  else {
    const kafka = validateTopicName(name);
    if (kafka !== null) {
      p.error('topicNameInvalid', namePath, { name: show(name), kafka });
      ok = false;
    }
  }
  const topic = name ?? show(raw.name);

  const partitionsPath = childPath(path, 'partitions');
  const partitions = readCount(
    p,
    raw.partitions ?? brokerConfigs['num.partitions'] ?? KAFKA_DEFAULTS['num.partitions'],
    partitionsPath,
  );
  if (partitions === undefined) ok = false;
  else if (
    partitions < SIMULATOR_LIMITS.partitions.min ||
    partitions > SIMULATOR_LIMITS.partitions.max
  ) {
    p.error('partitionsOutOfRange', partitionsPath, {
      topic,
      value: partitions,
      ...SIMULATOR_LIMITS.partitions,
    });
    ok = false;
  }

  const rfPath = childPath(path, 'replicationFactor');
  const rf = readCount(
    p,
    raw.replicationFactor ??
      brokerConfigs['default.replication.factor'] ??
      KAFKA_DEFAULTS['default.replication.factor'],
    rfPath,
  );
  if (rf === undefined) ok = false;
  else if (rf < 1) {
    // AdminUtils.assignReplicasToBrokers (K@2.8.2).
    p.error('replicationFactorTooSmall', rfPath, {
      topic,
      rf,
      kafka: 'Replication factor must be larger than 0.',
    });
    ok = false;
  } else if (brokers !== undefined && rf > brokers) {
    p.error('replicationFactorTooLarge', rfPath, { topic, rf, brokers });
    ok = false;
  }

  const configs = readConfigs(p, raw.configs, childPath(path, 'configs'), TOPIC_CONFIG_RULES) as
    TopicConfigs | undefined;
  if (configs === undefined) ok = false;

  if (!ok || name === undefined || partitions === undefined || rf === undefined || !configs) {
    return undefined;
  }
  const minIsr = configs['min.insync.replicas'] ?? brokerConfigs['min.insync.replicas'] ?? 1;
  if (minIsr > rf) p.warn('minIsrAboveReplicationFactor', path, { topic, minIsr, rf });
  return { name, partitions, replicationFactor: rf, configs };
}

/** A whole number (any sign, so the caller can say which rule a 0 or −1 breaks). */
function readCount(p: Problems, value: unknown, path: string): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.error('expectedNumber', path, { value: show(value) });
    return undefined;
  }
  if (!Number.isInteger(value)) {
    p.error('expectedInteger', path, { value: show(value) });
    return undefined;
  }
  return value === 0 ? 0 : value;
}
