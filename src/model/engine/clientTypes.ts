// The clients' plain-data state: producers with their ledger, consumer groups.
import type { AssignorName } from '../algorithms/assignors';
import type { StickyState } from '../algorithms/stickyPartitioner';
import type { Acks } from '../scenarioTypes';
import type { ProducedRecordView } from '../snapshotTypes';

/** A ledger entry is exactly what the views read of a produced record. */
export type LedgerEntry = ProducedRecordView;

export interface OutRecord {
  ledger: number;
  partition: number;
  seq: number;
  /** The producer id generation the sequence number belongs to (see Producer.pidGens). */
  pidGen: number;
  createdAt: number;
  notBefore: number;
  /**
   * When it entered the accumulator (linger.ms counts from its batch's first record), or RETRIED
   * (-1, clients/accumulator.ts) once it has been sent: a retry waits for notBefore only.
   */
  appendedAt: number;
}

export interface ProducerInFlight {
  reqId: number;
  broker: number;
  sentAt: number;
  records: OutRecord[];
}

export interface Producer {
  id: string;
  requestTimeoutMs: number;
  deliveryTimeoutMs: number;
  retryBackoffMs: number;
  /** batch.size: a partition's batch holds up to this many bytes (ProducerConfig, 16384). */
  batchSize: number;
  /** linger.ms: how long a batch that is not full waits for more records (ProducerConfig, 0 in 3.x). */
  lingerMs: number;
  /** When the producerLinger task armed last fires, or -1 when none is armed. */
  lingerArmedAt: number;
  tickGen: number;
  metaSentAt: number;
  topic: string;
  acks: Acks;
  recordsPerSec: number;
  keys: string[];
  count: number;
  sticky: StickyState;
  /** murmur2 partition per key, for the current partition count (a cache of partitionForKey). */
  keyPartitions: Record<string, number>;
  leaders: Record<number, number>;
  numPartitions: number;
  metaInFlight: boolean;
  metaWanted: boolean;
  bootstrapCursor: number;
  /** Next idempotence sequence number per partition (index = partition). */
  nextSeq: number[];
  /**
   * Per partition: how many times its sequence was reset under a new producer id, which restarts
   * it at 0. The idempotent producer does so on OUT_OF_ORDER_SEQUENCE_NUMBER when no earlier record
   * of the partition is pending (the broker lost them, or they expired): KIP-360's reset of a
   * partition's unresolved sequences. Teaching simplification: a new id stands for Kafka's epoch bump.
   */
  pidGens: number[];
  queue: OutRecord[];
  inFlight: ProducerInFlight[];
  nextReqId: number;
  sent: number;
  acknowledged: number;
  failed: number;
  lastError: string | null;
  /** Partitions whose last request failed: one timeline event per failing stretch, not per retry. */
  failingPartitions: number[];
  retryArmedAt: number;
  /** KafkaProducer.close(): sends nothing new; in-flight records still complete. */
  closed: boolean;
}

export interface GroupOffset {
  topic: string;
  partition: number;
  position: number;
  committed: number | null;
  highWatermark: number;
  /** Position is unknown until the first fetch resolves auto.offset.reset. */
  resolved: boolean;
}

export interface Member {
  memberId: string;
  clientId: string;
  assignment: string[];
  leaders: Record<string, number>;
  /** Per broker id: request id of the fetch in flight to it (0 = none), and when it was sent. */
  inFlightReq: number[];
  inFlightAt: number[];
  metaInFlight: boolean;
  metaSentAt: number;
  nextReqId: number;
  /**
   * The application's processing budget when its group has `recordsPerSecPerMember`, else
   * undefined (and then left out of the digest, as JSON drops undefined fields).
   */
  throttle: Throttle | undefined;
  /**
   * The generation of its last assignment, or -1 before its first (AbstractCoordinator.Generation;
   * a sticky assignor reads it with the owned partitions, AbstractStickyAssignor.DEFAULT_GENERATION).
   */
  generation: number;
  /**
   * Partitions it revoked in the cooperative rebalance in progress (KIP-429): they go to their new
   * owners in the follow-up rebalance. Empty otherwise.
   */
  revoked: string[];
  /**
   * Its last assignment from SyncGroup: what an eager sticky assignor remembers across the
   * revocation and sends in its subscription's user data (StickyAssignor.memberAssignment).
   */
  lastAssignment: string[];
  /** Where the instance is in the classic protocol (clients/groupMember.ts). */
  phase: MemberPhase;
  /** Its application stopped calling poll() (consumer.stall); the heartbeat thread runs on. */
  stalled: boolean;
  /** The coordinator it talks to, or -1 while unknown (AbstractCoordinator.coordinator). */
  coordinator: number;
  /** FindCoordinator / JoinGroup / SyncGroup in flight: its request id (0 none) and send time. */
  groupReq: number;
  groupReqAt: number;
  /** Heartbeat in flight (0 none) and when it was sent. */
  hbReq: number;
  hbSentAt: number;
  /** When the heartbeat thread sends next, or -1 when disabled. */
  nextHbAt: number;
  /** When the application last called poll(). */
  lastPollAt: number;
  /** The coordinator asked it to rejoin (REBALANCE_IN_PROGRESS) or it must rejoin itself. */
  rejoinNeeded: boolean;
  /** Why it rejoins (JoinGroup reason, KIP-800): 'join' or 'metadata'. */
  rejoinReason: string;
  /** Newly assigned partitions whose committed offsets an OffsetFetch is getting (not fetched yet). */
  initializing: string[];
  /** The OffsetFetch in flight (0 none). */
  offsetFetchReq: number;
  /**
   * As the group leader: the partition count per topic its last assignment was computed with
   * (ConsumerCoordinator.assignmentSnapshot); empty when it is not the leader.
   */
  assignedCounts: Record<string, number>;
}

/** clients/groupMember.ts: finding the coordinator, in JoinGroup, in SyncGroup, Stable, out. */
export type MemberPhase = 'finding' | 'joining' | 'syncing' | 'stable' | 'left' | 'crashed';

/** A member as the coordinator knows it (GroupCoordinator's MemberMetadata). */
export interface CoordMember {
  memberId: string;
  clientId: string;
  /** Its JoinGroup subscription: the partitions it owns and the generation they are from. */
  owned: string[];
  ownedGeneration: number;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  /** A JoinGroup waiting for the join to complete (its request id), 0 none. */
  joinReq: number;
  /** A SyncGroup waiting for the leader's assignment (its request id), 0 none. */
  syncReq: number;
  assignment: string[];
  lastHeartbeatAt: number;
  sessionExpiresAt: number;
}

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** The coordinator's group metadata (GroupMetadata), loaded wherever the coordinator is. */
export interface CoordGroup {
  state: GroupState;
  /** The broker that loaded the group, or -1 when no broker can coordinate it. */
  broker: number;
  /** In join order: the first is the leader when the leader goes (GroupMetadata.members). */
  members: CoordMember[];
  /** KIP-394: member ids handed out with MEMBER_ID_REQUIRED, not joined yet, and their expiry. */
  pending: string[];
  pendingExpiresAt: number[];
  leaderId: string;
  /** When a rebalance in progress stops waiting for members (rebalance timeout), or -1. */
  rebalanceDeadline: number;
  /** group.initial.rebalance.delay.ms timer of a rebalance from Empty (InitialDelayedJoin), or -1. */
  initialDelayAt: number;
}

/** A consumer instance's processing budget (a token bucket, in records). */
export interface Throttle {
  /** Records it may still process, as of `at`. */
  budget: number;
  at: number;
  /** When processing (waiting for budget) resumes, or -1 when not armed. */
  kickAt: number;
  /** Index into the assignment of the partition poll serves next. */
  next: number;
  /** tp → end offset of the fetched records waiting to be processed. */
  buffered: Record<string, number>;
}

export interface Group {
  groupId: string;
  reset: 'earliest' | 'latest';
  autoCommit: boolean;
  autoCommitIntervalMs: number;
  nextCommitAt: number;
  fetchMaxWaitMs: number;
  topics: string[];
  members: Member[];
  offsets: Record<string, GroupOffset>;
  consumed: number;
  generationId: number;
  /** ConsumerGroupSpec.recordsPerSecPerMember; undefined = as fast as fetches bring records. */
  ratePerMember: number | undefined;
  /**
   * The last n of `consumer-<groupId>-<n>` given to an instance; undefined until the group is
   * first scaled (then it is members.length). Undefined fields stay out of the digest.
   */
  clientSeq: number | undefined;
  /** partition.assignment.strategy, in preference order (shared by every member of the group). */
  strategies: AssignorName[];
  /** The assignor the coordinator chose for the current generation; '' while the group is Empty. */
  protocol: AssignorName | '';
  /** session.timeout.ms, heartbeat.interval.ms, max.poll.interval.ms of its members. */
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  /** The coordinator's side of the group (clients/coordinator/). */
  coord: CoordGroup;
}
