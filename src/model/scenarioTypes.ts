// The input of the model: a run described as data (seed, cluster, clients, timed actions). src/scenario
// versions, validates and encodes it for links; the model only reads it.
// Config keys are Kafka's own names so a learner can look them up in Kafka's documentation.

export const SCENARIO_VERSION = 1;

/** Broker-level settings (KafkaConfig names). Unset keys take Kafka 3.6's defaults (KAFKA.md). */
export interface BrokerConfigs {
  'zookeeper.session.timeout.ms'?: number;
  'replica.lag.time.max.ms'?: number;
  'replica.fetch.wait.max.ms'?: number;
  'unclean.leader.election.enable'?: boolean;
  'min.insync.replicas'?: number;
  'auto.leader.rebalance.enable'?: boolean;
  'leader.imbalance.check.interval.seconds'?: number;
  'leader.imbalance.per.broker.percentage'?: number;
  'num.partitions'?: number;
  'default.replication.factor'?: number;
  'log.retention.check.interval.ms'?: number;
}

/** Topic-level overrides (LogConfig names). Unset keys fall back to the broker's value. */
export interface TopicConfigs {
  'min.insync.replicas'?: number;
  'unclean.leader.election.enable'?: boolean;
  'retention.ms'?: number;
  'retention.bytes'?: number;
  'segment.bytes'?: number;
  'segment.ms'?: number;
  /** Bytes appended between two offset-index entries (LogConfig, default 4096). */
  'index.interval.bytes'?: number;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  configs: TopicConfigs;
}

export type Acks = 'all' | '1' | '0';

/** Producer settings (ProducerConfig names). */
export interface ProducerConfigs {
  acks?: Acks;
  retries?: number;
  'request.timeout.ms'?: number;
  'delivery.timeout.ms'?: number;
  'retry.backoff.ms'?: number;
  /** Bytes a partition's batch may hold before it is sent (ProducerConfig batch.size, 16384). */
  'batch.size'?: number;
  /** How long a batch that is not full waits for more records (ProducerConfig linger.ms, 0 in 3.x). */
  'linger.ms'?: number;
}

export interface ProducerSpec {
  /** Stable id, also the client.id: `producer-1`. */
  id: string;
  topic: string;
  /** Records sent per virtual second; 0 means it only sends what the learner produces by hand. */
  recordsPerSec: number;
  /** Keys cycled in order; an empty list sends null keys (sticky partitioner). */
  keys: string[];
  configs: ProducerConfigs;
}

/** Consumer settings (ConsumerConfig names). */
export interface ConsumerConfigs {
  'auto.offset.reset'?: 'earliest' | 'latest';
  'enable.auto.commit'?: boolean;
  'auto.commit.interval.ms'?: number;
  'fetch.max.wait.ms'?: number;
  /** The coordinator removes a member it has not heard from for this long (45000 from 3.0, KIP-735). */
  'session.timeout.ms'?: number;
  /** How often a member heartbeats to the coordinator (ConsumerConfig, 3000). */
  'heartbeat.interval.ms'?: number;
  /**
   * Longest gap between two poll() calls before the member leaves the group; also the rebalance
   * timeout it sends in JoinGroup (ConsumerConfig, 300000).
   */
  'max.poll.interval.ms'?: number;
  /**
   * The assignors in preference order, by protocol name (Kafka's config takes their class names,
   * e.g. org.apache.kafka.clients.consumer.RangeAssignor). Default [range, cooperative-sticky]
   * (ConsumerConfig 3.x, KAFKA.md 6.3).
   */
  'partition.assignment.strategy'?: AssignmentStrategy[];
}

/** The built-in assignors' protocol names (`*_ASSIGNOR_NAME`; algorithms/assignors AssignorName). */
export type AssignmentStrategy = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

export interface ConsumerGroupSpec {
  groupId: string;
  topics: string[];
  /** Number of consumer instances in the group. */
  members: number;
  configs: ConsumerConfigs;
  /**
   * How many records one consumer instance of this application processes per virtual second: the
   * application's speed, like a producer's `recordsPerSec`. Not a Kafka config. Absent = as fast as
   * fetches bring records. When production outpaces it, lag grows; more members (up to the
   * partition count) process more.
   */
  recordsPerSecPerMember?: number;
}

/** A learner's action, applied at virtual time `at` (ms). Learner commands are named `entity.verb`. */
export type ScenarioAction =
  | { at: number; type: 'broker.crash'; broker: number }
  | { at: number; type: 'broker.restart'; broker: number }
  /** Cut every network link of a broker (to ZooKeeper, other brokers and clients). */
  | { at: number; type: 'broker.isolate'; broker: number }
  | { at: number; type: 'broker.reconnect'; broker: number }
  /** One record sent by hand through producer `producer` (default: the first producer). */
  | {
      at: number;
      type: 'produce';
      topic: string;
      key: string | null;
      value: string;
      producer?: string;
    }
  | { at: number; type: 'topic.create'; topic: TopicSpec }
  | {
      at: number;
      type: 'config.set';
      entity: 'broker' | 'topic';
      /** Topic name, or '' for the cluster-wide broker default. */
      name: string;
      key: string;
      /** null removes the override. */
      value: string | number | boolean | null;
    }
  | {
      at: number;
      type: 'producer.update';
      producer: string;
      recordsPerSec?: number;
      acks?: Acks;
      /** linger.ms; like acks, a setting the application restarts its producer with. */
      lingerMs?: number;
      /** batch.size in bytes (0 = one record per batch). */
      batchSize?: number;
    }
  /** The producer closes (a console producer's Ctrl+C): no new records; in-flight ones complete. */
  | { at: number; type: 'producer.close'; producer: string }
  /** A new producer starts (as a scenario producer would); a taken id or unknown topic: ignored. */
  | { at: number; type: 'producer.create'; producer: ProducerSpec }
  /** A new consumer group starts consuming (auto.offset.reset applies); a taken id: ignored. */
  | { at: number; type: 'group.create'; group: ConsumerGroupSpec }
  /**
   * Run `members` (0..16) consumer instances of the group. 0 = the application is offline: the
   * group is Empty and keeps its committed offsets while records wait in Kafka. Counts running
   * instances only: a crashed one (consumer.crash) is not running, though the coordinator keeps it
   * until its session expires. Stopped instances (the newest running) close cleanly: commit with
   * auto-commit, then LeaveGroup.
   */
  | { at: number; type: 'group.scale'; groupId: string; members: number }
  /**
   * kafka-consumer-groups.sh --reset-offsets --to-earliest|--to-latest --execute: only for an
   * inactive (Empty) group; with members, Kafka refuses and nothing changes.
   */
  | { at: number; type: 'group.resetOffsets'; groupId: string; to: 'earliest' | 'latest' }
  /**
   * The application calls commitSync() on every running instance: an OffsetCommit of each
   * instance's positions to the coordinator (the manual commit of enable.auto.commit=false).
   */
  | { at: number; type: 'group.commit'; groupId: string }
  /**
   * The consumer instance `clientId` dies without a LeaveGroup (kill -9): the coordinator keeps it
   * until session.timeout.ms passes with no heartbeat, then rebalances.
   */
  | { at: number; type: 'consumer.crash'; groupId: string; clientId: string }
  /**
   * The instance's application stops calling poll() (stuck processing). Its heartbeat thread keeps
   * it in the group until max.poll.interval.ms, then it sends LeaveGroup.
   */
  | { at: number; type: 'consumer.stall'; groupId: string; clientId: string }
  /** The stalled instance polls again (and rejoins if it had left). */
  | { at: number; type: 'consumer.resume'; groupId: string; clientId: string }
  /** bin/zookeeper-server-start.sh: ZooKeeper starts serving (its znodes persist in dataDir). */
  | { at: number; type: 'zookeeper.start' }
  /** Ctrl+C / zookeeper-server-stop.sh: ignored while a broker process runs (see DESIGN note). */
  | { at: number; type: 'zookeeper.stop' }
  /**
   * bin/kafka-server-start.sh: broker `broker` (server.properties broker.id) starts, created if
   * this id never ran; a stopped or crashed broker with this id restarts. `port` and `logDirs` come
   * from `listeners` and `log.dirs`; `configs` are the file's broker settings (applied cluster-wide:
   * one set of broker settings is a teaching simplification).
   */
  | {
      at: number;
      type: 'broker.start';
      broker: number;
      port: number;
      logDirs: string;
      configs: BrokerConfigs;
    }
  /** bin/kafka-server-stop.sh or Ctrl+C: a clean shutdown (its ZooKeeper session closes at once). */
  | { at: number; type: 'broker.stop'; broker: number }
  /** kafka-topics.sh --alter --partitions N: partitions added (never removed). */
  | { at: number; type: 'topic.addPartitions'; topic: string; partitions: number }
  /** kafka-topics.sh --delete: the topic is marked for deletion; the controller deletes it. */
  | { at: number; type: 'topic.delete'; topic: string }
  /**
   * kafka-leader-election.sh: an ElectLeaders request to the controller, for the listed partitions
   * (`null` = --all-topic-partitions).
   */
  | {
      at: number;
      type: 'partition.elect';
      electionType: 'preferred' | 'unclean';
      partitions: { topic: string; partition: number }[] | null;
    }
  /**
   * What the learner typed into terminal `session` (a tab, from 0): a command line, or a line read
   * by the running foreground process. The model ignores it; the terminal replays it from here.
   */
  | { at: number; type: 'terminal.line'; session: number; line: string }
  /** Ctrl+C in terminal `session` (the model ignores it). */
  | { at: number; type: 'terminal.interrupt'; session: number }
  /** The foreground process of `session` ended by itself (--max-messages reached, broker stopped). */
  | { at: number; type: 'terminal.exit'; session: number }
  /** A file saved in the terminal's editor (config/server.properties); the model ignores it. */
  | { at: number; type: 'terminal.file'; path: string; content: string };

export type ScenarioActionType = ScenarioAction['type'];

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  /** Seed of the one PRNG the model uses. */
  seed: number;
  /** Number of brokers; ids are 1..brokers. */
  brokers: number;
  brokerConfigs: BrokerConfigs;
  /** One-way network latency in ms between any two nodes. */
  networkLatencyMs: number;
  topics: TopicSpec[];
  producers: ProducerSpec[];
  consumerGroups: ConsumerGroupSpec[];
  /** Sorted by `at`; equal times keep their order. */
  actions: ScenarioAction[];
  /**
   * 'manual': an empty machine. ZooKeeper and the brokers are not running at time 0 and start by
   * `zookeeper.start` / `broker.start` (the terminal's commands); `brokers` and `topics` are then
   * empty. Absent: ZooKeeper runs and brokers 1..brokers start at time 0 (each on its own host
   * `broker-N`, port 9092).
   */
  startup?: 'manual';
}
