// The files of one partition replica's directory, with the sizes `ls -l` would show (KAFKA.md 2.1–2.3).
import type { EpochEntry, SegmentView } from '../../../model/snapshotTypes';

/** log.index.size.max.bytes / segment.index.bytes default: 10 MiB (LogConfig DEFAULT_MAX_INDEX_SIZE). */
export const MAX_INDEX_BYTES = 10485760;
/** OffsetIndex entry: 4-byte relative offset + 4-byte position (OffsetIndex.scala entrySize). */
export const OFFSET_INDEX_ENTRY_BYTES = 8;
/** TimeIndex entry: 8-byte timestamp + 4-byte relative offset (TimeIndex.scala entrySize). */
export const TIME_INDEX_ENTRY_BYTES = 12;

export type FileKind = 'log' | 'index' | 'timeindex' | 'leaderEpoch' | 'partitionMetadata';

export interface PartitionFile {
  name: string;
  kind: FileKind;
  sizeInBytes: number;
  /** The segment it belongs to (base offset), or null for a per-partition file. */
  baseOffset: number | null;
  active: boolean;
  /** Entries in an index file; records in a .log; null otherwise. */
  entries: number | null;
  /** Text content of the small text files (leader-epoch-checkpoint, partition.metadata). */
  text: string | null;
}

/**
 * An index file's size: the active segment's index is pre-allocated at the maximum size, rounded
 * down to a whole number of entries, and trimmed to its entries when the segment is rolled
 * (AbstractIndex roundDownToExactMultiple, LogSegment.onBecomeInactiveSegment).
 */
export function indexFileSize(entries: number, entryBytes: number, active: boolean): number {
  if (active) return MAX_INDEX_BYTES - (MAX_INDEX_BYTES % entryBytes);
  return entries * entryBytes;
}

/** leader-epoch-checkpoint: version 0, the entry count, then `<epoch> <startOffset>` lines (CheckpointFile). */
export function leaderEpochCheckpoint(entries: readonly EpochEntry[]): string {
  return ['0', String(entries.length), ...entries.map((e) => `${e.epoch} ${e.startOffset}`)]
    .map((l) => `${l}\n`)
    .join('');
}

/** partition.metadata (Kafka 2.8+): the version and the topic id (PartitionMetadataFile). */
export function partitionMetadata(topicId: string): string {
  return `version: 0\ntopic_id: ${topicId}\n`;
}

/** Bytes of an ASCII text file (the checkpoint files hold digits, letters and base64 only). */
function textSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Every file of the directory: each segment's three files (oldest first), then the per-partition files. */
export function partitionFiles(
  segments: readonly SegmentView[],
  epochs: readonly EpochEntry[],
  topicId: string,
): PartitionFile[] {
  const files: PartitionFile[] = [];
  for (const s of segments) {
    const common = { baseOffset: s.baseOffset, active: s.active, text: null };
    files.push({
      ...common,
      name: `${s.fileStem}.log`,
      kind: 'log',
      sizeInBytes: s.sizeInBytes,
      entries: s.recordCount,
    });
    files.push({
      ...common,
      name: `${s.fileStem}.index`,
      kind: 'index',
      sizeInBytes: indexFileSize(s.offsetIndexCount, OFFSET_INDEX_ENTRY_BYTES, s.active),
      entries: s.offsetIndexCount,
    });
    files.push({
      ...common,
      name: `${s.fileStem}.timeindex`,
      kind: 'timeindex',
      sizeInBytes: indexFileSize(s.timeIndexCount, TIME_INDEX_ENTRY_BYTES, s.active),
      entries: s.timeIndexCount,
    });
  }
  const epochText = leaderEpochCheckpoint(epochs);
  files.push({
    name: 'leader-epoch-checkpoint',
    kind: 'leaderEpoch',
    sizeInBytes: textSize(epochText),
    baseOffset: null,
    active: false,
    entries: epochs.length,
    text: epochText,
  });
  if (topicId !== '') {
    const text = partitionMetadata(topicId);
    files.push({
      name: 'partition.metadata',
      kind: 'partitionMetadata',
      sizeInBytes: textSize(text),
      baseOffset: null,
      active: false,
      entries: null,
      text,
    });
  }
  return files;
}
