// Produce at the leader: acks=0/1/all, min.insync.replicas, idempotent dedup, the produce purgatory.
import { minIsr } from '../engine/config';
import type { Body } from '../engine/messages';
import { send } from '../engine/network';
import { countProduced } from '../engine/throughput';
import type { Broker, Msg, Rec, World } from '../engine/types';
import { maybeIncrementHw } from './leader';
import { RECORD_BATCH_OVERHEAD, recordSizeInBytes } from '../storage/recordBatchSize';
import { appendLeaderBatch, appendRecord, checkSequence, tpKey, type SequenceCheck } from './log';
import { partitionError, wakeParked } from './serveFetch';

type ProduceBody = Extract<Body, { t: 'produce' }>;

/** The check of a record from a non-idempotent producer: shared, never changed. */
const NEW_RECORD: SequenceCheck = Object.freeze({ kind: 'new' });

/**
 * Scratch list of one request's sequence checks, items [0, n) (handleProduce never runs inside
 * itself); reset to the shared check after use, so it keeps no duplicate's result alive.
 */
const CHECKS: SequenceCheck[] = [];

function releaseChecks(n: number): void {
  for (let i = 0; i < n; i++) CHECKS[i] = NEW_RECORD;
}

function reply(
  w: World,
  b: Broker,
  m: Msg,
  body: ProduceBody,
  error: string | null,
  baseOffset: number,
  offsets: number[] = [],
): void {
  // acks=0: the broker never answers (KafkaApis, produceRequest.acks == 0).
  if (body.acks === 0) return;
  send(w, 'ProduceResponse', b.node, m.from, {
    t: 'produceResp',
    reqId: body.reqId,
    error,
    baseOffset,
    offsets,
  });
}

export function handleProduce(w: World, b: Broker, m: Msg, body: ProduceBody): void {
  const tp = tpKey(body.topic, body.partition);
  const r = b.replicas[tp];
  if (!r || r.role !== 'leader') {
    reply(w, b, m, body, partitionError(b, r, tp), -1);
    return;
  }
  // Partition.appendRecordsToLeader: with acks=all, refuse before appending when ISR < min.insync.replicas.
  if (body.acks === -1 && r.isr.length < minIsr(w, r.topic)) {
    reply(w, b, m, body, 'NOT_ENOUGH_REPLICAS', -1);
    return;
  }
  // ProducerStateManager: check every record's sequence first; a gap rejects the whole batch.
  // The checks go to a reused scratch list (handleProduce never runs inside itself).
  const records = body.records;
  const n = records.length;
  const checks = CHECKS;
  let lastSeq: number | null = null;
  // The new records form one RecordBatch v2, described on its first record (storage/types.ts):
  // its size (storage/recordBatchSize.ts), last offset and max timestamp, computed first.
  let batchRecords = 0;
  let batchBaseTimestamp = 0;
  let batchMaxTimestamp = -1;
  let batchSize = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < n; i++) {
    const rec = records[i] as (typeof records)[number];
    const check: SequenceCheck = body.idempotent
      ? checkSequence(w, r, body.producer, rec.seq, lastSeq)
      : NEW_RECORD;
    if (check.kind === 'outOfOrder') {
      releaseChecks(i);
      reply(w, b, m, body, 'OUT_OF_ORDER_SEQUENCE_NUMBER', -1);
      return;
    }
    checks[i] = check;
    if (check.kind !== 'new') continue;
    lastSeq = rec.seq;
    if (batchRecords === 0) batchBaseTimestamp = rec.timestamp;
    if (rec.timestamp > batchMaxTimestamp) batchMaxTimestamp = rec.timestamp;
    batchSize += recordSizeInBytes(
      batchRecords,
      rec.timestamp - batchBaseTimestamp,
      rec.key,
      rec.value,
    );
    batchRecords++;
  }
  const batchBase = r.leo;
  const batchLast = batchBase + batchRecords - 1;
  let baseOffset = -1;
  let lastOffset = -1;
  // Exact size (one offset per record): an array pushed to from empty takes 16 slots.
  const offsets = new Array<number>(n);
  let first: Rec | null = null;
  for (let i = 0; i < n; i++) {
    const rec = records[i] as (typeof records)[number];
    const check = checks[i] as SequenceCheck;
    // A retried record already in the log is acknowledged, not written again.
    const offset = check.kind === 'duplicate' ? check.offset : r.leo;
    if (check.kind === 'new') {
      const isFirst = offset === batchBase;
      const stored: Rec = Object.freeze({
        offset,
        key: rec.key,
        value: rec.value,
        timestamp: rec.timestamp,
        leaderEpoch: r.leaderEpoch,
        recordId: rec.recordId,
        batchBytes: isFirst ? batchSize : 0,
        batchLastOffset: isFirst ? batchLast : -1,
        batchMaxTimestamp: isFirst ? batchMaxTimestamp : -1,
        producerId: body.producer,
        seq: rec.seq,
      });
      appendRecord(w, r, stored);
      if (isFirst) first = stored;
    }
    if (baseOffset < 0) baseOffset = offset;
    if (offset > lastOffset) lastOffset = offset;
    offsets[i] = offset;
  }
  releaseChecks(n);
  if (first !== null) {
    appendLeaderBatch(w, r, first);
    // The throughput series counts what leaders append (engine/throughput.ts).
    countProduced(w, batchRecords);
    wakeParked(w, b, tp, false);
    maybeIncrementHw(w, b, r);
  }
  if (body.acks !== -1) {
    reply(w, b, m, body, null, baseOffset, offsets);
    return;
  }
  if (r.hw > lastOffset) {
    const error = r.isr.length >= minIsr(w, r.topic) ? null : 'NOT_ENOUGH_REPLICAS_AFTER_APPEND';
    reply(w, b, m, body, error, baseOffset, offsets);
    return;
  }
  r.purgatory.push({
    msgFrom: m.from,
    reqId: body.reqId,
    lastOffset,
    baseOffset,
    offsets,
    deadline: w.now + body.timeoutMs,
  });
}
