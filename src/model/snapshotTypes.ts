// What the views may read: a plain, immutable picture of the cluster at one virtual instant.
// Everything a view draws comes from here; names follow Kafka's own vocabulary.

/** Network node ids: `zookeeper`, `broker-1`, `producer-1`, `consumer-<groupId>-<n>`. */
export type NodeId = string;

/** `stopped`: shut down cleanly (kafka-server-stop.sh); `crashed`: killed (a crash button). */
export type BrokerState = 'notStarted' | 'starting' | 'online' | 'crashed' | 'stopped';

export interface BrokerView {
  id: number;
  state: BrokerState;
  /** True while the broker's network links are cut (broker.isolate). */
  isolated: boolean;
  /** The broker's ZooKeeper session, or null when it has none. */
  zkSessionId: number | null;
  /** czxid of its /brokers/ids/N znode (Kafka's broker epoch), or null while unregistered. */
  brokerEpoch: number | null;
  /** This broker's own belief: the controller epoch it last accepted a request from. */
  knownControllerEpoch: number;
  /** Where it listens: `broker-N`:9092 in the sandbox, `localhost`:<listeners port> when started by the terminal. */
  host: string;
  port: number;
  /** Its log.dirs. */
  logDirs: string;
  /** When its process last started (virtual ms), or null if it never ran. */
  startedAt: number | null;
}

export interface ZnodeView {
  path: string;
  /** Data as Kafka writes it (JSON text for most znodes, decimal text for /controller_epoch). */
  data: string;
  /** Session that owns an ephemeral znode; null for persistent ones. */
  ephemeralOwner: number | null;
  /** Data version (zkVersion), used for conditional updates. */
  version: number;
  czxid: number;
}

export interface ZkSessionView {
  id: number;
  /** Broker that owns it. */
  brokerId: number;
  /** Virtual time at which it expires unless a heartbeat arrives. */
  expiresAt: number;
  state: 'connected' | 'expired' | 'closed';
}

export type PartitionState =
  'NonExistentPartition' | 'NewPartition' | 'OnlinePartition' | 'OfflinePartition';

/** ReplicaStateMachine's states (the three deletion states while TopicDeletionManager works). */
export type ReplicaState =
  | 'NonExistentReplica'
  | 'NewReplica'
  | 'OnlineReplica'
  | 'OfflineReplica'
  | 'ReplicaDeletionStarted'
  | 'ReplicaDeletionSuccessful'
  | 'ReplicaDeletionIneligible';

export interface RecordView {
  offset: number;
  key: string | null;
  value: string;
  /** CreateTime, virtual ms. */
  timestamp: number;
  /** partitionLeaderEpoch of the batch it was written in. */
  leaderEpoch: number;
  /** Id of the record in the producer ledger (see ProducedRecordView), e.g. `producer-1#17`. */
  recordId: string;
}

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

export interface TruncationView {
  at: number;
  /** LEO before truncation. */
  fromOffset: number;
  /** LEO after truncation. */
  toOffset: number;
  /** The records that were cut off. */
  records: RecordView[];
}

export interface ReplicaView {
  brokerId: number;
  /** Kafka's replica state as the controller sees it. */
  state: ReplicaState;
  /** The broker's own view: is it leading or following this partition right now. */
  role: 'leader' | 'follower' | 'none';
  inIsr: boolean;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  /** The replica's leader-epoch cache (leader-epoch-checkpoint). */
  leaderEpochCache: EpochEntry[];
  /** The tail of the log: at most the last `recordWindow` records (see ClusterSnapshot). */
  records: RecordView[];
  /** Truncations this replica went through, oldest first. */
  truncations: TruncationView[];
  /** The partition directory's segments (`<logDirs>/<topic>-<partition>/`), oldest first; the last is active. */
  segments: SegmentView[];
}

/** An offset-index entry (8 bytes in `.index`): offset − baseOffset, and the batch's byte position in `.log`. */
export interface OffsetIndexEntryView {
  relativeOffset: number;
  position: number;
}

/** A time-index entry (12 bytes in `.timeindex`): a timestamp and the relative offset it was reached at. */
export interface TimeIndexEntryView {
  timestamp: number;
  relativeOffset: number;
}

/**
 * One log segment (LogSegment): the files `<fileStem>.log`, `<fileStem>.index`, `<fileStem>.timeindex`.
 * Sizes are RecordBatch v2's real sizes (61-byte batch header plus the records).
 */
export interface SegmentView {
  baseOffset: number;
  /** The base offset zero-padded to 20 digits, e.g. `00000000000000000000`. */
  fileStem: string;
  /** Size of the `.log` file in bytes. */
  sizeInBytes: number;
  batchCount: number;
  recordCount: number;
  /** Offset after its last record (baseOffset when empty). */
  nextOffset: number;
  /**
   * The timestamp segment.ms is measured from (LogSegment.rollingBasedTimestamp): the largest
   * timestamp of the segment's first append (its first batch at the leader), null when empty.
   */
  firstTimestamp: number | null;
  /** The largest record timestamp in the segment, null when empty. */
  largestTimestamp: number | null;
  /** Virtual time the segment was created (or emptied by a truncation). */
  createdAt: number;
  /** The last SEGMENT_INDEX_VIEW_LIMIT (64) entries; `offsetIndexCount` is the total. */
  offsetIndexEntries: OffsetIndexEntryView[];
  offsetIndexCount: number;
  /** The last 64 entries; `timeIndexCount` is the total. */
  timeIndexEntries: TimeIndexEntryView[];
  timeIndexCount: number;
  /** The active segment (the last one), the only one appended to. */
  active: boolean;
}

export interface PartitionView {
  topic: string;
  partition: number;
  /** Assignment order; the first one is the preferred leader. */
  replicas: number[];
  /** As ZooKeeper's partition state znode holds them. null = no leader (Kafka prints `none`). */
  leader: number | null;
  leaderEpoch: number;
  isr: number[];
  /** The partition state znode's version. */
  zkVersion: number;
  state: PartitionState;
  replicaViews: ReplicaView[];
}

export interface TopicView {
  name: string;
  topicId: string;
  configs: Record<string, string>;
  partitions: PartitionView[];
  /** kafka-topics.sh --delete asked for it; the controller has not finished deleting it. */
  markedForDeletion: boolean;
}

export type ProducedRecordFate =
  | 'pending'
  | 'acknowledged'
  | 'failed'
  /** Acknowledged, and later gone from every live replica's log. */
  | 'lost';

export interface ProducedRecordView {
  recordId: string;
  producerId: string;
  topic: string;
  partition: number;
  key: string | null;
  value: string;
  sentAt: number;
  fate: ProducedRecordFate;
  /** Offset assigned by the leader, once known. */
  offset: number | null;
  /** Kafka error name for a failure, e.g. NOT_ENOUGH_REPLICAS. */
  error: string | null;
}

export interface ProducerView {
  id: string;
  topic: string;
  acks: 'all' | '1' | '0';
  recordsPerSec: number;
  sent: number;
  acknowledged: number;
  failed: number;
  inFlight: number;
  lastError: string | null;
}

export interface ConsumerMemberView {
  memberId: string;
  clientId: string;
  assignment: { topic: string; partition: number }[];
  /**
   * Partitions it revoked in the cooperative rebalance in progress (cooperative-sticky, KIP-429):
   * they go to their new owners in the follow-up rebalance. Empty otherwise.
   */
  revoked: { topic: string; partition: number }[];
}

export interface ConsumerOffsetView {
  topic: string;
  partition: number;
  /** Next offset the group will read (position). */
  position: number;
  /** Last committed offset, or null if none. */
  committed: number | null;
  /**
   * High watermark as the consumer last saw it; lag = highWatermark − position. For an Empty group
   * or one with recordsPerSecPerMember, the leader's current HW (as kafka-consumer-groups.sh shows).
   */
  highWatermark: number;
}

export interface ConsumerGroupView {
  groupId: string;
  state: 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';
  generationId: number;
  /** The assignor chosen for this generation (partition.assignment.strategy vote); '' when Empty. */
  protocol: string;
  members: ConsumerMemberView[];
  offsets: ConsumerOffsetView[];
  /** Records read so far, all partitions. */
  consumed: number;
}

export type MessageKind =
  | 'Produce'
  | 'ProduceResponse'
  | 'Fetch'
  | 'FetchResponse'
  | 'LeaderAndIsr'
  | 'UpdateMetadata'
  | 'AlterIsr'
  | 'AlterIsrResponse'
  | 'Metadata'
  | 'MetadataResponse'
  | 'ZkRequest'
  | 'ZkResponse'
  | 'ZkHeartbeat'
  | 'ZkWatchEvent';

export interface MessageView {
  id: number;
  kind: MessageKind;
  from: NodeId;
  to: NodeId;
  sentAt: number;
  arriveAt: number;
  /** Short text for a tooltip: the partitions, offsets or znode it is about. */
  summary: string;
}

export type TimelineEventKind =
  | 'broker.started'
  | 'broker.crashed'
  | 'broker.restarted'
  | 'broker.isolated'
  | 'broker.reconnected'
  | 'session.expired'
  | 'znode.deleted'
  | 'controller.elected'
  | 'leader.elected'
  | 'partition.offline'
  | 'isr.shrink'
  | 'isr.expand'
  | 'log.truncated'
  | 'log.segmentsDeleted'
  | 'data.loss'
  | 'produce.failed'
  | 'topic.created'
  | 'config.changed'
  | 'producer.created'
  | 'group.created'
  | 'group.scaled'
  | 'group.offsetsReset'
  | 'group.resetRefused'
  | 'group.offsetOutOfRange'
  /** A consumer group's new generation got its assignment: { groupId, generation, protocol }. */
  | 'group.rebalanced'
  | 'zookeeper.started'
  | 'zookeeper.stopped'
  | 'broker.stopped'
  /** A broker gave up connecting to ZooKeeper (zookeeper.connection.timeout.ms) and exited. */
  | 'broker.startFailed'
  | 'topic.partitionsAdded'
  | 'topic.deleted';

export interface TimelineEvent {
  /** Stable id within a run: `<time>-<seq>`. */
  id: string;
  at: number;
  kind: TimelineEventKind;
  /** Broker the event is about, if any. */
  broker?: number;
  /** `topic-partition` the event is about, if any. */
  partition?: string;
  /** Parameters for the localised text, e.g. { from: '1,2,3', to: '1,2' }. */
  params: Record<string, string | number>;
}

export interface ClusterSnapshot {
  now: number;
  /** The brokers' log directory: log.dirs in Kafka's shipped server.properties (KAFKA.md 2.1, 7.6). */
  logDirs: string;
  controller: { brokerId: number | null; epoch: number };
  brokers: BrokerView[];
  zookeeper: { znodes: ZnodeView[]; sessions: ZkSessionView[] };
  topics: TopicView[];
  producers: ProducerView[];
  /** Every record producers tried to send, with its fate (oldest first, last 500). */
  producedRecords: ProducedRecordView[];
  consumerGroups: ConsumerGroupView[];
  /** Whether ZooKeeper is serving (always, unless the scenario starts on an empty machine). */
  zookeeperRunning: boolean;
  /** Scenario.startup: 'manual' when ZooKeeper and brokers are started from the terminal. */
  startup: 'auto' | 'manual';
  /** Messages on the wire at `now`. */
  inFlight: MessageView[];
  /** Records per completed virtual second, the last 120 seconds (oldest first). */
  throughput: ThroughputSample[];
}

/** One completed virtual second of traffic: [second × 1000, (second + 1) × 1000) ms. */
export interface ThroughputSample {
  /** floor(t / 1000). */
  second: number;
  /**
   * Records appended to partition leaders' logs by Produce requests, all topics (a retried batch
   * the leader recognises as a duplicate is not appended again; acks=0 records count if written).
   */
  produced: number;
  /** Records consumed per group id (every group of the run, 0 when it read nothing). */
  consumed: Record<string, number>;
}
