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
  /** batch.size and linger.ms in effect. */
  batchSize: number;
  lingerMs: number;
  /** Records in the accumulator: batched, waiting for linger.ms or a full batch, not yet sent. */
  accumulating: number;
  /** The accumulator's batches (RecordAccumulator's per-partition deques), oldest first. */
  batches: ProducerBatchView[];
}

/** One batch in a producer's accumulator, not yet in a Produce request. */
export interface ProducerBatchView {
  /** -1 while the producer has no metadata yet (no partition chosen). */
  partition: number;
  records: number;
  /** Estimated RecordBatch v2 size: 61-byte header plus its records (out of batch.size). */
  bytes: number;
  /** Full: no room for another record, so it goes as soon as it can. */
  full: boolean;
  /** Records being resent after a failed request (wait retry.backoff.ms, not linger.ms). */
  retry: boolean;
  /** When it entered the accumulator (linger.ms counts from here; for a retry, when it failed). */
  createdAt: number;
  /**
   * When it may go: createdAt + linger.ms, or the retry time; `now` or earlier when it could go
   * already but waits for a leader or a free request slot (max.in.flight.requests.per.connection).
   */
  readyAt: number;
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
  /**
   * Where the instance is in the classic protocol: looking for the coordinator (FindCoordinator),
   * waiting in JoinGroup, waiting in SyncGroup, Stable; `stalled` when its application stopped
   * polling (consumer.stall) but it is still in the group; `crashed` when its process is gone and
   * the coordinator still counts it until its session expires; `left` when it left the group after
   * max.poll.interval.ms and waits for its application to poll again.
   */
  status: 'finding' | 'joining' | 'syncing' | 'stable' | 'stalled' | 'crashed' | 'left';
  /** When the coordinator last heard from it (heartbeat, join or sync); -1 never. */
  lastHeartbeatAt: number;
  /**
   * When the coordinator removes it unless it hears from it again: lastHeartbeatAt +
   * session.timeout.ms; -1 when the coordinator does not know it (yet).
   */
  sessionExpiresAt: number;
  /** When its application last called poll(); max.poll.interval.ms counts from here. */
  lastPollAt: number;
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
  /**
   * The broker coordinating the group: the leader of `__consumer_offsets` partition
   * `offsetsPartition` (KAFKA.md 6.1); null when no broker can be.
   */
  coordinator: number | null;
  /** abs(groupId.hashCode) % offsets.topic.num.partitions (50). */
  offsetsPartition: number;
  /** The member the coordinator chose as leader of this generation (the first to join); null when none. */
  leaderId: string | null;
  /** enable.auto.commit; false = offsets are committed only by group.commit (commitSync). */
  autoCommit: boolean;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
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
  | 'ZkWatchEvent'
  // The classic group protocol, client ↔ coordinator (KAFKA.md 6.2).
  | 'FindCoordinator'
  | 'FindCoordinatorResponse'
  | 'JoinGroup'
  | 'JoinGroupResponse'
  | 'SyncGroup'
  | 'SyncGroupResponse'
  | 'Heartbeat'
  | 'HeartbeatResponse'
  | 'LeaveGroup'
  | 'LeaveGroupResponse'
  | 'OffsetCommit'
  | 'OffsetCommitResponse'
  | 'OffsetFetch'
  | 'OffsetFetchResponse';

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
  /**
   * The coordinator started a rebalance: { groupId, reason } with reason 'join' (a new member),
   * 'leave' (LeaveGroup), 'sessionTimeout', 'pollTimeout', 'metadata' (partition count changed).
   */
  | 'group.rebalanceStarted'
  /** The coordinator removed a member whose session expired: { groupId, clientId, timeoutMs }. */
  | 'group.memberExpired'
  /** A member left after max.poll.interval.ms without a poll: { groupId, clientId, timeoutMs }. */
  | 'group.pollTimeout'
  /** The group's coordinator moved to another broker: { groupId, from, to } (to may be 'none'). */
  | 'group.coordinatorMoved'
  /** An OffsetCommit the application asked for (group.commit): { groupId, partitions }. */
  | 'group.committed'
  | 'consumer.crashed'
  | 'consumer.stalled'
  | 'consumer.resumed'
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
