// Decodes a .log segment (RecordBatch v2, KAFKA.md 2.6) into batches, records and annotated fields;
// never throws: bad input ends in a DecodeProblem naming the byte, with what was read before it.
import { crc32c } from './crc32c';
import { ByteReader, Stop, hex32, stop } from './byteReader';
import type { ByteField, DecodedBatch, DecodedRecord, DecodeResult } from './types';

/** Records.LOG_OVERHEAD: baseOffset + batchLength. */
export const LOG_OVERHEAD = 12;
/** DefaultRecordBatch.RECORD_BATCH_OVERHEAD: the header size. */
export const RECORD_BATCH_OVERHEAD = 61;
/** The smallest legal batchLength (a header with no records). */
const MIN_BATCH_LENGTH = RECORD_BATCH_OVERHEAD - LOG_OVERHEAD;
/** Where the magic byte sits in a batch (DefaultRecordBatch.MAGIC_OFFSET). */
export const MAGIC_OFFSET = 16;
/** The CRC covers attributes … end (DefaultRecordBatch.ATTRIBUTES_OFFSET). */
const ATTRIBUTES_OFFSET = 21;

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** The compression codec in attributes bits 0–2 (CompressionType): `none`, `gzip`, … */
export function compressionName(attributes: number): string {
  const id = attributes & 7;
  return CODECS[id] ?? `unknown (${id})`;
}

function describeAttributes(a: number): string {
  const parts = [compressionName(a), a & 8 ? 'LogAppendTime' : 'CreateTime'];
  if (a & 0x10) parts.push('transactional');
  if (a & 0x20) parts.push('control');
  return `${a} (${parts.join(', ')})`;
}

export function decodeLog(bytes: Uint8Array): DecodeResult<DecodedBatch> {
  const items: DecodedBatch[] = [];
  const fields: ByteField[] = [];
  if (bytes.length === 0)
    return { ok: false, problem: { code: 'empty', at: 0, params: {} }, items, fields };
  try {
    let position = 0;
    while (position < bytes.length) {
      const batch = decodeBatch(bytes, position, items.length, fields);
      items.push(batch.batch);
      if (batch.problem) throw batch.problem;
      position += batch.batch.sizeInBytes;
    }
    return { ok: true, items, fields };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problem: e.problem, items, fields };
    // Not expected: every read is bounded. Still never throw to a view.
    return {
      ok: false,
      problem: { code: 'notKafka', at: 0, params: { reason: String(e) } },
      items,
      fields,
    };
  }
}

function decodeBatch(
  bytes: Uint8Array,
  position: number,
  index: number,
  fields: ByteField[],
): { batch: DecodedBatch; problem?: Stop } {
  const group = `batch ${index}`;
  const available = bytes.length - position;
  // Look at the magic byte before trusting the length: it tells a v2 batch from anything else.
  if (available > MAGIC_OFFSET) {
    const magic = ((bytes[position + MAGIC_OFFSET] ?? 0) << 24) >> 24;
    if (magic !== 2) {
      const code = index === 0 && (magic < 0 || magic > 2) ? 'notKafka' : 'badMagic';
      stop(code, position + MAGIC_OFFSET, { magic });
    }
  }
  if (available < LOG_OVERHEAD) {
    stop('truncated', position, { field: group, needed: LOG_OVERHEAD, available });
  }
  const r = new ByteReader(bytes, fields, position, bytes.length);
  const baseOffset = r.int64('baseOffset', group);
  const lengthAt = r.pos;
  const batchLength = r.int32('batchLength', group);
  if (batchLength < MIN_BATCH_LENGTH) {
    stop(index === 0 && batchLength < 0 ? 'notKafka' : 'badLength', lengthAt, {
      field: 'batchLength',
      value: batchLength,
      min: MIN_BATCH_LENGTH,
    });
  }
  const sizeInBytes = LOG_OVERHEAD + batchLength;
  if (sizeInBytes > available) {
    stop('truncated', position, { field: group, needed: sizeInBytes, available });
  }
  const end = position + sizeInBytes;
  r.end = end;
  const partitionLeaderEpoch = r.int32('partitionLeaderEpoch', group);
  const magic = r.int8('magic', group);
  const crcAt = r.pos;
  const crc = r.uint32('crc', group, hex32);
  const computed = crc32c(bytes, position + ATTRIBUTES_OFFSET, end) >>> 0;
  const crcValid = computed === crc;
  const attributes = r.int16('attributes', group, describeAttributes);
  const lastOffsetDelta = r.int32(
    'lastOffsetDelta',
    group,
    (d) => `${d} (offset ${baseOffset + d})`,
  );
  const baseTimestamp = r.int64('baseTimestamp', group);
  const maxTimestamp = r.int64('maxTimestamp', group);
  const producerId = r.int64('producerId', group, (v) => (v === -1 ? '-1 (none)' : String(v)));
  const producerEpoch = r.int16('producerEpoch', group);
  const baseSequence = r.int32('baseSequence', group);
  const countAt = r.pos;
  const recordsCount = r.int32('recordsCount', group);
  const records: DecodedRecord[] = [];
  const batch: DecodedBatch = {
    position,
    sizeInBytes,
    baseOffset,
    lastOffset: baseOffset + lastOffsetDelta,
    partitionLeaderEpoch,
    magic,
    crc,
    crcValid,
    attributes,
    baseTimestamp,
    maxTimestamp,
    producerId,
    producerEpoch,
    baseSequence,
    records,
  };
  const badCrc = crcValid
    ? undefined
    : new Stop({
        code: 'badCrc',
        at: crcAt,
        params: { stored: hex32(crc), computed: hex32(computed) },
      });
  try {
    if ((attributes & 7) !== 0) {
      // Teaching simplification: compressed records are not inflated here; the header still is.
      fields.push({
        start: r.pos,
        end,
        name: 'records',
        value: `compressed (${compressionName(attributes)})`,
        group,
      });
      return badCrc ? { batch, problem: badCrc } : { batch };
    }
    if (recordsCount < 0) stop('badRecordCount', countAt, { expected: recordsCount, found: 0 });
    for (let i = 0; i < recordsCount; i++) {
      if (r.pos >= end) stop('badRecordCount', countAt, { expected: recordsCount, found: i });
      records.push(decodeRecord(r, batch, `${group} › record ${i}`));
    }
    if (r.pos < end) {
      stop('badRecordCount', r.pos, {
        expected: recordsCount,
        // More than announced: `{expected}+` records, and this many bytes left over.
        found: `${recordsCount}+`,
        extraBytes: end - r.pos,
      });
    }
  } catch (e) {
    // A batch whose CRC is wrong may be garbage inside: the CRC is the problem to report.
    if (badCrc) return { batch, problem: badCrc };
    throw e;
  }
  return badCrc ? { batch, problem: badCrc } : { batch };
}

function decodeRecord(r: ByteReader, batch: DecodedBatch, group: string): DecodedRecord {
  const lengthAt = r.pos;
  const length = r.varint('length', group);
  if (length < 0) stop('badLength', lengthAt, { field: 'length', value: length, min: 0 });
  const batchEnd = r.end;
  const recordEnd = r.pos + length;
  if (recordEnd > batchEnd)
    stop('truncated', lengthAt, { field: 'length', needed: length, available: batchEnd - r.pos });
  r.end = recordEnd;
  r.int8('attributes', group);
  const timestampDelta = r.varint(
    'timestampDelta',
    group,
    true,
    (d) => `${d} (${batch.baseTimestamp + d})`,
  );
  const offsetDelta = r.varint(
    'offsetDelta',
    group,
    false,
    (d) => `${d} (offset ${batch.baseOffset + d})`,
  );
  const key = bytesField(r, 'keyLength', 'key', group);
  const value = bytesField(r, 'valueLength', 'value', group);
  const headerCountAt = r.pos;
  const headerCount = r.varint('headerCount', group);
  if (headerCount < 0)
    stop('badLength', headerCountAt, { field: 'headerCount', value: headerCount, min: 0 });
  const headers: DecodedRecord['headers'] = [];
  for (let h = 0; h < headerCount; h++) {
    const keyAt = r.pos;
    const headerKey = bytesField(r, 'headerKeyLength', 'headerKey', group);
    // DefaultRecord.readHeaders: "Invalid negative header key size".
    if (headerKey === null)
      stop('badLength', keyAt, { field: 'headerKeyLength', value: -1, min: 0 });
    headers.push({
      key: headerKey,
      value: bytesField(r, 'headerValueLength', 'headerValue', group),
    });
  }
  // DefaultRecord.readFrom: the fields must use exactly the record's length.
  if (r.pos !== recordEnd)
    stop('badLength', lengthAt, { field: 'length', value: length, used: r.pos - lengthAt });
  r.end = batchEnd;
  // DefaultRecord.readFrom: with LogAppendTime every record carries the batch's maxTimestamp.
  const timestamp =
    batch.attributes & 8 ? batch.maxTimestamp : batch.baseTimestamp + timestampDelta;
  return { offset: batch.baseOffset + offsetDelta, timestamp, key, value, headers };
}

/** A varint length then that many bytes; a negative length is null (DefaultRecord.readFrom). */
function bytesField(r: ByteReader, lengthName: string, name: string, group: string): string | null {
  const n = r.varint(lengthName, group, false, (v) => (v < 0 ? `${v} (null)` : String(v)));
  return n < 0 ? null : r.text(n, name, group);
}
