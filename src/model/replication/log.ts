// A replica's log: append, truncate, the leader-epoch cache (LeaderEpochFileCache) and producer dedup.
import { get, push, slice, truncate } from '../engine/chunked';
import { emit } from '../engine/timeline';
import type { Rec, Replica, World } from '../engine/types';
import type { Chunked } from '../engine/chunked';
import { emptyChunked } from '../engine/chunked';

export const tpKey = (topic: string, partition: number): string => `${topic}-${partition}`;
export const logKey = (tp: string, broker: number): string => `${tp}@${broker}`;

export function logOf(w: World, r: Replica): Chunked<Rec> {
  return w.logs[r.logKey] ?? (w.logs[r.logKey] = emptyChunked<Rec>());
}

export function latestEpoch(r: Replica): number {
  return r.epochCache.length ? (r.epochCache[r.epochCache.length - 1]?.epoch ?? -1) : -1;
}

/** LeaderEpochFileCache.assign: a new entry when a batch carries a higher epoch. */
function assignEpoch(r: Replica, epoch: number, offset: number): void {
  if (epoch > latestEpoch(r)) r.epochCache.push({ epoch, startOffset: offset });
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
  if (found < 0) return { epoch: -1, endOffset: -1 };
  const next = cache[found + 1];
  return { epoch: cache[found]?.epoch ?? -1, endOffset: next ? next.startOffset : r.leo };
}

/** ProducerStateManager keeps the last 5 batches per producer (NumBatchesToRetain = 5). */
// Kept as a flat ring of 5 (seq, offset) pairs per producer, written in place: no garbage per record.
function rememberSeq(r: Replica, producerId: string, seq: number, offset: number): void {
  let ring = r.producerSeqs[producerId];
  if (!ring) {
    ring = [0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
    r.producerSeqs[producerId] = ring;
  }
  const slot = ring[0] as number;
  ring[1 + 2 * slot] = seq;
  ring[2 + 2 * slot] = offset;
  ring[0] = (slot + 1) % 5;
}

export function findDuplicate(r: Replica, producerId: string, seq: number): number | null {
  const ring = r.producerSeqs[producerId];
  if (!ring) return null;
  for (let i = 0; i < 5; i++) if (ring[1 + 2 * i] === seq) return ring[2 + 2 * i] ?? null;
  return null;
}

export function appendRecord(w: World, r: Replica, rec: Rec): void {
  push(logOf(w, r), rec, w.gen);
  assignEpoch(r, rec.leaderEpoch, rec.offset);
  rememberSeq(r, rec.producerId, rec.seq, rec.offset);
  r.leo = rec.offset + 1;
}

export function readRecords(w: World, r: Replica, from: number, to: number, max: number): Rec[] {
  return slice(logOf(w, r), from, Math.min(to, from + max));
}

export function recordAt(w: World, r: Replica, offset: number): Rec | undefined {
  return get(logOf(w, r), offset);
}

/** Truncate to `offset` (Log.truncateTo), trimming the epoch cache (truncateFromEnd) and recording it. */
export function truncateTo(w: World, r: Replica, offset: number): void {
  // LeaderEpochFileCache.truncateFromEnd drops epochs starting at or past the offset, even when
  // no record goes (an epoch this replica led without writing), so the next fetch converges.
  if (offset >= r.leo) {
    r.epochCache = r.epochCache.filter((e) => e.startOffset < offset);
    return;
  }
  const log = logOf(w, r);
  const cut = slice(log, offset, r.leo);
  const from = r.leo;
  truncate(log, offset, w.gen);
  r.leo = offset;
  if (r.hw > offset) r.hw = offset;
  r.epochCache = r.epochCache.filter((e) => e.startOffset < offset);
  // Producer state is rebuilt from the remaining log on truncation (ProducerStateManager.truncateAndReload).
  r.producerSeqs = {};
  for (const rec of slice(log, Math.max(0, offset - 50), offset)) {
    rememberSeq(r, rec.producerId, rec.seq, rec.offset);
  }
  r.truncations.push({ at: w.now, fromOffset: from, toOffset: offset, records: cut });
  const tp = tpKey(r.topic, r.partition);
  emit(
    w,
    'log.truncated',
    { from, to: offset, count: cut.length },
    { broker: r.brokerId, partition: tp },
  );
}
