// Sizes of RecordBatch v2 (magic 2) as Kafka writes them on disk (KAFKA.md 2.6). Sizes only: the bytes
// themselves are not built. Sources: K@3.6.2 clients/.../common/record/DefaultRecordBatch.java
// (RECORD_BATCH_OVERHEAD), DefaultRecord.java (sizeInBytes, sizeOfBodyInBytes), utils/ByteUtils.java
// (sizeOfVarint, sizeOfVarlong).

/**
 * The batch header: baseOffset 8, batchLength 4, partitionLeaderEpoch 4, magic 1, crc 4, attributes 2,
 * lastOffsetDelta 4, baseTimestamp 8, maxTimestamp 8, producerId 8, producerEpoch 2, baseSequence 4,
 * records count 4 (DefaultRecordBatch.RECORD_BATCH_OVERHEAD = 61).
 */
export const RECORD_BATCH_OVERHEAD = 61;

/** Records.LOG_OVERHEAD: the baseOffset and batchLength fields, outside the batchLength count. */
export const LOG_OVERHEAD = 12;

/** ByteUtils.sizeOfUnsignedVarint on a non-negative value below 2^53 (7 bits per byte). */
function sizeOfUnsigned(v: number): number {
  // The usual sizes without a division.
  if (v < 128) return 1;
  if (v < 16384) return 2;
  if (v < 2097152) return 3;
  let bytes = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    bytes++;
  }
  return bytes;
}

/**
 * ByteUtils.sizeOfVarint / sizeOfVarlong: the zig-zag encoding ((v << 1) ^ (v >> 63)) maps 0, -1, 1,
 * -2, ... to 0, 1, 2, 3, ..., then 7 bits per byte. Computed arithmetically, exact for |v| < 2^52.
 */
export function sizeOfVarlong(value: number): number {
  return sizeOfUnsigned(value >= 0 ? 2 * value : -2 * value - 1);
}

/** ByteUtils.sizeOfVarint: the same zig-zag encoding on an int (at most 5 bytes). */
export const sizeOfVarint = sizeOfVarlong;

/** Length of `s` in UTF-8 (Utils.utf8Length), without encoding it; a lone surrogate counts 3 (U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * DefaultRecord.sizeInBytes: varint length, then the body: attributes (int8), timestampDelta (varlong),
 * offsetDelta (varint), keyLength (varint, -1 for null) and key, valueLength (varint, -1 for null) and
 * value, headers count (varint; the simulation sends no headers, so 0 = 1 byte).
 */
export function recordSizeInBytes(
  offsetDelta: number,
  timestampDelta: number,
  key: string | null,
  value: string | null,
): number {
  let body = 1 + sizeOfVarint(offsetDelta) + sizeOfVarlong(timestampDelta);
  if (key === null) body += 1;
  else {
    const k = utf8Length(key);
    body += sizeOfVarint(k) + k;
  }
  if (value === null) body += 1;
  else {
    const v = utf8Length(value);
    body += sizeOfVarint(v) + v;
  }
  body += 1; // headers count: varint 0
  return sizeOfVarint(body) + body;
}

/** What a record contributes to its batch's size. */
export interface SizedRecord {
  key: string | null;
  value: string | null;
  timestamp: number;
}

/**
 * Size of an uncompressed v2 batch holding `records` (offsets baseOffset, baseOffset+1, ...): the
 * 61-byte header plus each record, its deltas taken from the first record's offset and timestamp
 * (the batch's baseTimestamp, as MemoryRecordsBuilder sets it).
 */
export function batchSizeInBytes(records: readonly SizedRecord[]): number {
  if (records.length === 0) return 0;
  const baseTimestamp = (records[0] as SizedRecord).timestamp;
  let size = RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as SizedRecord;
    size += recordSizeInBytes(i, r.timestamp - baseTimestamp, r.key, r.value);
  }
  return size;
}
