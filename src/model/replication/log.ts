// A replica's log: append, truncate, the leader-epoch cache (LeaderEpochFileCache) and producer dedup.
import { get, push, slice, truncate } from '../engine/chunked';
import { emit } from '../engine/timeline';
import type { Rec, Replica, World } from '../engine/types';
import type { Chunked } from '../engine/chunked';
import { emptyChunked } from '../engine/chunked';
import {
  appendBatch,
  appendBatches,
  batchStartOf,
  newSegment,
  storageOf,
  truncateStorage,
} from '../storage/segments';

// Derived cache (a pure function of its arguments): `<topic>-<partition>` strings per topic, built
// once, so hot paths neither build a string per call nor compare freshly built ones.
const tpKeys = new Map<string, string[]>();

export function tpKey(topic: string, partition: number): string {
  if (partition < 0 || partition >= 65536 || (partition | 0) !== partition)
    return `${topic}-${partition}`;
  let keys = tpKeys.get(topic);
  if (keys === undefined) tpKeys.set(topic, (keys = []));
  const k = keys[partition];
  if (k !== undefined) return k;
  return (keys[partition] = `${topic}-${partition}`);
}
export const logKey = (tp: string, broker: number): string => `${tp}@${broker}`;

export function logOf(w: World, r: Replica): Chunked<Rec> {
  return w.logs[r.logKey] ?? (w.logs[r.logKey] = emptyChunked<Rec>());
}

export function latestEpoch(r: Replica): number {
  return r.epochCache.length ? (r.epochCache[r.epochCache.length - 1]?.epoch ?? -1) : -1;
}

/**
 * LeaderEpochFileCache.assign (K@2.8.2): a new entry when the epoch differs from the latest one (or
 * starts earlier); entries at or past it in epoch or start offset are dropped first
 * (maybeTruncateNonMonotonicEntries), so the cache stays strictly increasing in both.
 */
export function assignEpoch(r: Replica, epoch: number, startOffset: number): void {
  const cache = r.epochCache;
  const last = cache[cache.length - 1];
  if (last && last.epoch === epoch && startOffset >= last.startOffset) return;
  let keep = cache.length;
  while (keep > 0) {
    const e = cache[keep - 1] as { epoch: number; startOffset: number };
    if (e.epoch < epoch && e.startOffset < startOffset) break;
    keep--;
  }
  if (keep < cache.length) r.epochCache = cache.slice(0, keep);
  r.epochCache.push({ epoch, startOffset });
}

/**
 * LeaderEpochFileCache.endOffsetFor: for the requested epoch, the largest cached epoch ≤ it and
 * that epoch's end (the start of the next higher epoch, or the LEO for the latest epoch).
 */
export function endOffsetForEpoch(r: Replica, epoch: number): { epoch: number; endOffset: number } {
  const cache = r.epochCache;
  const latest = latestEpoch(r);
  if (epoch === latest) return { epoch, endOffset: r.leo };
  let found = -1;
  for (let i = 0; i < cache.length; i++) {
    const e = cache[i];
    if (e && e.epoch <= epoch) found = i;
  }
  // LeaderEpochFileCache.endOffsetFor (K@3.6.2): an epoch older than every cached one (the cache
  // lost its head to retention: truncateFromStart) ends where the first cached epoch starts.
  if (found < 0) {
    const first = cache[0];
    if (!first || epoch < 0) return { epoch: -1, endOffset: -1 };
    return { epoch, endOffset: first.startOffset };
  }
  const next = cache[found + 1];
  return { epoch: cache[found]?.epoch ?? -1, endOffset: next ? next.startOffset : r.leo };
}

/**
 * ProducerStateManager (K@2.8.2): per producer, the broker remembers its latest sequence numbers so a
 * retried batch is acknowledged instead of written twice. Kafka keeps the last 5 batches
 * (NumBatchesToRetain); the simulation sends one record per batch in the common case and keeps
 * the last SEQ_RING records, written in place as (seq, offset) pairs: no garbage per record.
 */
const SEQ_RING = 16;

function rememberSeq(r: Replica, producerId: string, seq: number, offset: number): void {
  let ring = r.producerSeqs[producerId];
  if (!ring) {
    ring = [0, ...new Array<number>(2 * SEQ_RING).fill(-1)];
    r.producerSeqs[producerId] = ring;
  }
  const slot = ring[0] as number;
  ring[1 + 2 * slot] = seq;
  ring[2 + 2 * slot] = offset;
  ring[0] = (slot + 1) % SEQ_RING;
}

/** How the leader treats an incoming record's sequence number (ProducerAppendInfo.checkSequence). */
export type SequenceCheck =
  | { kind: 'new' }
  /** Already in the log: acknowledged again with its offset, not written twice. */
  | { kind: 'duplicate'; offset: number }
  /** A gap: an earlier record of this producer has not arrived (OUT_OF_ORDER_SEQUENCE_NUMBER). */
  | { kind: 'outOfOrder' };

// Shared results (a check is read, never changed or stored): no object per record.
const NEW: SequenceCheck = Object.freeze({ kind: 'new' });
const OUT_OF_ORDER: SequenceCheck = Object.freeze({ kind: 'outOfOrder' });

export function checkSequence(
  w: World,
  r: Replica,
  producerId: string,
  seq: number,
  lastSeqInRequest: number | null,
): SequenceCheck {
  const ring = r.producerSeqs[producerId];
  let last = lastSeqInRequest ?? -1;
  if (ring) {
    for (let i = 0; i < SEQ_RING; i++) {
      const s = ring[1 + 2 * i] as number;
      if (s === seq) return { kind: 'duplicate', offset: ring[2 + 2 * i] as number };
      if (s > last) last = s;
    }
  } else if (lastSeqInRequest === null) {
    // No state for this producer on this replica: accept, as Kafka does for a first batch.
    return NEW;
  }
  if (seq === last + 1) return NEW;
  if (seq > last) return OUT_OF_ORDER;
  // Below the last sequence: a duplicate only if the log really holds it; else the broker lost it.
  const offset = findInLog(w, r, producerId, seq);
  return offset === null ? OUT_OF_ORDER : { kind: 'duplicate', offset };
}

/** The offset of an older duplicate, looked for in the recent log; null if not found. */
function findInLog(w: World, r: Replica, producerId: string, seq: number): number | null {
  for (let o = r.leo - 1; o >= Math.max(r.logStart, r.leo - 5000); o--) {
    const rec = get(logOf(w, r), o);
    if (rec && rec.producerId === producerId && rec.seq === seq) return o;
  }
  return null;
}

export function appendRecord(w: World, r: Replica, rec: Rec): void {
  push(logOf(w, r), rec, w.gen);
  assignEpoch(r, rec.leaderEpoch, rec.offset);
  rememberSeq(r, rec.producerId, rec.seq, rec.offset);
  r.leo = rec.offset + 1;
}

/**
 * The leader appended one produce request's new records (appendRecord) from `baseOffset` on: they
 * are one RecordBatch, which its segments take as one append (LogSegment.append).
 */
export function appendLeaderBatch(w: World, r: Replica, first: Rec): void {
  appendBatch(w, storageOf(w, r.logKey, r.logStart), r.topic, first);
}

/**
 * A follower appends what one fetch response brought for the partition: the records from its LEO
 * on, whole batches as the leader wrote them (the same frozen records), as one append
 * (UnifiedLog.appendAsFollower).
 */
export function appendFetched(w: World, r: Replica, records: Rec[]): void {
  const n = records.length;
  if (n === 0) return;
  const i = r.leo - (records[0] as Rec).offset;
  if (i < 0 || i >= n || (records[i] as Rec).batchBytes === 0) return;
  for (let k = i; k < n; k++) appendRecord(w, r, records[k] as Rec);
  appendBatches(w, storageOf(w, r.logKey, r.logStart), r.topic, records, i, n);
}

/**
 * Records for a fetch at `from` (LocalLog.read): whole batches from the one holding `from`
 * (FileRecords.searchForOffsetWithSize), below `to`, at most `max` records from that batch's base
 * offset unless the first batch alone holds more (the simulation's record cap in place of
 * fetch.max.bytes, under which the first batch always goes out too). A response never splits a
 * batch: `to` (the LEO, or the HW for consumers) is a batch boundary.
 */
export function readBatches(w: World, r: Replica, from: number, to: number, max: number): Rec[] {
  const log = logOf(w, r);
  const end0 = Math.min(to, log.length);
  const start = batchStartOf(log, from);
  if (start >= end0) return NO_RECORDS;
  const limit = start + max;
  let end = end0;
  if (limit < end0) {
    // Batches ending below the limit; at least the first one.
    end = batchStartOf(log, limit);
    if (end <= start) end = Math.min(end0, (get(log, start) as Rec).batchLastOffset + 1);
  }
  return slice(log, start, end);
}

const NO_RECORDS = Object.freeze([]) as unknown as Rec[];

/** Truncate to `offset` (Log.truncateTo), trimming the epoch cache (truncateFromEnd) and recording it. */
export function truncateTo(w: World, r: Replica, offset: number): void {
  // LeaderEpochFileCache.truncateFromEnd drops epochs starting at or past the offset, even when
  // no record goes (an epoch this replica led without writing), so the next fetch converges.
  if (offset >= r.leo) {
    r.epochCache = r.epochCache.filter((e) => e.startOffset < offset);
    return;
  }
  // The segments cut at the start of the batch holding `offset` (LogSegment.truncateTo), which is
  // `offset` itself at a batch boundary (always so here: fetches, HWs and epochs end at batches).
  const log = logOf(w, r);
  offset = truncateStorage(w, storageOf(w, r.logKey, r.logStart), log, offset);
  const cut = slice(log, offset, r.leo);
  const from = r.leo;
  truncate(log, offset, w.gen);
  r.leo = offset;
  if (r.hw > offset) r.hw = offset;
  r.epochCache = r.epochCache.filter((e) => e.startOffset < offset);
  // Producer state is rebuilt from the remaining log on truncation (ProducerStateManager.truncateAndReload).
  r.producerSeqs = {};
  for (const rec of slice(log, r.logStart, offset))
    rememberSeq(r, rec.producerId, rec.seq, rec.offset);
  r.truncations.push({ at: w.now, fromOffset: from, toOffset: offset, records: cut });
  const tp = tpKey(r.topic, r.partition);
  emit(
    w,
    'log.truncated',
    { from, to: offset, count: cut.length },
    { broker: r.brokerId, partition: tp },
  );
}

/**
 * LeaderEpochFileCache.truncateFromStart (K@3.6.2): entries starting at or below the new log start
 * offset go, and the last of them comes back starting at it.
 */
export function truncateEpochsFromStart(r: Replica, startOffset: number): void {
  const cache = r.epochCache;
  let n = 0;
  while (n < cache.length && (cache[n] as { startOffset: number }).startOffset <= startOffset) n++;
  if (n === 0) return;
  const kept = cache.slice(n);
  kept.unshift({ epoch: (cache[n - 1] as { epoch: number }).epoch, startOffset });
  r.epochCache = kept;
}

/**
 * UnifiedLog.maybeIncrementLogStartOffset (K@3.6.2): never past the HW (Kafka throws
 * OffsetOutOfRangeException; here it is refused), only forward; the epoch cache loses its head.
 * The producer state keeps its producers (ProducerStateManager.onLogStartOffsetIncremented).
 */
export function maybeIncrementLogStartOffset(r: Replica, offset: number): boolean {
  if (offset > r.hw || offset <= r.logStart) return false;
  r.logStart = offset;
  truncateEpochsFromStart(r, offset);
  return true;
}

/**
 * UnifiedLog.truncateFullyAndStartAt (K@3.6.2), for a follower whose log ends below the leader's log
 * start offset (AbstractFetcherThread.fetchOffsetAndTruncate): every segment goes, one empty segment
 * starts at `offset`, which becomes the log start offset, LEO and HW; the epoch cache and producer
 * state are cleared. Records are stored by offset, so the gap is filled with the leader's records
 * (frozen, shared): below the log start offset, never served or shown. Returns the number of
 * segments deleted, or -1 when the leader's log cannot fill the gap (the fetch is retried).
 */
export function truncateFullyAndStartAt(
  w: World,
  r: Replica,
  offset: number,
  leaderLog: Chunked<Rec> | undefined,
): number {
  const log = logOf(w, r);
  if (log.length !== r.leo || !leaderLog || leaderLog.length < offset) return -1;
  for (let o = r.leo; o < offset; o++) push(log, get(leaderLog, o) as Rec, w.gen);
  const st = storageOf(w, r.logKey, r.logStart);
  const deleted = st.segments.length;
  w.storage[r.logKey] = { segments: [newSegment(offset, w.now)] };
  r.leo = offset;
  r.logStart = offset;
  r.hw = offset;
  r.epochCache = [];
  r.producerSeqs = {};
  return deleted;
}
