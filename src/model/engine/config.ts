// Kafka 3.6 defaults and the lookups that combine them with scenario and runtime overrides.
import type { World } from './types';

export const BROKER_DEFAULTS = {
  'zookeeper.session.timeout.ms': 18000, // KafkaConfig, 18000 since 2.5 (KIP-537)
  'replica.lag.time.max.ms': 30000, // KafkaConfig, 30000 since 2.5 (KIP-537)
  'replica.fetch.wait.max.ms': 500, // KafkaConfig ReplicaFetchWaitMaxMs
  'unclean.leader.election.enable': false, // false since 0.11 (KIP-106)
  'min.insync.replicas': 1, // KafkaConfig MinInSyncReplicas
  'auto.leader.rebalance.enable': true, // KafkaConfig
  'leader.imbalance.check.interval.seconds': 300, // KafkaConfig
  'leader.imbalance.per.broker.percentage': 10, // KafkaConfig
  'num.partitions': 1,
  'default.replication.factor': 1,
  'log.retention.check.interval.ms': 300000, // KafkaConfig LogCleanupIntervalMs = 5 * 60 * 1000
} as const;

export const PRODUCER_DEFAULTS = {
  acks: 'all', // ProducerConfig, "all" since 3.0 (KIP-679)
  'request.timeout.ms': 30000, // ProducerConfig
  'delivery.timeout.ms': 120000, // ProducerConfig (KIP-91)
  'retry.backoff.ms': 100, // CommonClientConfigs
  'batch.size': 16384, // ProducerConfig BATCH_SIZE_CONFIG, 16 * 1024
  'linger.ms': 0, // ProducerConfig LINGER_MS_CONFIG: 0 in 3.x (5 from 4.0, KIP-1030)
} as const;

export const CONSUMER_DEFAULTS = {
  'auto.offset.reset': 'latest', // ConsumerConfig
  'enable.auto.commit': true, // ConsumerConfig
  'auto.commit.interval.ms': 5000, // ConsumerConfig
  'fetch.max.wait.ms': 500, // ConsumerConfig
  'session.timeout.ms': 45000, // ConsumerConfig, 45000 from 3.0 (KIP-735)
  'heartbeat.interval.ms': 3000, // ConsumerConfig
  'max.poll.interval.ms': 300000, // ConsumerConfig
} as const;

/** replica.socket.timeout.ms: how long a replica fetcher waits for a response (KafkaConfig, 30000). */
export const REPLICA_SOCKET_TIMEOUT_MS = 30000;

type BrokerKey = keyof typeof BROKER_DEFAULTS;

export function brokerNum(w: World, key: BrokerKey): number {
  const v = (w.brokerConfigs as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : Number(BROKER_DEFAULTS[key]);
}

// brokerNum for two keys read on every fetch or produce, each with its name written out: a load
// site per key stays monomorphic, where brokerNum's one site sees every key (a generic lookup).

/** brokerNum(w, 'replica.fetch.wait.max.ms'). */
export function replicaFetchWaitMaxMs(w: World): number {
  const v = (w.brokerConfigs as Record<string, unknown>)['replica.fetch.wait.max.ms'];
  return typeof v === 'number' ? v : BROKER_DEFAULTS['replica.fetch.wait.max.ms'];
}

/** brokerNum(w, 'min.insync.replicas'). */
function brokerMinIsr(w: World): number {
  const v = (w.brokerConfigs as Record<string, unknown>)['min.insync.replicas'];
  return typeof v === 'number' ? v : BROKER_DEFAULTS['min.insync.replicas'];
}

export function brokerBool(w: World, key: BrokerKey): boolean {
  const v = (w.brokerConfigs as Record<string, unknown>)[key];
  return typeof v === 'boolean' ? v : Boolean(BROKER_DEFAULTS[key]);
}

/** A topic config: the topic override, else the broker value (LogConfig fallbacks). */
export function minIsr(w: World, topic: string): number {
  const v = w.topics[topic]?.configs['min.insync.replicas'];
  return typeof v === 'number' ? v : brokerMinIsr(w);
}

export function uncleanEnabled(w: World, topic: string): boolean {
  const v = w.topics[topic]?.configs['unclean.leader.election.enable'];
  return typeof v === 'boolean' ? v : brokerBool(w, 'unclean.leader.election.enable');
}

/** log.dirs in Kafka's shipped server.properties (KAFKA.md 2.1, 7.6). */
export const LOG_DIRS = '/tmp/kafka-logs';
