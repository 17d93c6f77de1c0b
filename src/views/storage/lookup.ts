// How Kafka finds an offset or a timestamp in a partition's segments, as a list of steps a view can
// play one by one (KAFKA.md 2.4). Pure: the segments, index entries and batches are passed in.
import type { OffsetIndexEntry, TimeIndexEntry } from '../../model/storage/format/types';

/** What a lookup needs of a batch (DecodedBatch has all of it). */
export interface BatchHead {
  position: number;
  sizeInBytes: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  records: readonly { offset: number; timestamp: number }[];
}

/** One comparison of a binary search: slots [lo, hi], the probed slot and its key. */
export interface Probe {
  lo: number;
  hi: number;
  mid: number;
  /** The probed entry's offset (offset index) or timestamp (time index). */
  key: number;
  /** key ≤ target: the answer is at mid or after it. */
  below: boolean;
}

/**
 * AbstractIndex.largestLowerBoundSlotFor: the slot of the largest key ≤ target, or -1 when the
 * index is empty or every key is above it. Kafka first searches a "warm" tail of 8192 bytes
 * (1024 offset entries, 682 time entries) and then the rest; with the index in one piece the
 * answer is the same slot.
 */
export function largestLowerBound(
  keys: readonly number[],
  target: number,
): { slot: number; probes: Probe[] } {
  const probes: Probe[] = [];
  const first = keys[0];
  if (first === undefined || first > target) return { slot: -1, probes };
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    // Kafka rounds up, so lo always moves.
    const mid = Math.ceil((lo + hi) / 2);
    const key = keys[mid] as number;
    probes.push({ lo, hi, mid, key, below: key <= target });
    if (key === target) return { slot: mid, probes };
    if (key < target) lo = mid;
    else hi = mid - 1;
  }
  return { slot: lo, probes };
}

export interface IndexAnswer {
  slot: number;
  probes: Probe[];
  /** The offset found (baseOffset with no entry). */
  offset: number;
  /** OffsetIndex: the position in the .log (0 with no entry). */
  position: number;
}

/** OffsetIndex.lookup: the largest entry whose offset ≤ target; no entry → (baseOffset, position 0). */
export function offsetIndexLookup(
  entries: readonly OffsetIndexEntry[],
  baseOffset: number,
  target: number,
): IndexAnswer {
  const { slot, probes } = largestLowerBound(
    entries.map((e) => baseOffset + e.relativeOffset),
    target,
  );
  const e = entries[slot];
  return e
    ? { slot, probes, offset: baseOffset + e.relativeOffset, position: e.position }
    : { slot: -1, probes, offset: baseOffset, position: 0 };
}

/** TimeIndex.lookup: the largest entry whose timestamp ≤ target; none → (-1, baseOffset). */
export function timeIndexLookup(
  entries: readonly TimeIndexEntry[],
  baseOffset: number,
  target: number,
): IndexAnswer & { timestamp: number } {
  const { slot, probes } = largestLowerBound(
    entries.map((e) => e.timestamp),
    target,
  );
  const e = entries[slot];
  return e
    ? {
        slot,
        probes,
        offset: baseOffset + e.relativeOffset,
        position: -1,
        timestamp: e.timestamp,
      }
    : { slot: -1, probes, offset: baseOffset, position: -1, timestamp: -1 };
}

/** The segment holding `offset`: the largest base offset ≤ offset (segments.floorEntry), or -1. */
export function floorSegment(baseOffsets: readonly number[], offset: number): number {
  let found = -1;
  baseOffsets.forEach((b, i) => {
    if (b <= offset) found = i;
  });
  return found;
}

/**
 * UnifiedLog.fetchOffsetByTimestamp: the first segment whose largest timestamp ≥ target, or -1
 * (`null` largest timestamp = an empty segment).
 */
export function segmentForTimestamp(largest: readonly (number | null)[], target: number): number {
  return largest.findIndex((t) => t !== null && t >= target);
}

/**
 * FileRecords.searchForOffsetWithSize: from `position`, batch headers one by one until the first
 * batch whose lastOffset ≥ target. Returns the batches read, the last one the answer (or none).
 */
export function scanForOffset<B extends BatchHead>(
  batches: readonly B[],
  position: number,
  target: number,
): { read: B[]; found: B | null } {
  const read: B[] = [];
  for (const b of batches) {
    if (b.position < position) continue;
    read.push(b);
    if (b.lastOffset >= target) return { read, found: b };
  }
  return { read, found: null };
}

/**
 * FileRecords.searchForTimestamp: from `position`, the first batch whose maxTimestamp ≥ target,
 * and in it the first record with timestamp ≥ target and offset ≥ startingOffset.
 */
export function scanForTimestamp<B extends BatchHead>(
  batches: readonly B[],
  position: number,
  target: number,
  startingOffset: number,
): { read: B[]; found: B | null; offset: number | null; timestamp: number | null } {
  const read: B[] = [];
  for (const b of batches) {
    if (b.position < position) continue;
    read.push(b);
    if (b.maxTimestamp < target) continue;
    const r = b.records.find((x) => x.timestamp >= target && x.offset >= startingOffset);
    if (r) return { read, found: b, offset: r.offset, timestamp: r.timestamp };
  }
  return { read, found: null, offset: null, timestamp: null };
}
