// The world's plain-data types: everything a checkpoint copies and a digest hashes.
import type { Prng } from '../algorithms/prng';
import type { BrokerConfigs, TopicConfigs } from '../scenarioTypes';
import type {
  EpochEntry,
  MessageKind,
  NodeId,
  RecordView,
  ThroughputSample,
  TimelineEvent,
  TruncationView,
} from '../snapshotTypes';
import type { Chunked } from './chunked';
import type { Group, LedgerEntry, Producer } from './clientTypes';
import type { Body } from './messages';
import type { MsgTable } from './msgTable';
import type { BatchRecord, LogStorage } from '../storage/types';

/** A record as stored in a log; immutable and shared by every replica and checkpoint. */
export interface Rec extends RecordView, BatchRecord {
  producerId: string;
  seq: number;
}

/** An xstate machine's persisted part: value and context are enough to resolve its snapshot. */
export interface MachineState {
  value: string;
  context: Record<string, number | string | boolean>;
}

export interface Msg {
  id: number;
  kind: MessageKind;
  from: NodeId;
  to: NodeId;
  sentAt: number;
  arriveAt: number;
  body: Body;
}

/** Entry of the virtual-time queue; `seq` breaks ties in insertion order. */
export interface QEvent {
  at: number;
  seq: number;
  /** 0 message arrival (a = msg id), 1 xstate timer (s = timer key), 2 task. */
  type: 0 | 1 | 2;
  a: number;
  s: string;
  task: Task | null;
}

export type Task =
  | { t: 'producerTick'; producer: number; gen: number }
  | { t: 'producerRetry'; producer: number }
  | { t: 'producerMeta'; producer: number }
  | { t: 'producerSweep'; producer: number }
  /** A batch's linger.ms is over (clients/producer.ts trySend arms it; `at` tells stale ones apart). */
  | { t: 'producerLinger'; producer: number; at: number }
  | { t: 'groupTick'; group: number }
  /** A rate-limited consumer's fetch, delayed until it has budget again (clients/consumerFetch.ts). */
  | { t: 'memberKick'; group: number; clientId: string; at: number }
  /** A consumer's heartbeat thread wakes up (clients/groupMember.ts). */
  | { t: 'memberHeartbeat'; group: number; clientId: string; at: number }
  /** group.initial.rebalance.delay.ms of a rebalance from Empty ends (clients/coordinator/). */
  | { t: 'groupJoinDelay'; group: number; at: number }
  | { t: 'fetchExpire'; broker: number; parkId: number }
  | { t: 'isrExpiration'; broker: number; incarnation: number }
  | { t: 'brokerTick'; broker: number; incarnation: number }
  /** LogManager's kafka-log-retention task; its period is read when the broker starts. */
  | { t: 'logRetention'; broker: number; incarnation: number; periodMs: number }
  | { t: 'zkPing'; broker: number; incarnation: number }
  /** zookeeper.connection.timeout.ms after a start on an empty machine (broker/process.ts). */
  | { t: 'zkConnectTimeout'; broker: number; incarnation: number }
  | { t: 'fetcherRetry'; broker: number; leader: number; incarnation: number };

export interface TimerEntry {
  seq: number;
  /** Entity key: `broker:1`, `session:3`, `controller:2`. */
  entity: string;
  event: { type: string };
}

export interface Znode {
  data: string;
  ephemeralOwner: number | null;
  version: number;
  czxid: number;
}

export interface ZkSession {
  id: number;
  brokerId: number;
  expiresAt: number;
  machine: MachineState;
}

export interface ZkState {
  znodes: Record<string, Znode>;
  zxid: number;
  nextSessionId: number;
  sessions: Record<number, ZkSession>;
  /** One-shot watches: path → watcher node ids. */
  dataWatches: Record<string, NodeId[]>;
  childWatches: Record<string, NodeId[]>;
}

export interface FollowerState {
  leo: number;
  lastCaughtUpTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
  lastFetchTimeMs: number;
}

export interface PendingProduce {
  msgFrom: NodeId;
  reqId: number;
  lastOffset: number;
  baseOffset: number;
  offsets: number[];
  deadline: number;
}

/** One broker's replica of one partition (the in-memory part; its log is in World.logs). */
export interface Replica {
  /** Key of its log in World.logs: `<topic>-<partition>@<broker>`. */
  logKey: string;
  topic: string;
  partition: number;
  brokerId: number;
  leo: number;
  hw: number;
  logStart: number;
  epochCache: EpochEntry[];
  role: 'leader' | 'follower' | 'none';
  leader: number;
  leaderEpoch: number;
  isr: number[];
  /** ISR change sent to the controller and not yet answered (AlterIsr, KIP-497). */
  pendingIsr: number[] | null;
  pendingIsrSentAt: number;
  zkVersion: number;
  replicas: number[];
  leaderEpochStartOffset: number;
  followers: Record<number, FollowerState>;
  purgatory: PendingProduce[];
  /** ProducerStateManager: producer id → ring [next slot, seq0, offset0, ..., seq4, offset4]. */
  producerSeqs: Record<string, number[]>;
  truncations: TruncationView[];
}

export interface ParkedFetch {
  id: number;
  from: NodeId;
  reqId: number;
  consumer: boolean;
  deadline: number;
  /** tp keys it waits on. */
  tps: string[];
  body: Body;
}

export interface Fetcher {
  leader: number;
  /** tp key → next fetch offset is the replica's LEO; listed partitions only. */
  tps: string[];
  inFlight: boolean;
  reqId: number;
  sentAt: number;
  /** Incarnation of the leader broker when the fetch was sent (a restart loses the request). */
  leaderIncarnation: number;
}

export interface PartitionInfo {
  topic: string;
  partition: number;
  replicas: number[];
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
}

export interface ControllerCtx {
  epoch: number;
  epochZkVersion: number;
  live: Record<number, number>;
  partitions: Record<string, PartitionInfo>;
  partitionStates: Record<string, string>;
  replicaStates: Record<string, string>;
  topics: string[];
}

export interface Broker {
  id: number;
  node: NodeId;
  machine: MachineState;
  controllerMachine: MachineState;
  /** Bumped on each crash, so tasks scheduled by an earlier life are ignored. */
  incarnation: number;
  /** Generation of the periodic tasks (isr-expiration, tick), restarted each time it comes online. */
  periodicGen: number;
  isolated: boolean;
  sessionId: number | null;
  brokerEpoch: number | null;
  knownControllerEpoch: number;
  activeControllerId: number;
  replicas: Record<string, Replica>;
  fetchers: Record<number, Fetcher>;
  parked: ParkedFetch[];
  nextParkId: number;
  /** When the parked-fetch expiry timer fires next, or -1 when none is armed. */
  parkTimerAt: number;
  metadata: Record<string, PartitionInfo>;
  liveBrokers: number[];
  controller: ControllerCtx | null;
  nextReqId: number;
  /** Where it listens and keeps its logs (server.properties listeners / log.dirs). */
  host: string;
  port: number;
  logDirs: string;
  /** When its process last started, or null if it never ran. */
  startedAt: number | null;
  /** Its process ended by a clean shutdown (kafka-server-stop.sh), not a crash. */
  stoppedCleanly: boolean;
}

export interface TopicMeta {
  name: string;
  topicId: string;
  partitions: number;
  configs: TopicConfigs;
  /** /admin/delete_topics/<name> exists: the controller deletes the topic. Absent when not marked. */
  markedForDeletion?: boolean;
}

export interface World {
  now: number;
  seq: number;
  heap: QEvent[];
  /**
   * Message arrivals, in (at, seq) order from `arrivalsHead` on: every message takes the same
   * latency, so arrivals come in send order and a queue serves them cheaper than the heap.
   */
  arrivals: QEvent[];
  arrivalsHead: number;
  timers: Record<string, TimerEntry>;
  /** Copy-on-write generation of the chunked lists (bumped at every checkpoint and restore). */
  gen: number;
  nextMsgId: number;
  inFlight: MsgTable;
  prng: Prng;
  latency: number;
  brokerConfigs: BrokerConfigs;
  zk: ZkState;
  /** Whether ZooKeeper serves requests (false on an empty machine until zookeeper.start). */
  zkRunning: boolean;
  /** Scenario.startup: brokers and ZooKeeper started by the learner ('manual') or at time 0. */
  startup: 'auto' | 'manual';
  brokers: Broker[];
  topics: Record<string, TopicMeta>;
  topicOrder: string[];
  logs: Record<string, Chunked<Rec>>;
  /** Each log's batches and segments, keyed like `logs` (storage/segments.ts). */
  storage: Record<string, LogStorage>;
  producers: Producer[];
  groups: Group[];
  ledger: Chunked<LedgerEntry>;
  /** tp → ledger indexes of acknowledged records, in ack order. */
  acked: Record<string, Chunked<number>>;
  timeline: TimelineEvent[];
  timelineSeq: number;
  nextAction: number;
  /** Last broker that was an active controller, for views when none is active. */
  lastControllerId: number | null;
  /**
   * Completed virtual seconds (oldest first, at most THROUGHPUT_SECONDS) and the second in
   * progress: records appended by partition leaders and records consumed per group
   * (engine/throughput.ts). Left out of the digest: see digest.ts.
   */
  throughput: ThroughputSample[];
  throughputNow: ThroughputSample;
}

export type * from './clientTypes';
