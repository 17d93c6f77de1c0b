// Segments of a replica's log: roll, sparse offset and time indexes, truncation (KAFKA.md 2.2, 2.3).
// Follows K@3.6.2 core/src/main/scala/kafka/log/LogSegment.scala (shouldRoll, append, truncateTo,
// onBecomeInactiveSegment), UnifiedLog.scala (maybeRoll) and LocalLog.scala (roll, truncateTo).
import type { Chunked } from '../engine/chunked';
import { get } from '../engine/chunked';
import type { World } from '../engine/types';
import type { BatchRecord, LogStorage, Segment } from './types';

/** LogConfig DEFAULT_SEGMENT_BYTES (1 GiB); the shipped server.properties leaves log.segment.bytes unset (3.3+). */
export const DEFAULT_SEGMENT_BYTES = 1073741824;
/** LogConfig DEFAULT_SEGMENT_MS (7 days; log.roll.hours=168). */
export const DEFAULT_SEGMENT_MS = 604800000;
/** LogConfig DEFAULT_INDEX_INTERVAL_BYTES (index.interval.bytes). */
export const INDEX_INTERVAL_BYTES = 4096;
/** LogConfig DEFAULT_MAX_INDEX_SIZE (segment.index.bytes, log.index.size.max.bytes): 10 MiB. */
export const SEGMENT_INDEX_BYTES = 10485760;
/** AbstractIndex.maxEntries: the index file size over the entry size (OffsetIndex 8, TimeIndex 12). */
export const MAX_OFFSET_INDEX_ENTRIES = Math.floor(SEGMENT_INDEX_BYTES / 8);
export const MAX_TIME_INDEX_ENTRIES = Math.floor(SEGMENT_INDEX_BYTES / 12);
const INT_MAX = 2147483647;

export function segmentBytes(w: World, topic: string): number {
  const v = w.topics[topic]?.configs['segment.bytes'];
  return typeof v === 'number' ? v : DEFAULT_SEGMENT_BYTES;
}

export function segmentMs(w: World, topic: string): number {
  const v = w.topics[topic]?.configs['segment.ms'];
  return typeof v === 'number' ? v : DEFAULT_SEGMENT_MS;
}

/** A new, empty segment (LogSegment.open); the key order is every segment's (see cloneSegment). */
export function newSegment(baseOffset: number, now: number): Segment {
  return {
    baseOffset,
    size: 0,
    batchCount: 0,
    nextOffset: baseOffset,
    createdAt: now,
    rollingBasedTimestamp: -1,
    maxTimestampSoFar: -1,
    offsetOfMaxTimestampSoFar: baseOffset,
    bytesSinceLastIndexEntry: 0,
    offsetIndex: [],
    offsetIndexLen: 0,
    timeIndex: [],
    timeIndexLen: 0,
  };
}

/** The log's storage, created with one empty segment at `logStart` (as a new Log has). */
export function storageOf(w: World, key: string, logStart = 0): LogStorage {
  let st = w.storage[key];
  if (st === undefined) {
    st = { segments: [newSegment(logStart, w.now)] };
    w.storage[key] = st;
  }
  return st;
}

/** Append a pair to a shared flat array a holder reads the first `2 × len` items of. */
function pushPair(arr: number[], len: number, a: number, b: number): number[] {
  const out = arr.length === 2 * len ? arr : arr.slice(0, 2 * len);
  out.push(a, b);
  return out;
}

/** TimeIndex.maybeAppend: an entry only when the timestamp is greater than the last one's (-1 when empty). */
function maybeAppendTime(s: Segment, timestamp: number, offset: number): void {
  const last = s.timeIndexLen > 0 ? (s.timeIndex[2 * s.timeIndexLen - 2] as number) : -1;
  if (timestamp > last) {
    s.timeIndex = pushPair(s.timeIndex, s.timeIndexLen, timestamp, offset - s.baseOffset);
    s.timeIndexLen++;
  }
}

/**
 * Append `records[from..to)`, whole batches (the first record starts one, the last ends one), as
 * one append: LogSegment.append takes a whole MemoryRecords, which is the leader's produce batch,
 * or everything a follower fetched for the partition in one response.
 */
export function appendBatches(
  w: World,
  st: LogStorage,
  topic: string,
  records: readonly BatchRecord[],
  from: number,
  to: number,
): void {
  if (to <= from) return;
  const firstOffset = (records[from] as BatchRecord).offset;
  const lastOffset = (records[to - 1] as BatchRecord).offset;
  // UnifiedLog.analyzeAndValidateRecords: the append's size, max timestamp and its batch's last offset.
  let messagesSize = 0;
  let batches = 0;
  let maxTimestamp = -1;
  let offsetOfMaxTimestamp = -1;
  for (let i = from; i < to; i++) {
    const rec = records[i] as BatchRecord;
    if (rec.batchBytes === 0) continue;
    messagesSize += rec.batchBytes;
    batches++;
    if (rec.batchMaxTimestamp > maxTimestamp) {
      maxTimestamp = rec.batchMaxTimestamp;
      offsetOfMaxTimestamp = rec.batchLastOffset;
    }
  }
  appendToSegments(
    w,
    st,
    topic,
    firstOffset,
    lastOffset,
    messagesSize,
    batches,
    maxTimestamp,
    offsetOfMaxTimestamp,
  );
}

/** One batch, described by its first record (the leader's append: one produce request). */
export function appendBatch(w: World, st: LogStorage, topic: string, first: BatchRecord): void {
  appendToSegments(
    w,
    st,
    topic,
    first.offset,
    first.batchLastOffset,
    first.batchBytes,
    1,
    first.batchMaxTimestamp,
    first.batchLastOffset,
  );
}

/** UnifiedLog.maybeRoll, then LogSegment.append, for one append's figures. */
function appendToSegments(
  w: World,
  st: LogStorage,
  topic: string,
  firstOffset: number,
  lastOffset: number,
  messagesSize: number,
  batches: number,
  maxTimestamp: number,
  offsetOfMaxTimestamp: number,
): void {
  const now = w.now;
  let s = st.segments[st.segments.length - 1] as Segment;
  // UnifiedLog.maybeRoll → LogSegment.shouldRoll (K@3.6.2); roll jitter left out (segment.jitter.ms defaults to 0).
  const waited =
    s.rollingBasedTimestamp >= 0 ? maxTimestamp - s.rollingBasedTimestamp : now - s.createdAt;
  // segmentBytes and segmentMs with one look-up of the topic's configs.
  const configs = w.topics[topic]?.configs;
  const bytesCfg = configs?.['segment.bytes'];
  const msCfg = configs?.['segment.ms'];
  if (
    s.size > (typeof bytesCfg === 'number' ? bytesCfg : DEFAULT_SEGMENT_BYTES) - messagesSize ||
    (s.size > 0 && waited > (typeof msCfg === 'number' ? msCfg : DEFAULT_SEGMENT_MS)) ||
    s.offsetIndexLen >= MAX_OFFSET_INDEX_ENTRIES ||
    s.timeIndexLen >= MAX_TIME_INDEX_ENTRIES ||
    lastOffset - s.baseOffset > INT_MAX
  ) {
    s = rollAt(st, firstOffset, now);
  }
  // LogSegment.append.
  const physicalPosition = s.size;
  if (physicalPosition === 0) s.rollingBasedTimestamp = maxTimestamp;
  s.size += messagesSize;
  if (maxTimestamp > s.maxTimestampSoFar) {
    s.maxTimestampSoFar = maxTimestamp;
    s.offsetOfMaxTimestampSoFar = offsetOfMaxTimestamp;
  }
  const intervalCfg = configs?.['index.interval.bytes'];
  if (
    s.bytesSinceLastIndexEntry >
    (typeof intervalCfg === 'number' ? intervalCfg : INDEX_INTERVAL_BYTES)
  ) {
    s.offsetIndex = pushPair(
      s.offsetIndex,
      s.offsetIndexLen,
      lastOffset - s.baseOffset,
      physicalPosition,
    );
    s.offsetIndexLen++;
    maybeAppendTime(s, s.maxTimestampSoFar, s.offsetOfMaxTimestampSoFar);
    s.bytesSinceLastIndexEntry = 0;
  }
  s.bytesSinceLastIndexEntry += messagesSize;
  s.batchCount += batches;
  s.nextOffset = lastOffset + 1;
}

/**
 * LocalLog.roll (K@3.6.2): a new active segment at `baseOffset`; an empty active segment at that
 * offset is deleted and created again. Returns the active segment.
 */
function rollAt(st: LogStorage, baseOffset: number, now: number): Segment {
  const s = st.segments[st.segments.length - 1] as Segment;
  if (s.size === 0) {
    s.createdAt = now;
    return s;
  }
  // LogSegment.onBecomeInactiveSegment: a last time-index entry, then it never changes.
  maybeAppendTime(s, s.maxTimestampSoFar, s.offsetOfMaxTimestampSoFar);
  Object.freeze(s);
  const next = newSegment(baseOffset, now);
  st.segments.push(next);
  return next;
}

/** UnifiedLog.roll() with no expected offset (K@3.6.2): a new active segment at the log end offset. */
export function rollActive(w: World, st: LogStorage): Segment {
  const s = st.segments[st.segments.length - 1] as Segment;
  return rollAt(st, s.nextOffset, w.now);
}

/**
 * LogSegment.largestTimestamp (K@3.6.2): the largest record timestamp, or the file's last-modified
 * time when it holds none (here its creation time: only an empty segment has no timestamp).
 */
export function largestTimestamp(s: Segment): number {
  return s.maxTimestampSoFar >= 0 ? s.maxTimestampSoFar : s.createdAt;
}

/**
 * The base offset of the batch holding `offset` (FileRecords.searchForOffsetWithSize finds the
 * first batch whose last offset is ≥ it); `offset` itself when the log does not hold it.
 */
export function batchStartOf(log: Chunked<BatchRecord>, offset: number): number {
  if (offset < 0 || offset >= log.length) return offset;
  let o = offset;
  while (o > 0 && (get(log, o) as BatchRecord).batchBytes === 0) o--;
  return o;
}

/**
 * Truncate to `offset` (UnifiedLog.truncateTo → LocalLog.truncateTo → LogSegment.truncateTo), the
 * records still in `log`. The log is cut at the start of the batch holding `offset`
 * (LogSegment.translateOffset); the result is the offset it really ends at, `offset` itself at a
 * batch boundary (always so in the simulation: fetches, HWs and epochs end at batches).
 */
export function truncateStorage(
  w: World,
  st: LogStorage,
  log: Chunked<BatchRecord>,
  offset: number,
): number {
  if (offset >= log.length) return offset;
  const cut = batchStartOf(log, offset);
  // LocalLog.truncateTo: segments with baseOffset > the target offset are deleted.
  let keep = st.segments.length;
  while (keep > 1 && (st.segments[keep - 1] as Segment).baseOffset > cut) keep--;
  const old = st.segments[keep - 1] as Segment;
  let removedSize = 0;
  let removedBatches = 0;
  for (let o = Math.max(cut, old.baseOffset); o < old.nextOffset; o++) {
    const bytes = (get(log, o) as BatchRecord).batchBytes;
    if (bytes > 0) {
      removedSize += bytes;
      removedBatches++;
    }
  }
  // OffsetIndex.truncateTo / TimeIndex.truncateTo: entries at or past the offset go.
  const rel = cut - old.baseOffset;
  let oLen = old.offsetIndexLen;
  while (oLen > 0 && (old.offsetIndex[2 * oLen - 2] as number) >= rel) oLen--;
  let tLen = old.timeIndexLen;
  while (tLen > 0 && (old.timeIndex[2 * tLen - 1] as number) >= rel) tLen--;
  const s: Segment = {
    baseOffset: old.baseOffset,
    size: old.size - removedSize,
    batchCount: old.batchCount - removedBatches,
    nextOffset: cut,
    createdAt: old.createdAt,
    rollingBasedTimestamp: old.rollingBasedTimestamp,
    maxTimestampSoFar: old.maxTimestampSoFar,
    offsetOfMaxTimestampSoFar: old.offsetOfMaxTimestampSoFar,
    bytesSinceLastIndexEntry: 0,
    offsetIndex: old.offsetIndex.slice(0, 2 * oLen),
    offsetIndexLen: oLen,
    timeIndex: old.timeIndex.slice(0, 2 * tLen),
    timeIndexLen: tLen,
  };
  if (s.size === 0) {
    s.createdAt = w.now;
    s.rollingBasedTimestamp = -1;
  }
  if (s.maxTimestampSoFar >= 0) {
    // readMaxTimestampAndOffsetSoFar: the time index's last entry, then the batches after it.
    let ts = tLen > 0 ? (s.timeIndex[2 * tLen - 2] as number) : -1;
    const entryOffset = s.baseOffset + (tLen > 0 ? (s.timeIndex[2 * tLen - 1] as number) : 0);
    let at = entryOffset;
    let bestTs = -1;
    let bestAt = -1;
    for (let o = cut - 1; o >= s.baseOffset; o--) {
      const rec = get(log, o) as BatchRecord;
      if (rec.batchBytes === 0) continue;
      if (rec.batchLastOffset < entryOffset) break;
      if (rec.batchMaxTimestamp >= bestTs) {
        bestTs = rec.batchMaxTimestamp;
        bestAt = rec.batchLastOffset;
      }
    }
    if (bestTs > ts) {
      ts = bestTs;
      at = bestAt;
    }
    s.maxTimestampSoFar = ts;
    s.offsetOfMaxTimestampSoFar = at;
  }
  st.segments.length = keep - 1;
  st.segments.push(s);
  return cut;
}

/** A copy for a checkpoint: frozen segments shared, the active one copied. */
export function cloneStorage(st: LogStorage): LogStorage {
  const segments = st.segments.slice();
  const i = segments.length - 1;
  const s = segments[i] as Segment;
  if (!Object.isFrozen(s)) segments[i] = cloneSegment(s);
  return { segments };
}

/** newSegment's keys in the same order (engine/clone.ts explains why). Index arrays are shared. */
function cloneSegment(s: Segment): Segment {
  return {
    baseOffset: s.baseOffset,
    size: s.size,
    batchCount: s.batchCount,
    nextOffset: s.nextOffset,
    createdAt: s.createdAt,
    rollingBasedTimestamp: s.rollingBasedTimestamp,
    maxTimestampSoFar: s.maxTimestampSoFar,
    offsetOfMaxTimestampSoFar: s.offsetOfMaxTimestampSoFar,
    bytesSinceLastIndexEntry: s.bytesSinceLastIndexEntry,
    offsetIndex: s.offsetIndex,
    offsetIndexLen: s.offsetIndexLen,
    timeIndex: s.timeIndex,
    timeIndexLen: s.timeIndexLen,
  };
}

/** The digestable content of a segment (index arrays cut to the holder's length). */
export function segmentDigestParts(s: Segment): unknown[] {
  return [
    s.baseOffset,
    s.size,
    s.batchCount,
    s.nextOffset,
    s.createdAt,
    s.rollingBasedTimestamp,
    s.maxTimestampSoFar,
    s.offsetOfMaxTimestampSoFar,
    s.bytesSinceLastIndexEntry,
    s.offsetIndex.slice(0, 2 * s.offsetIndexLen),
    s.timeIndex.slice(0, 2 * s.timeIndexLen),
  ];
}
