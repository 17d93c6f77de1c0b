// The sandbox's opening world, the Kafka defaults the UI shows for unset settings, and the
// bounds of this simulator (limits of the app, not of Kafka).
import { SCENARIO_VERSION, type BrokerConfigs, type Scenario } from './types';

/** A fresh copy every call, so a caller may change it freely. */
export function defaultScenario(): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 42,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, configs: {} }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 2,
        // murmur2 sends these to partitions 0, 0, 2 and 1 of 3: every partition gets records.
        keys: ['alice', 'bob', 'carol', 'dave'],
        configs: { acks: 'all' },
      },
    ],
    consumerGroups: [
      {
        groupId: 'orders-app',
        topics: ['orders'],
        members: 1,
        configs: { 'auto.offset.reset': 'earliest' },
      },
    ],
    actions: [],
  };
}

/** Kafka 3.6's broker defaults for every key of BrokerConfigs (KAFKA.md gives the sources). */
export const KAFKA_DEFAULTS: Readonly<Required<BrokerConfigs>> = Object.freeze({
  // KafkaConfig; 6000 up to 2.4, 18000 from 2.5 (KIP-537). KAFKA.md 4.2.
  'zookeeper.session.timeout.ms': 18000,
  // KafkaConfig; 10000 up to 2.4, 30000 from 2.5 (KIP-537). KAFKA.md 3.3.
  'replica.lag.time.max.ms': 30000,
  // KafkaConfig ReplicaFetchWaitMaxMs = 500.
  'replica.fetch.wait.max.ms': 500,
  // KafkaConfig/LogConfig; false since 0.11.0 (KIP-106). KAFKA.md 5.3.
  'unclean.leader.election.enable': false,
  // KafkaConfig MinInSyncReplicas = 1. KAFKA.md 1.5.
  'min.insync.replicas': 1,
  // KafkaConfig AutoLeaderRebalanceEnable = true. KAFKA.md 5.6.
  'auto.leader.rebalance.enable': true,
  // KafkaConfig LeaderImbalanceCheckIntervalSeconds = 300. KAFKA.md 5.6.
  'leader.imbalance.check.interval.seconds': 300,
  // KafkaConfig LeaderImbalancePerBrokerPercentage = 10. KAFKA.md 5.6.
  'leader.imbalance.per.broker.percentage': 10,
  // KafkaConfig NumPartitions = 1 (also the shipped server.properties). KAFKA.md 7.2, 7.6.
  'num.partitions': 1,
  // KafkaConfig DefaultReplicationFactor = 1. KAFKA.md 7.2.
  'default.replication.factor': 1,
  // KafkaConfig LogCleanupIntervalMs = 5 * 60 * 1000 (log.retention.check.interval.ms). KAFKA.md 2.5.
  'log.retention.check.interval.ms': 300000,
});

/** Client defaults the simulator uses when a scenario leaves them unset (Kafka 3.6 clients). */
export const CLIENT_DEFAULTS = Object.freeze({
  // ProducerConfig: "all" since 3.0 (KIP-679). KAFKA.md 1.5.
  acks: 'all',
  // ProducerConfig: Integer.MAX_VALUE since 2.1. KAFKA.md appendix A.
  retries: 2147483647,
  // ProducerConfig: 30000. KAFKA.md 1.5.
  'request.timeout.ms': 30000,
  // ProducerConfig: 120000 (KIP-91).
  'delivery.timeout.ms': 120000,
  // ProducerConfig: 100.
  'retry.backoff.ms': 100,
  // ProducerConfig: 16384 bytes per partition batch. KAFKA.md 1.6.
  'batch.size': 16384,
  // ProducerConfig: 0 in 3.x (5 from 4.0, KIP-1030). KAFKA.md 1.6.
  'linger.ms': 0,
  // ConsumerConfig: latest. KAFKA.md 6.4.
  'auto.offset.reset': 'latest',
  // ConsumerConfig: true, every 5000 ms. KAFKA.md 6.4.
  'enable.auto.commit': true,
  'auto.commit.interval.ms': 5000,
  // ConsumerConfig: 500.
  'fetch.max.wait.ms': 500,
  // ConsumerConfig: 45000 from 3.0 (KIP-735), heartbeats every 3000. KAFKA.md 6.2.
  'session.timeout.ms': 45000,
  'heartbeat.interval.ms': 3000,
  // ConsumerConfig: 300000 (also the rebalance timeout). KAFKA.md 6.4.
  'max.poll.interval.ms': 300000,
} as const);

/** Bounds of this app (what it can draw and run smoothly), not Kafka's. */
export const SIMULATOR_LIMITS = Object.freeze({
  /** One colour and one column per broker. */
  brokers: { min: 1, max: 9 },
  /** Per topic; the log and diagram views stay readable up to here. */
  partitions: { min: 1, max: 64 },
  topics: 20,
  producers: 9,
  consumerGroups: 9,
  members: { min: 1, max: 9 },
  /** group.scale: 0 stops every instance of the application. */
  scaleMembers: { min: 0, max: 16 },
  /** ConsumerGroupSpec.recordsPerSecPerMember (the application's speed, not a Kafka config). */
  recordsPerSecPerMember: { min: 0.1, max: 10000 },
  recordsPerSec: { min: 0, max: 100 },
  /** producer.update's linger.ms (ProducerConfig allows any long ≥ 0; a minute is plenty here). */
  lingerMs: { min: 0, max: 60000 },
  /** producer.update's batch.size (ProducerConfig: int ≥ 0; 1 MiB, the default max.request.size). */
  batchSize: { min: 0, max: 1048576 },
  keys: 100,
  networkLatencyMs: { min: 0, max: 10000 },
  actions: 10000,
  /** The PRNG takes a 32-bit unsigned seed. */
  seed: { min: 0, max: 4294967295 },
});

/** Values used when a scenario leaves a field out. */
export const FIELD_DEFAULTS = Object.freeze({
  seed: 42,
  brokers: 3,
  networkLatencyMs: 5,
  recordsPerSec: 1,
  members: 1,
});
