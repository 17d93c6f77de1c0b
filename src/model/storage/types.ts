// A replica's log on disk: its record batches and the segments they are written to (KAFKA.md 2).
/**
 * How a record carries its RecordBatch v2 (the leader writes one batch per produce request). The
 * batch is described on its first record only; the others hold batchBytes 0. Records are immutable
 * and shared by every replica, so a follower appends the very batches the leader wrote (the same
 * bytes in Kafka) and no replica keeps a batch list of its own. The batch's baseTimestamp and
 * partitionLeaderEpoch are its first record's timestamp and leaderEpoch.
 */
export interface BatchRecord {
  offset: number;
  /** The batch's size in bytes (61-byte header plus records, storage/recordBatchSize.ts); 0 past its first record. */
  batchBytes: number;
  /** The batch's last offset (on its first record; -1 on the others). */
  batchLastOffset: number;
  /** The batch's max timestamp (on its first record; -1 on the others). */
  batchMaxTimestamp: number;
}

/**
 * One segment (LogSegment): `<baseOffset>.log` with its `.index` and `.timeindex`. The active (last)
 * segment is written in place; a segment that stopped being active is frozen and shared by copies.
 * Index arrays are flat pairs; a holder reads only its first `2 × …Len` items, so appends go in
 * place when the array ends exactly there (another holder, e.g. a checkpoint, never sees them).
 */
export interface Segment {
  baseOffset: number;
  /** Size of the .log file in bytes. */
  size: number;
  batchCount: number;
  /** Offset after its last record (baseOffset when empty). */
  nextOffset: number;
  /** Virtual time the segment was created (or emptied by truncation: LogSegment.truncateTo). */
  createdAt: number;
  /** LogSegment.rollingBasedTimestamp: the largest timestamp of its first append, or -1. */
  rollingBasedTimestamp: number;
  /** LogSegment.maxTimestampAndOffsetSoFar (-1 when no timestamp yet). */
  maxTimestampSoFar: number;
  offsetOfMaxTimestampSoFar: number;
  /** LogSegment.bytesSinceLastIndexEntry. */
  bytesSinceLastIndexEntry: number;
  /** Offset index, flat pairs [relativeOffset, position, ...]. */
  offsetIndex: number[];
  offsetIndexLen: number;
  /** Time index, flat pairs [timestamp, relativeOffset, ...]. */
  timeIndex: number[];
  timeIndexLen: number;
}

/** A replica's log storage beside its records (World.storage, keyed like World.logs). */
export interface LogStorage {
  /** Segments in base-offset order; the last one is the active segment. */
  segments: Segment[];
}
