// The bytes of a segment's `.index` and `.timeindex` (KAFKA.md 2.2, 2.3): K@3.6.2
// storage/.../log/OffsetIndex.java (entry: relativeOffset int32, position int32; ENTRY_SIZE 8) and
// TimeIndex.java (entry: timestamp int64, relativeOffset int32; ENTRY_SIZE 12). Big-endian.
//
// A closed segment's index files hold exactly their entries: LogSegment.onBecomeInactiveSegment
// trims them to their valid size (AbstractIndex.trimToValidSize) on roll. The active segment's
// files are preallocated to segment.index.bytes (10 MiB, rounded down to a multiple of the entry
// size: AbstractIndex.roundDownToExactMultiple) and zero past the entries: these functions give
// the entries only, and activeIndexFileBytes the size Kafka's file has on disk.
import { SEGMENT_INDEX_BYTES } from '../segments';
import type { Segment } from '../types';
import type { SegmentFileKind } from './types';

/** OffsetIndex ENTRY_SIZE. */
export const OFFSET_INDEX_ENTRY_BYTES = 8;
/** TimeIndex ENTRY_SIZE. */
export const TIME_INDEX_ENTRY_BYTES = 12;

/** The `.index` entries of `segment`: relativeOffset then position, 8 bytes each. */
export function encodeOffsetIndex(segment: Segment): Uint8Array {
  const n = segment.offsetIndexLen;
  const out = new Uint8Array(n * OFFSET_INDEX_ENTRY_BYTES);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    view.setInt32(8 * i, segment.offsetIndex[2 * i] as number);
    view.setInt32(8 * i + 4, segment.offsetIndex[2 * i + 1] as number);
  }
  return out;
}

/** The `.timeindex` entries of `segment`: timestamp (int64) then relativeOffset, 12 bytes each. */
export function encodeTimeIndex(segment: Segment): Uint8Array {
  const n = segment.timeIndexLen;
  const out = new Uint8Array(n * TIME_INDEX_ENTRY_BYTES);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    // Whole ms, as the batch's maxTimestamp is written (encode.ts wholeTimestampDelta).
    const ts = Math.floor(segment.timeIndex[2 * i] as number);
    const hi = Math.floor(ts / 4294967296);
    view.setInt32(12 * i, hi);
    view.setUint32(12 * i + 4, ts - hi * 4294967296);
    view.setInt32(12 * i + 8, segment.timeIndex[2 * i + 1] as number);
  }
  return out;
}

/**
 * Size on disk of an active segment's index file (AbstractIndex: the file is set to
 * roundDownToExactMultiple(maxIndexSize, entrySize) when created): 10485760 for `.index`,
 * 10485756 for `.timeindex`. The entries come first, zeros after them. A `.log` is never
 * preallocated (log.preallocate=false), so its size is its bytes.
 */
export function activeIndexFileBytes(
  kind: Exclude<SegmentFileKind, 'log'>,
  segmentIndexBytes = SEGMENT_INDEX_BYTES,
): number {
  const entry = kind === 'index' ? OFFSET_INDEX_ENTRY_BYTES : TIME_INDEX_ENTRY_BYTES;
  return segmentIndexBytes - (segmentIndexBytes % entry);
}
