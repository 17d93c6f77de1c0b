import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { batchSizeInBytes } from '../recordBatchSize';
import {
  BATCH_FIELD_OFFSETS,
  type EncodableBatch,
  encodedBatchSize,
  encodeRecordBatch,
  encodeRecordBatchInto,
} from './encode';
import { bitwiseCrc32c, readBatches } from './testing/encodedReader';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
const bytesOf = (h: string) =>
  Uint8Array.from(h.split(/\s+/).filter(Boolean), (x) => parseInt(x, 16));

const NON_IDEMPOTENT = { producerId: -1, producerEpoch: -1, baseSequence: -1 };

const varied: EncodableBatch = {
  baseOffset: 1_000_000,
  partitionLeaderEpoch: 12,
  producerId: 2,
  producerEpoch: 0,
  baseSequence: 300,
  records: Array.from({ length: 200 }, (_, i) => ({
    offset: 1_000_000 + i,
    // Out of order on purpose: maxTimestamp is the largest, deltas may be negative.
    timestamp: 1_700_000_000_000 + ((i * 7919) % 100_000) - 50_000,
    key: i % 5 === 0 ? null : i % 5 === 1 ? `키-${i}` : `k${i}`,
    value: i % 7 === 0 ? '😀'.repeat(i) : `order-${i}`.repeat(i % 11),
  })),
};

describe('RecordBatch v2 as DefaultRecordBatch writes it', () => {
  it('an empty batch is the 61-byte header, every field at its DefaultRecordBatch offset', () => {
    const b = encodeRecordBatch({
      baseOffset: 0x0102030405,
      partitionLeaderEpoch: 7,
      producerId: 0x0a0b0c0d0e,
      producerEpoch: 3,
      baseSequence: 99,
      records: [],
    });
    expect(b.length).toBe(61);
    const v = new DataView(b.buffer);
    const f = BATCH_FIELD_OFFSETS;
    expect(v.getBigInt64(f.baseOffset)).toBe(0x0102030405n);
    expect(v.getInt32(f.batchLength)).toBe(61 - 12);
    expect(v.getInt32(f.partitionLeaderEpoch)).toBe(7);
    expect(v.getInt8(f.magic)).toBe(2);
    expect(v.getUint32(f.crc)).toBe(bitwiseCrc32c(b, 21, 61));
    expect(v.getInt16(f.attributes)).toBe(0);
    expect(v.getBigInt64(f.producerId)).toBe(0x0a0b0c0d0en);
    expect(v.getInt16(f.producerEpoch)).toBe(3);
    expect(v.getInt32(f.baseSequence)).toBe(99);
    expect(v.getInt32(f.recordsCount)).toBe(0);
    // The sizes of Kafka's fields: 8 4 4 1 4 2 4 8 8 8 2 4 4.
    expect(Object.values(f)).toEqual([0, 8, 12, 16, 17, 21, 23, 27, 35, 43, 51, 53, 57, 61]);
  });

  it('one record (key "a", value "b"), byte by byte, with its CRC-32C', () => {
    const ts = 1_700_000_000_000; // 0x0000018bcfe56800
    const b = encodeRecordBatch({
      baseOffset: 5,
      partitionLeaderEpoch: 3,
      ...NON_IDEMPOTENT,
      records: [{ offset: 5, timestamp: ts, key: 'a', value: 'b' }],
    });
    const expected = bytesOf(
      `
      00 00 00 00 00 00 00 05   # baseOffset 5
      00 00 00 3a               # batchLength 58 (70 − 12)
      00 00 00 03               # partitionLeaderEpoch 3
      02                        # magic 2
      00 00 00 00               # crc (below)
      00 00                     # attributes: none, CreateTime
      00 00 00 00               # lastOffsetDelta 0
      00 00 01 8b cf e5 68 00   # baseTimestamp
      00 00 01 8b cf e5 68 00   # maxTimestamp
      ff ff ff ff ff ff ff ff   # producerId -1
      ff ff                     # producerEpoch -1
      ff ff ff ff               # baseSequence -1
      00 00 00 01               # records count 1
      10                        # record length 8 (zig-zag 16)
      00                        # attributes
      00                        # timestampDelta 0
      00                        # offsetDelta 0
      02 61                     # keyLength 1, "a"
      02 62                     # valueLength 1, "b"
      00                        # headers 0
    `.replace(/#.*$/gm, ''),
    );
    expect(expected.length).toBe(70);
    const crc = bitwiseCrc32c(expected, 21, 70);
    new DataView(expected.buffer).setUint32(17, crc);
    expect(hex(b)).toBe(hex(expected));
    // The CRC covers attributes … end only: a new partitionLeaderEpoch keeps it.
    const other = encodeRecordBatch({
      baseOffset: 5,
      partitionLeaderEpoch: 9,
      ...NON_IDEMPOTENT,
      records: [{ offset: 5, timestamp: ts, key: 'a', value: 'b' }],
    });
    expect(hex(other.subarray(17, 21))).toBe(hex(b.subarray(17, 21)));
  });

  it("an idempotent producer's batch carries its id, epoch and first sequence", () => {
    const b = encodeRecordBatch({
      baseOffset: 0,
      partitionLeaderEpoch: 0,
      producerId: 4,
      producerEpoch: 1,
      baseSequence: 17,
      records: [
        { offset: 0, timestamp: 10, key: null, value: 'x' },
        { offset: 1, timestamp: 12, key: null, value: 'y' },
      ],
    });
    expect(hex(b.subarray(43, 61))).toBe('00 00 00 00 00 00 00 04 00 01 00 00 00 11 00 00 00 02');
    // Length 7 (zig-zag 0e); null key: keyLength varint -1 = 01; the second record's deltas are 1 and 2.
    expect(hex(b.subarray(61))).toBe('0e 00 00 00 01 02 78 00 ' + '0e 00 04 02 01 02 79 00');
    const [read] = readBatches(b);
    expect(read?.lastOffsetDelta).toBe(1);
    expect(read?.maxTimestamp).toBe(12);
  });

  it('reads back (an independent reader): offsets, timestamps, keys, values, sizes and CRC', () => {
    const b = encodeRecordBatch(varied);
    expect(b.length).toBe(encodedBatchSize(varied));
    expect(b.length).toBe(batchSizeInBytes(varied.records));
    const [read] = readBatches(b);
    if (!read) throw new Error('no batch');
    expect(read.crc).toBe(read.computedCrc);
    expect(read.magic).toBe(2);
    expect(read.size).toBe(b.length);
    expect(read.lastOffsetDelta).toBe(199);
    expect(read.baseTimestamp).toBe(varied.records[0]?.timestamp);
    expect(read.maxTimestamp).toBe(Math.max(...varied.records.map((r) => r.timestamp)));
    expect(
      read.records.map(({ offset, timestamp, key, value }) => ({ offset, timestamp, key, value })),
    ).toEqual(varied.records);
    expect(read.records.every((r) => r.attributes === 0 && r.headerCount === 0)).toBe(true);
  });

  it('writes into a larger buffer at a position, leaving the rest alone', () => {
    const one = encodeRecordBatch(varied);
    const out = new Uint8Array(one.length + 10).fill(0xee);
    expect(encodeRecordBatchInto(varied, out, 5)).toBe(5 + one.length);
    expect(hex(out.subarray(5, 5 + one.length))).toBe(hex(one));
    expect(hex(out.subarray(0, 5))).toBe('ee ee ee ee ee');
    expect(hex(out.subarray(5 + one.length))).toBe('ee ee ee ee ee');
  });
});

// KafkaJS (a dev dependency) writes RecordBatch v2 independently: the same fields give the same bytes.
const require = createRequire(import.meta.url);
interface KafkaJsEncoder {
  buffer: Buffer;
}
const kjs = {
  RecordBatch: (
    require('kafkajs/src/protocol/recordBatch/v0/index.js') as {
      RecordBatch: (b: Record<string, unknown>) => Promise<KafkaJsEncoder>;
    }
  ).RecordBatch,
  Record: require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (
    r: Record<string, unknown>,
  ) => KafkaJsEncoder,
  Long: require('kafkajs/src/utils/long.js') as { fromValue: (v: number) => unknown },
};

async function kafkaJsBatch(b: EncodableBatch): Promise<Uint8Array> {
  const first = b.records[0];
  const base = first?.timestamp ?? -1;
  const enc = await kjs.RecordBatch({
    firstOffset: kjs.Long.fromValue(b.baseOffset),
    firstTimestamp: base,
    maxTimestamp: Math.max(-1, ...b.records.map((r) => r.timestamp)),
    partitionLeaderEpoch: b.partitionLeaderEpoch,
    lastOffsetDelta: b.records.length ? b.records.length - 1 : 0,
    producerId: kjs.Long.fromValue(b.producerId),
    producerEpoch: b.producerEpoch,
    firstSequence: b.baseSequence,
    records: b.records.map((r, i) =>
      kjs.Record({
        offsetDelta: i,
        timestampDelta: r.timestamp - base,
        key: r.key === null ? null : Buffer.from(r.key, 'utf8'),
        value: r.value === null ? null : Buffer.from(r.value, 'utf8'),
      }),
    ),
  });
  return new Uint8Array(enc.buffer);
}

describe("the same bytes as KafkaJS's RecordBatch v2 encoder", () => {
  it('for a varied batch, a one-record batch and a non-idempotent batch', async () => {
    const batches: EncodableBatch[] = [
      varied,
      {
        baseOffset: 0,
        partitionLeaderEpoch: 0,
        ...NON_IDEMPOTENT,
        records: [{ offset: 0, timestamp: 3_000, key: 'alpha', value: 'order-1' }],
      },
      { ...varied, ...NON_IDEMPOTENT, baseOffset: 1_000_000 },
    ];
    for (const b of batches) expect(hex(encodeRecordBatch(b))).toBe(hex(await kafkaJsBatch(b)));
  });
});

describe("fractional virtual-ms timestamps (the model's clock) written as whole ms", () => {
  it('the encoded size is still the size recordBatchSize.ts gave (boundary deltas, both signs)', () => {
    const deltas = [
      0.3, 63.2, 63.9, 64.1, 8191.5, 8192.2, -0.3, -0.5, -0.7, -64.2, -64.5, -64.7, -8192.4,
      -8192.6,
    ];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 500; i++) deltas.push((next() - 0.3) * 3 * 10 ** Math.floor(next() * 7));
    for (const d of deltas) {
      const t0 = 1_000.9;
      const records = [
        { offset: 0, timestamp: t0, key: 'k', value: 'v' },
        { offset: 1, timestamp: t0 + d, key: null, value: 'w' },
      ];
      const b: EncodableBatch = {
        baseOffset: 0,
        partitionLeaderEpoch: 0,
        ...NON_IDEMPOTENT,
        records,
      };
      const bytes = encodeRecordBatch(b);
      expect(bytes.length, String(d)).toBe(batchSizeInBytes(records));
      const [read] = readBatches(bytes);
      expect(read?.crc).toBe(read?.computedCrc);
      expect(read?.baseTimestamp).toBe(1000);
      expect(read?.maxTimestamp).toBe(Math.floor(Math.max(t0, t0 + d)));
      const second = read?.records[1]?.timestamp ?? NaN;
      expect(Math.abs(second - (t0 + d)), String(d)).toBeLessThan(2);
    }
  });
});
