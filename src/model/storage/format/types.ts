// The bytes of a partition directory's files, as Kafka 3.6 writes them, and what a decoder reads
// back: every field with its byte range, so a view can annotate a hex dump (KAFKA.md 2).

/** One field of a file: bytes [start, end) and what they mean. */
export interface ByteField {
  start: number;
  /** Exclusive. */
  end: number;
  /** Kafka's field name: `baseOffset`, `batchLength`, `crc`, `keyLength`, `relativeOffset`, … */
  name: string;
  /** The value as text (`1024`, `"alice"`, `0x1a2b3c4d`, `-1 (null)`). */
  value: string;
  /** What it belongs to, for grouping and hover: `batch 0`, `batch 0 › record 2`, `entry 5`. */
  group: string;
}

export type SegmentFileKind = 'log' | 'index' | 'timeindex';

export interface DecodedRecord {
  offset: number;
  timestamp: number;
  /** UTF-8 text, or null for a null key / value. */
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
}

export interface DecodedBatch {
  /** Byte position of the batch in the file. */
  position: number;
  /** Whole batch size in bytes (12 + batchLength). */
  sizeInBytes: number;
  baseOffset: number;
  lastOffset: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  /** CRC-32C over attributes … end, as stored vs computed. */
  crcValid: boolean;
  attributes: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  records: DecodedRecord[];
}

export interface OffsetIndexEntry {
  /** Offset relative to the segment's base offset (4 bytes). */
  relativeOffset: number;
  /** Byte position in the .log (4 bytes). */
  position: number;
}

export interface TimeIndexEntry {
  /** 8 bytes. */
  timestamp: number;
  /** 4 bytes, relative to the base offset. */
  relativeOffset: number;
}

/** Why a file could not be read: a message code (i18n `storage.<code>`), the byte where it broke. */
export interface DecodeProblem {
  code:
    | 'empty'
    | 'truncated'
    | 'badMagic'
    | 'badCrc'
    | 'badLength'
    | 'badVarint'
    | 'badRecordCount'
    | 'indexNotMultiple'
    | 'indexNotIncreasing'
    | 'notKafka';
  /** Byte offset in the file where reading went wrong. */
  at: number;
  params: Record<string, string | number>;
}

export type DecodeResult<T> =
  | { ok: true; items: T[]; fields: ByteField[] }
  /** What could be read before the problem is kept, so a view can show it. */
  | { ok: false; problem: DecodeProblem; items: T[]; fields: ByteField[] };
