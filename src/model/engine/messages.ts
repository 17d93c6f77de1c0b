// Bodies of the network messages, one shape per Kafka RPC or ZooKeeper exchange.
import type { Rec, PartitionInfo } from './types';

export interface ProduceRecord {
  key: string | null;
  value: string;
  recordId: string;
  seq: number;
  timestamp: number;
}

export type ZkOp =
  | { op: 'create'; path: string; data: string; ephemeral: boolean }
  | { op: 'setData'; path: string; data: string; version: number }
  | { op: 'check'; path: string; version: number }
  | { op: 'delete'; path: string }
  /** Create /controller and bump /controller_epoch as one multi (KafkaZkClient.registerControllerAndIncrementControllerEpoch). */
  | { op: 'electController'; data: string };

/** One partition-state write by the controller, with the reason (for the timeline). */
export interface CtrlWrite {
  info: PartitionInfo;
  why: 'new' | 'clean' | 'unclean' | 'preferred' | 'isr';
  prevIsr: number[];
  prevLeader: number;
  create: boolean;
}

/** Why a ZooKeeper request was sent, so its response can be routed (plain data). */
export type ZkPurpose =
  | { p: 'connect' }
  | { p: 'register' }
  | { p: 'elect' }
  | { p: 'ctrlWrite'; writes: CtrlWrite[]; controllerEpoch: number }
  | {
      p: 'alterIsr';
      info: PartitionInfo;
      leaderNode: string;
      reqId: number;
      controllerEpoch: number;
    }
  | { p: 'admin' };

export interface FetchPartReq {
  tp: string;
  offset: number;
  lastFetchedEpoch: number;
}

export interface FetchPartResp {
  tp: string;
  error: string | null;
  /** Whole batches (a response never splits one): records from the first batch's base offset. */
  records: Rec[];
  hw: number;
  leo: number;
  /** The leader's log start offset (FetchResponse PartitionData.logStartOffset). */
  logStart: number;
  diverging: { epoch: number; endOffset: number } | null;
  /** Offset a consumer reset to (auto.offset.reset), or -1. */
  resetTo: number;
}

export type Body =
  | {
      t: 'produce';
      reqId: number;
      producer: string;
      /** enable.idempotence: sequence numbers are checked only for an idempotent producer. */
      idempotent: boolean;
      topic: string;
      partition: number;
      acks: number;
      timeoutMs: number;
      records: ProduceRecord[];
    }
  | {
      t: 'produceResp';
      reqId: number;
      error: string | null;
      baseOffset: number;
      /** Offset of each record of the request (a retried record keeps the offset it first got). */
      offsets: number[];
    }
  | {
      t: 'fetch';
      reqId: number;
      replicaId: number;
      maxWaitMs: number;
      reset: 'earliest' | 'latest';
      parts: FetchPartReq[];
    }
  | { t: 'fetchResp'; reqId: number; replicaId: number; parts: FetchPartResp[] }
  | { t: 'lai'; controllerId: number; controllerEpoch: number; parts: PartitionInfo[] }
  | {
      t: 'um';
      controllerId: number;
      controllerEpoch: number;
      live: number[];
      parts: PartitionInfo[];
    }
  | { t: 'alterIsr'; reqId: number; brokerId: number; info: PartitionInfo }
  | { t: 'alterIsrResp'; reqId: number; error: string | null; info: PartitionInfo }
  | {
      t: 'zkReq';
      reqId: number;
      sessionId: number;
      ops: ZkOp[];
      watch: string[];
      purpose: ZkPurpose;
    }
  | {
      t: 'zkResp';
      reqId: number;
      sessionId: number;
      error: string | null;
      /** czxid of created nodes / new versions of set nodes, per op. */
      results: number[];
      purpose: ZkPurpose;
    }
  | { t: 'ping'; sessionId: number }
  | { t: 'pong'; sessionId: number; expired: boolean }
  | {
      t: 'watch';
      sessionId: number;
      path: string;
      type: 'NodeDeleted' | 'NodeChildrenChanged' | 'NodeCreated' | 'NodeDataChanged';
    }
  | { t: 'metadata'; reqId: number; topics: string[] }
  | { t: 'metadataResp'; reqId: number; parts: PartitionInfo[]; live: number[] }
  | GroupBody;

/** A JoinGroup member as the leader's response lists it: its subscription (owned partitions). */
export interface JoinedMember {
  memberId: string;
  owned: string[];
  generation: number;
}

/** The classic group protocol, client ↔ coordinator (KAFKA.md 6.2; clients/groupMember.ts). */
export type GroupBody =
  | { t: 'findCoordinator'; reqId: number; groupId: string }
  | { t: 'findCoordinatorResp'; reqId: number; error: string | null; coordinator: number }
  | {
      t: 'joinGroup';
      reqId: number;
      groupId: string;
      memberId: string;
      /** KIP-800 reason: 'join' or 'metadata'. */
      reason: string;
      sessionTimeoutMs: number;
      rebalanceTimeoutMs: number;
      owned: string[];
      generation: number;
    }
  | {
      t: 'joinGroupResp';
      reqId: number;
      error: string | null;
      generation: number;
      protocol: string;
      leaderId: string;
      memberId: string;
      /** Every member's subscription for the leader; empty for the others. */
      members: JoinedMember[];
    }
  | {
      t: 'syncGroup';
      reqId: number;
      groupId: string;
      memberId: string;
      generation: number;
      /** The leader's assignment per member id (tp keys); null from a follower. */
      assignment: Record<string, string[]> | null;
    }
  | { t: 'syncGroupResp'; reqId: number; error: string | null; assignment: string[] }
  | { t: 'heartbeat'; reqId: number; groupId: string; memberId: string; generation: number }
  | { t: 'heartbeatResp'; reqId: number; error: string | null }
  | { t: 'leaveGroup'; groupId: string; memberId: string; reason: string }
  | { t: 'leaveGroupResp'; error: string | null }
  | {
      t: 'offsetCommit';
      reqId: number;
      groupId: string;
      memberId: string;
      generation: number;
      offsets: { tp: string; offset: number }[];
      /** Asked for by the application (commitSync, group.commit), not auto-commit. */
      manual: boolean;
    }
  | { t: 'offsetCommitResp'; reqId: number; error: string | null }
  | { t: 'offsetFetch'; reqId: number; groupId: string; tps: string[] }
  | {
      t: 'offsetFetchResp';
      reqId: number;
      error: string | null;
      tps: string[];
      /** Committed offset per partition of `tps`, -1 for none. */
      offsets: number[];
    };

/** `consumer-g1-2-<uuid>` → `consumer-g1-2` (generateMemberId appends `-` and a 36-character UUID). */
function short(memberId: string): string {
  return memberId.length > 37 ? memberId.slice(0, -37) : memberId;
}

function groupSummary(b: GroupBody): string {
  switch (b.t) {
    case 'findCoordinator':
      return `FindCoordinator ${b.groupId}`;
    case 'findCoordinatorResp':
      return b.error ?? `coordinator broker-${b.coordinator}`;
    case 'joinGroup':
      return b.memberId === ''
        ? `JoinGroup ${b.groupId} (new member)`
        : `JoinGroup ${b.groupId} ${short(b.memberId)}`;
    case 'joinGroupResp':
      if (b.error !== null)
        return b.error === 'MEMBER_ID_REQUIRED'
          ? `MEMBER_ID_REQUIRED ${short(b.memberId)}`
          : b.error;
      return b.members.length > 0
        ? `gen ${b.generation} ${b.protocol} (leader: ${b.members.length} members' subscriptions)`
        : `gen ${b.generation} ${b.protocol}, leader ${short(b.leaderId)}`;
    case 'syncGroup':
      return b.assignment === null
        ? `SyncGroup ${b.groupId} gen ${b.generation}`
        : `SyncGroup (leader: ${Object.keys(b.assignment).length} members' assignment)`;
    case 'syncGroupResp':
      return b.error ?? `assignment [${b.assignment.join(', ')}]`;
    case 'heartbeat':
      return `Heartbeat ${short(b.memberId)} gen ${b.generation}`;
    case 'heartbeatResp':
    case 'leaveGroupResp':
    case 'offsetCommitResp':
      return b.error ?? 'OK';
    case 'leaveGroup':
      return `LeaveGroup ${short(b.memberId)}: ${b.reason}`;
    case 'offsetCommit':
      return `OffsetCommit ${b.offsets.map((o) => `${o.tp}@${o.offset}`).join(', ')}`;
    case 'offsetFetch':
      return `OffsetFetch ${b.tps.join(', ')}`;
    case 'offsetFetchResp':
      return b.error ?? b.offsets.map((o) => (o < 0 ? 'none' : String(o))).join(', ');
  }
}

export function summarize(b: Body): string {
  switch (b.t) {
    case 'produce':
      return `${b.topic}-${b.partition} ${b.records.length} record(s) acks=${b.acks === -1 ? 'all' : b.acks}`;
    case 'produceResp':
      return b.error ?? `baseOffset ${b.baseOffset}`;
    case 'fetch':
      return b.parts.map((p) => `${p.tp}@${p.offset}`).join(', ');
    case 'fetchResp':
      return b.parts
        .map((p) => `${p.tp}: ${p.error ?? `${p.records.length} record(s), HW ${p.hw}`}`)
        .join(', ');
    case 'lai':
    case 'um':
      return `controllerEpoch ${b.controllerEpoch}: ${b.parts
        .map((p) => `${p.topic}-${p.partition} leader ${p.leader} epoch ${p.leaderEpoch}`)
        .join(', ')}`;
    case 'alterIsr':
    case 'alterIsrResp':
      return `${b.info.topic}-${b.info.partition} isr [${b.info.isr.join(',')}]`;
    case 'zkReq':
      return b.ops.map((o) => `${o.op} ${'path' in o ? o.path : '/controller'}`).join('; ');
    case 'zkResp':
      return b.error ?? 'OK';
    case 'ping':
      return `session ${b.sessionId}`;
    case 'pong':
      return b.expired ? 'SESSION_EXPIRED' : `session ${b.sessionId}`;
    case 'watch':
      return `${b.type} ${b.path}`;
    case 'metadata':
      return b.topics.join(', ');
    case 'metadataResp':
      return `${b.parts.length} partition(s)`;
    default:
      return groupSummary(b);
  }
}
