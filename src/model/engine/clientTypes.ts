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
  /**
   * When the follow-up rebalance of a cooperative rebalance completes (the members that revoked
   * partitions rejoined), or -1 when none is in progress.
   */
  rejoinAt: number;
}
