// A RecordBatch v2 (magic 2) as Kafka 3.6 writes it (KAFKA.md 2.6): K@3.6.2
// clients/.../common/record/DefaultRecordBatch.java (writeHeader, the *_OFFSET constants),
// DefaultRecord.java (writeTo) and MemoryRecordsBuilder.java (baseTimestamp, maxTimestamp). Big-endian;
// uncompressed, CreateTime, neither transactional nor control (attributes 0); no record headers.
import {
  RECORD_BATCH_OVERHEAD,
  recordSizeInBytes,
  sizeOfVarint,
  sizeOfVarlong,
  utf8Length,
} from '../recordBatchSize';
import { crc32c } from './crc32c';
import { writeVarint, writeVarlong } from './varint';

/** RecordBatch.NO_PRODUCER_ID, NO_PRODUCER_EPOCH, NO_SEQUENCE: a batch of a non-idempotent producer. */
export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
/** RecordBatch.NO_TIMESTAMP (an empty batch's timestamps). */
export const NO_TIMESTAMP = -1;
/** RecordBatch.CURRENT_MAGIC_VALUE (RecordBatch.MAGIC_VALUE_V2). */
export const MAGIC_V2 = 2;

/** Field positions in a batch (DefaultRecordBatch.*_OFFSET). */
export const BATCH_FIELD_OFFSETS = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordsCount: 57,
  records: 61,
} as const;

export interface EncodableRecord {
  offset: number;
  /** CreateTime in ms; the model's virtual time may be fractional (see wholeTimestampDelta). */
  timestamp: number;
  /** Written as UTF-8; null is keyLength -1. */
  key: string | null;
  value: string | null;
}

export interface EncodableBatch {
  baseOffset: number;
  partitionLeaderEpoch: number;
  /** -1 (NO_PRODUCER_ID) unless the producer is idempotent. */
  producerId: number;
  /** -1 (NO_PRODUCER_EPOCH) unless the producer is idempotent. */
  producerEpoch: number;
  /** The first record's sequence number, -1 (NO_SEQUENCE) unless the producer is idempotent. */
  baseSequence: number;
  /** Its records, offsets from baseOffset up (offsetDelta = offset − baseOffset). */
  records: readonly EncodableRecord[];
}

/** Bytes of the batch: the 61-byte header and each DefaultRecord (recordBatchSize.ts's figures). */
export function encodedBatchSize(batch: EncodableBatch): number {
  const recs = batch.records;
  const baseTimestamp = recs.length > 0 ? (recs[0] as EncodableRecord).timestamp : 0;
  let size = RECORD_BATCH_OVERHEAD;
  for (const r of recs) {
    size += recordSizeInBytes(
      r.offset - batch.baseOffset,
      r.timestamp - baseTimestamp,
      r.key,
      r.value,
    );
  }
  return size;
}

/** The batch in a new array of exactly its size. */
export function encodeRecordBatch(batch: EncodableBatch): Uint8Array {
  const out = new Uint8Array(encodedBatchSize(batch));
  encodeRecordBatchInto(batch, out, 0);
  return out;
}

/**
 * Write the batch at `out[pos]` (the caller sized `out` with encodedBatchSize); returns the position
 * after it. DefaultRecordBatch.writeHeader fills the header after the records, the CRC last.
 */
export function encodeRecordBatchInto(batch: EncodableBatch, out: Uint8Array, pos: number): number {
  const recs = batch.records;
  const n = recs.length;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const baseTimestamp = n > 0 ? (recs[0] as EncodableRecord).timestamp : NO_TIMESTAMP;
  let maxTimestamp = NO_TIMESTAMP;
  let lastOffsetDelta = 0;
  let p = pos + RECORD_BATCH_OVERHEAD;
  for (let i = 0; i < n; i++) {
    const r = recs[i] as EncodableRecord;
    const offsetDelta = r.offset - batch.baseOffset;
    if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
    if (offsetDelta > lastOffsetDelta) lastOffsetDelta = offsetDelta;
    const timestampDelta = wholeTimestampDelta(r.timestamp - baseTimestamp);
    p = writeRecord(out, p, offsetDelta, timestampDelta, r.key, r.value);
  }
  const f = BATCH_FIELD_OFFSETS;
  writeInt64(view, pos + f.baseOffset, batch.baseOffset);
  // batchLength: the bytes after it (Records.LOG_OVERHEAD = 12 are baseOffset and batchLength).
  view.setInt32(pos + f.batchLength, p - pos - 12);
  view.setInt32(pos + f.partitionLeaderEpoch, batch.partitionLeaderEpoch);
  view.setInt8(pos + f.magic, MAGIC_V2);
  // attributes: compression none (0), CreateTime (bit 3 clear), not transactional, not control.
  view.setInt16(pos + f.attributes, 0);
  view.setInt32(pos + f.lastOffsetDelta, lastOffsetDelta);
  writeInt64(view, pos + f.baseTimestamp, Math.floor(baseTimestamp));
  writeInt64(view, pos + f.maxTimestamp, Math.floor(maxTimestamp));
  writeInt64(view, pos + f.producerId, batch.producerId);
  view.setInt16(pos + f.producerEpoch, batch.producerEpoch);
  view.setInt32(pos + f.baseSequence, batch.baseSequence);
  view.setInt32(pos + f.recordsCount, n);
  // The CRC covers attributes … end: partitionLeaderEpoch is set by the leader without a new CRC.
  view.setUint32(pos + f.crc, crc32c(out, pos + f.attributes, p));
  return p;
}

/**
 * Kafka's timestamps are whole ms (System.currentTimeMillis); the model's virtual clock may be
 * fractional (a producer at 120 records/s ticks every 8.33 ms) and recordBatchSize.ts sizes the
 * fractional delta. The encoder writes floor(timestamp) as baseTimestamp and maxTimestamp, and this
 * whole delta, which has the same varlong size as the fractional one (so the batch is exactly
 * batchBytes): floor(d) for d ≥ 0, ceil(d − ½) below (zig-zag −2d − 1 against 2^7k). A record then
 * reads back as floor(baseTimestamp) + delta: floor(timestamp) or 1 ms below it. Whole numbers are
 * unchanged.
 */
export function wholeTimestampDelta(d: number): number {
  return d >= 0 ? Math.floor(d) : Math.ceil(d - 0.5);
}

/** DefaultRecord.writeTo: length, attributes 0, timestampDelta, offsetDelta, key, value, 0 headers. */
function writeRecord(
  out: Uint8Array,
  pos: number,
  offsetDelta: number,
  timestampDelta: number,
  key: string | null,
  value: string | null,
): number {
  const keyLen = key === null ? -1 : utf8Length(key);
  const valueLen = value === null ? -1 : utf8Length(value);
  // DefaultRecord.sizeOfBodyInBytes.
  const body =
    1 +
    sizeOfVarlong(timestampDelta) +
    sizeOfVarint(offsetDelta) +
    sizeOfVarint(keyLen) +
    Math.max(0, keyLen) +
    sizeOfVarint(valueLen) +
    Math.max(0, valueLen) +
    1;
  let p = writeVarint(out, pos, body);
  out[p++] = 0; // attributes (unused)
  p = writeVarlong(out, p, timestampDelta);
  p = writeVarint(out, p, offsetDelta);
  p = writeVarint(out, p, keyLen);
  if (key !== null) p = writeUtf8(out, p, key);
  p = writeVarint(out, p, valueLen);
  if (value !== null) p = writeUtf8(out, p, value);
  p = writeVarint(out, p, 0); // headers count
  return p;
}

/** A big-endian int64 from a safe integer (-1 = 0xffffffffffffffff). */
function writeInt64(view: DataView, pos: number, v: number): void {
  const hi = Math.floor(v / 4294967296);
  view.setInt32(pos, hi);
  view.setUint32(pos + 4, v - hi * 4294967296);
}

/**
 * UTF-8 (Utils.utf8). A lone surrogate becomes U+FFFD, 3 bytes, as TextEncoder does and utf8Length
 * counts it (Java's String.getBytes would write '?'; the model's sizes count 3).
 */
function writeUtf8(out: Uint8Array, pos: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[pos++] = c;
      continue;
    }
    if (c < 0x800) {
      out[pos++] = 0xc0 | (c >> 6);
      out[pos++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out[pos++] = 0xf0 | (cp >> 18);
        out[pos++] = 0x80 | ((cp >> 12) & 0x3f);
        out[pos++] = 0x80 | ((cp >> 6) & 0x3f);
        out[pos++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    out[pos++] = 0xe0 | (c >> 12);
    out[pos++] = 0x80 | ((c >> 6) & 0x3f);
    out[pos++] = 0x80 | (c & 0x3f);
  }
  return pos;
}
