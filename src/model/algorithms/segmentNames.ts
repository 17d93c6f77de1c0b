// File and directory names of a partition's log on the broker's disk.

/** Suffixes of a segment's files (Log.scala LogFileSuffix, IndexFileSuffix, TimeIndexFileSuffix). */
export type SegmentSuffix = '.log' | '.index' | '.timeindex';

/**
 * Segment file name: the base offset zero-padded to 20 digits, then the suffix, e.g.
 * `00000000000000001000.index` (K@2.8.2:core/src/main/scala/kafka/log/Log.scala filenamePrefixFromOffset).
 */
export function segmentFileName(baseOffset: number, suffix: SegmentSuffix): string {
  if (!Number.isSafeInteger(baseOffset) || baseOffset < 0) {
    throw new Error(`baseOffset must be a non-negative integer, got ${baseOffset}`);
  }
  return String(baseOffset).padStart(20, '0') + suffix;
}

/** Partition directory under log.dirs: `<topic>-<partition>`, e.g. `orders-0` (Log.scala logDirName). */
export function partitionDirName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}
