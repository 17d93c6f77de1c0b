import { describe, expect, it } from 'vitest';
import {
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  batchSizeInBytes,
  recordSizeInBytes,
  sizeOfVarint,
  sizeOfVarlong,
  utf8Length,
} from './recordBatchSize';

describe('RecordBatch v2 sizes (DefaultRecordBatch, DefaultRecord, ByteUtils)', () => {
  it('the batch header is 61 bytes, field by field (KAFKA.md 2.6)', () => {
    // baseOffset, batchLength, partitionLeaderEpoch, magic, crc, attributes, lastOffsetDelta,
    // baseTimestamp, maxTimestamp, producerId, producerEpoch, baseSequence, records count.
    const fields = [8, 4, 4, 1, 4, 2, 4, 8, 8, 8, 2, 4, 4];
    expect(fields.reduce((a, b) => a + b, 0)).toBe(61);
    expect(RECORD_BATCH_OVERHEAD).toBe(61);
    expect(LOG_OVERHEAD).toBe(12);
  });

  it('varints are zig-zag: 0, -1, 1, -2 … take 1 byte up to ±64, then 7 bits a byte', () => {
    expect(sizeOfVarint(0)).toBe(1);
    expect(sizeOfVarint(-1)).toBe(1); // null key / value length
    expect(sizeOfVarint(63)).toBe(1); // zig-zag 126
    expect(sizeOfVarint(64)).toBe(2); // zig-zag 128
    expect(sizeOfVarint(-64)).toBe(1); // zig-zag 127
    expect(sizeOfVarint(-65)).toBe(2); // zig-zag 129
    expect(sizeOfVarint(8191)).toBe(2); // zig-zag 16382
    expect(sizeOfVarint(8192)).toBe(3); // zig-zag 16384
    expect(sizeOfVarint(2147483647)).toBe(5);
    expect(sizeOfVarint(-2147483648)).toBe(5);
    expect(sizeOfVarlong(604800000)).toBe(5); // zig-zag 1209600000 < 2^31
    expect(sizeOfVarlong(2 ** 34)).toBe(6); // zig-zag 2^35 needs 36 bits
  });

  it('UTF-8 lengths: ASCII 1, é 2, € 3, an astral emoji 4', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('')).toBe(0);
  });

  it('key "a", value "b": a 9-byte record, a 70-byte batch', () => {
    // body = attributes 1 + timestampDelta 1 + offsetDelta 1 + keyLength 1 + "a" 1
    //      + valueLength 1 + "b" 1 + headers count 1 = 8; length varint(8) = 1 → 9.
    expect(recordSizeInBytes(0, 0, 'a', 'b')).toBe(9);
    expect(batchSizeInBytes([{ key: 'a', value: 'b', timestamp: 5 }])).toBe(70);
  });

  it('a null key costs one byte (varint -1)', () => {
    // body = 1 + 1 + 1 + 1 (null key) + 1 + 5 ("hello") + 1 = 11; + length 1 = 12.
    expect(recordSizeInBytes(0, 0, null, 'hello')).toBe(12);
    expect(batchSizeInBytes([{ key: null, value: 'hello', timestamp: 0 }])).toBe(73);
  });

  it('deltas from the first record: a second record 1000 ms later costs 10 bytes', () => {
    // offsetDelta 1 → 1 byte; timestampDelta 1000 → zig-zag 2000 → 2 bytes; body 9; length 1.
    const batch = [
      { key: 'a', value: 'b', timestamp: 7000 },
      { key: 'c', value: 'd', timestamp: 8000 },
    ];
    expect(batchSizeInBytes(batch)).toBe(61 + 9 + 10);
    // A record older than the first one has a negative delta: zig-zag keeps it small.
    expect(recordSizeInBytes(1, -1, 'c', 'd')).toBe(9);
  });

  it('the length varint grows to 2 bytes when the body reaches 64 bytes', () => {
    // Null key, value of v ASCII bytes: body = 5 + varint(v) + v.
    expect(recordSizeInBytes(0, 0, null, 'x'.repeat(57))).toBe(64); // body 63
    expect(recordSizeInBytes(0, 0, null, 'x'.repeat(58))).toBe(66); // body 64
    // A value of 64 bytes needs a 2-byte length too.
    expect(recordSizeInBytes(0, 0, null, 'x'.repeat(64))).toBe(1 + 1 + 1 + 1 + 2 + 64 + 1 + 2);
  });

  it('an empty batch has no bytes', () => {
    expect(batchSizeInBytes([])).toBe(0);
  });
});
