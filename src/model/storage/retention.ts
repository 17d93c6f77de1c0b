// Retention: whole old segments deleted by time and size, the log start offset moved (KAFKA.md 2.5).
// Follows K@3.6.2 core/src/main/scala/kafka/log/UnifiedLog.scala (deleteOldSegments,
// deletableSegments, deleteSegments, deleteRetentionMsBreachedSegments,
// deleteRetentionSizeBreachedSegments, deleteLogStartOffsetBreachedSegments) and LogManager.scala
// (startup schedules cleanupLogs every log.retention.check.interval.ms after InitialTaskDelayMs).
import { emit } from '../engine/timeline';
import type { Broker, Replica, World } from '../engine/types';
import { maybeIncrementLogStartOffset, tpKey } from '../replication/log';
import { largestTimestamp, rollActive } from './segments';
import type { LogStorage, Segment } from './types';

/** LogConfig DEFAULT_RETENTION_MS (7 days; log.retention.hours=168). */
export const DEFAULT_RETENTION_MS = 604800000;
/** LogConfig DEFAULT_RETENTION_BYTES (log.retention.bytes): -1, no size limit. */
export const DEFAULT_RETENTION_BYTES = -1;
/** LogManager.InitialTaskDelayMs (K@3.6.2): the first retention check runs 30 s after start-up. */
export const INITIAL_TASK_DELAY_MS = 30000;

/** Why segments went: UnifiedLog's RetentionMsBreach, RetentionSizeBreach, StartOffsetBreach. */
export type DeletionReason = 'retention.ms' | 'retention.bytes' | 'logStartOffset';

export function retentionMs(w: World, topic: string): number {
  const v = w.topics[topic]?.configs['retention.ms'];
  return typeof v === 'number' ? v : DEFAULT_RETENTION_MS;
}

export function retentionBytes(w: World, topic: string): number {
  const v = w.topics[topic]?.configs['retention.bytes'];
  return typeof v === 'number' ? v : DEFAULT_RETENTION_BYTES;
}

/** The log's size in bytes (UnifiedLog.size: LogSegments.sizeInBytes, every segment). */
export function logSize(st: LogStorage): number {
  let n = 0;
  for (const s of st.segments) n += s.size;
  return n;
}

type Predicate = (s: Segment, next: Segment | undefined) => boolean;

/**
 * UnifiedLog.deletableSegments (K@3.6.2, no remote storage): from the oldest segment, while the HW is
 * at or past the segment's upper bound (the next segment's base offset, or the LEO for the active
 * one) and the predicate holds; an empty active segment is never deletable. Returns how many.
 */
function deletableCount(st: LogStorage, r: Replica, predicate: Predicate): number {
  const segs = st.segments;
  let n = 0;
  while (n < segs.length) {
    const s = segs[n] as Segment;
    const next = segs[n + 1];
    const isLastSegmentAndEmpty = next === undefined && s.size === 0;
    const upperBoundOffset = next === undefined ? r.leo : next.baseOffset;
    // "We don't delete segments with offsets at or beyond the high watermark" (the predicate runs
    // only below it: the size predicate counts down as it accepts).
    const predicateResult = r.hw >= upperBoundOffset && predicate(s, next);
    if (!predicateResult || isLastSegmentAndEmpty) break;
    n++;
  }
  return n;
}

/**
 * UnifiedLog.deleteSegments (K@3.6.2): deleting every segment rolls a new one first (a log always
 * has one), the log start offset moves to the first segment left (maybeIncrementLogStartOffset),
 * then the segments go. Returns the number deleted.
 */
function deleteSegments(
  w: World,
  r: Replica,
  st: LogStorage,
  count: number,
  reason: DeletionReason,
): number {
  let toDelete = count;
  if (count === st.segments.length) {
    const rolled = rollActive(w, st);
    // An empty active segment was deleted and recreated by the roll: it is not deleted again.
    if ((st.segments[count - 1] as Segment) === rolled) toDelete = count - 1;
  }
  if (toDelete === 0) return count;
  const newStart = (st.segments[toDelete] as Segment).baseOffset;
  maybeIncrementLogStartOffset(r, newStart);
  // LocalLog.removeAndDeleteSegments: the files get `.deleted` and go after file.delete.delay.ms;
  // for lookups they are gone now. Rolled segments are frozen and shared; the array is this world's.
  st.segments.splice(0, toDelete);
  emit(
    w,
    'log.segmentsDeleted',
    { count: toDelete, newLogStartOffset: r.logStart, reason },
    { broker: r.brokerId, partition: tpKey(r.topic, r.partition) },
  );
  return count;
}

function deleteOldSegmentsWhere(
  w: World,
  r: Replica,
  st: LogStorage,
  predicate: Predicate,
  reason: DeletionReason,
): number {
  const n = deletableCount(st, r, predicate);
  return n > 0 ? deleteSegments(w, r, st, n, reason) : 0;
}

/**
 * UnifiedLog.deleteOldSegments (K@3.6.2) for cleanup.policy=delete, in Kafka's order: segments below
 * the log start offset, then retention.bytes, then retention.ms. Returns the number deleted.
 */
export function deleteOldSegments(w: World, r: Replica): number {
  const st = w.storage[r.logKey];
  if (!st || !w.topics[r.topic]) return 0;
  // deleteLogStartOffsetBreachedSegments: the next segment starts at or below the log start offset
  // (a follower's log start offset follows the leader's, mid-segment here).
  const logStart = r.logStart;
  let deleted = deleteOldSegmentsWhere(
    w,
    r,
    st,
    (_s, next) => next !== undefined && next.baseOffset <= logStart,
    'logStartOffset',
  );
  // deleteRetentionSizeBreachedSegments: oldest first while the log stays at least retention.bytes.
  const maxBytes = retentionBytes(w, r.topic);
  const size = maxBytes < 0 ? 0 : logSize(st);
  if (maxBytes >= 0 && size >= maxBytes) {
    let diff = size - maxBytes;
    deleted += deleteOldSegmentsWhere(
      w,
      r,
      st,
      (s) => {
        if (diff - s.size < 0) return false;
        diff -= s.size;
        return true;
      },
      'retention.bytes',
    );
  }
  // deleteRetentionMsBreachedSegments: the segment's largest timestamp is older than retention.ms.
  const maxAge = retentionMs(w, r.topic);
  if (maxAge >= 0) {
    const startMs = w.now;
    deleted += deleteOldSegmentsWhere(
      w,
      r,
      st,
      (s) => startMs - largestTimestamp(s) > maxAge,
      'retention.ms',
    );
  }
  return deleted;
}

/**
 * LogManager.cleanupLogs (K@3.6.2): every log the broker holds, leader or follower (each replica
 * deletes on its own schedule and its own HW), is checked. All topics are cleanup.policy=delete.
 */
export function cleanupLogs(w: World, b: Broker): number {
  let total = 0;
  for (const tp in b.replicas) total += deleteOldSegments(w, b.replicas[tp] as Replica);
  return total;
}
