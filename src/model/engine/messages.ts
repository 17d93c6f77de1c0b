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
  | { t: 'metadataResp'; reqId: number; parts: PartitionInfo[]; live: number[] };

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
  }
}
