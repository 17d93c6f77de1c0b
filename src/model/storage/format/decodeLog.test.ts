import { describe, expect, it } from 'vitest';
import { crc32c } from './crc32c';
import { compressionName, decodeLog } from './decodeLog';
import { bitwiseCrc32c, concat, handBatch, sampleLog, zigzag } from './testing/handBuilt';
import type { DecodeResult, DecodedBatch } from './types';

const fieldsOf = (res: DecodeResult<DecodedBatch>, group: string) =>
  Object.fromEntries(res.fields.filter((f) => f.group === group).map((f) => [f.name, f]));

function problem(res: DecodeResult<DecodedBatch>) {
  if (res.ok) throw new Error('expected a problem');
  return res.problem;
}

describe('decodeLog: a valid segment', () => {
  const bytes = sampleLog();
  const res = decodeLog(bytes);

  it('CRC-32C agrees with a bitwise reference (the check value of "123456789" is 0xe3069283)', () => {
    const nine = new TextEncoder().encode('123456789');
    expect(bitwiseCrc32c(nine)).toBe(0xe3069283);
    expect(crc32c(nine)).toBe(0xe3069283);
  });

  it('reads every batch header field where Kafka puts it (61-byte header)', () => {
    expect(res.ok).toBe(true);
    expect(res.items).toHaveLength(2);
    const [b0, b1] = res.items as [DecodedBatch, DecodedBatch];
    expect(b0).toMatchObject({
      position: 0,
      baseOffset: 0,
      lastOffset: 1,
      partitionLeaderEpoch: 3,
      magic: 2,
      crcValid: true,
      attributes: 0,
      baseTimestamp: 1_700_000_000_000,
      maxTimestamp: 1_700_000_000_005,
      producerId: 1000,
      producerEpoch: 0,
      baseSequence: 0,
    });
    expect(b1.position).toBe(b0.sizeInBytes);
    expect(b0.sizeInBytes + b1.sizeInBytes).toBe(bytes.length);
    expect(b1).toMatchObject({
      baseOffset: 2,
      lastOffset: 4,
      producerId: -1,
      producerEpoch: -1,
      baseSequence: -1,
    });
    const f = fieldsOf(res, 'batch 0');
    const layout = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [v.start, v.end]]));
    expect(layout).toEqual({
      baseOffset: [0, 8],
      batchLength: [8, 12],
      partitionLeaderEpoch: [12, 16],
      magic: [16, 17],
      crc: [17, 21],
      attributes: [21, 23],
      lastOffsetDelta: [23, 27],
      baseTimestamp: [27, 35],
      maxTimestamp: [35, 43],
      producerId: [43, 51],
      producerEpoch: [51, 53],
      baseSequence: [53, 57],
      recordsCount: [57, 61],
    });
    expect(f.batchLength?.value).toBe(String(b0.sizeInBytes - 12));
    expect(f.crc?.value).toBe('0x' + b0.crc.toString(16).padStart(8, '0'));
    expect(f.attributes?.value).toBe('0 (none, CreateTime)');
    expect(f.recordsCount?.value).toBe('2');
    expect(fieldsOf(res, 'batch 1').producerId?.value).toBe('-1 (none)');
  });

  it('reads records: offsets, timestamps, UTF-8 or hex keys, null values, headers', () => {
    const records = res.items.flatMap((b) => b.records);
    expect(records.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(records.map((r) => r.timestamp)).toEqual([
      1_700_000_000_000, 1_700_000_000_005, 1_700_000_000_100, 1_700_000_000_400, 1_700_000_000_080,
    ]);
    expect(records.map((r) => r.key)).toEqual(['alice', null, '0xff00', 'bob', 'carol']);
    expect(records.map((r) => r.value)).toEqual(['order-1', 'no key', null, 'héllo ✓', '']);
    expect(records[1]?.headers).toEqual([{ key: 'trace', value: 'x1' }]);
  });

  it('annotates each record field with Kafka names, in order, without gaps', () => {
    const r1 = res.fields.filter((f) => f.group === 'batch 0 › record 1');
    expect(r1.map((f) => f.name)).toEqual([
      'length',
      'attributes',
      'timestampDelta',
      'offsetDelta',
      'keyLength',
      'valueLength',
      'value',
      'headerCount',
      'headerKeyLength',
      'headerKey',
      'headerValueLength',
      'headerValue',
    ]);
    const byName = Object.fromEntries(r1.map((f) => [f.name, f.value]));
    expect(byName).toMatchObject({
      keyLength: '-1 (null)',
      value: '"no key"',
      headerKey: '"trace"',
    });
    expect(byName.offsetDelta).toBe('1 (offset 1)');
    // Fields tile the file: each starts where the previous ended.
    for (let i = 1; i < res.fields.length; i++)
      expect(res.fields[i]?.start).toBe(res.fields[i - 1]?.end);
    expect(res.fields.at(-1)?.end).toBe(bytes.length);
    expect(fieldsOf(res, 'batch 1 › record 0').key?.value).toBe('0xff00');
  });

  it('LogAppendTime batches give every record the batch maxTimestamp', () => {
    const b = handBatch({
      baseOffset: 7,
      attributes: 8,
      baseTimestamp: 100,
      maxTimestamp: 999,
      records: [{ offsetDelta: 0, timestampDelta: 3, key: 'k', value: 'v' }],
    });
    const out = decodeLog(b);
    expect(out.ok).toBe(true);
    expect(out.items[0]?.records[0]?.timestamp).toBe(999);
  });

  it('reads a multi-byte varint and a negative timestamp delta', () => {
    const long = 'x'.repeat(300);
    const out = decodeLog(
      handBatch({
        baseOffset: 0,
        baseTimestamp: 5000,
        records: [{ offsetDelta: 0, timestampDelta: -4000, key: null, value: long }],
      }),
    );
    expect(out.ok).toBe(true);
    expect(out.items[0]?.records[0]).toMatchObject({ value: long, timestamp: 1000 });
    const vl = out.fields.find((f) => f.name === 'valueLength');
    expect(vl && vl.end - vl.start).toBe(2);
  });
});

describe('decodeLog: compressed batches', () => {
  it('decodes the header and reports the codec without failing the file', () => {
    const compressed = handBatch({
      baseOffset: 10,
      attributes: 4, // zstd
      baseTimestamp: 1,
      lastOffsetDelta: 2,
      recordsCount: 3,
      records: [],
      rawRecords: Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]),
    });
    const plain = handBatch({
      baseOffset: 13,
      baseTimestamp: 2,
      records: [{ offsetDelta: 0, timestampDelta: 0, key: 'a', value: 'b' }],
    });
    const res = decodeLog(concat(compressed, plain));
    expect(res.ok).toBe(true);
    expect(res.items.map((b) => [b.baseOffset, b.lastOffset, b.records.length])).toEqual([
      [10, 12, 0],
      [13, 13, 1],
    ]);
    expect(compressionName(res.items[0]?.attributes ?? 0)).toBe('zstd');
    const rec = res.fields.find((f) => f.name === 'records');
    expect(rec).toMatchObject({
      start: 61,
      end: compressed.length,
      value: 'compressed (zstd)',
      group: 'batch 0',
    });
    expect(
      ['none', 'gzip', 'snappy', 'lz4', 'zstd', 'unknown (7)'].map((_, i) =>
        compressionName(i === 5 ? 7 : i),
      ),
    ).toEqual(['none', 'gzip', 'snappy', 'lz4', 'zstd', 'unknown (7)']);
  });
});

describe('decodeLog: problems name the byte', () => {
  const one = () =>
    handBatch({
      baseOffset: 0,
      baseTimestamp: 1000,
      records: [{ offsetDelta: 0, timestampDelta: 0, key: 'k', value: 'value' }],
    });

  it('empty', () => {
    expect(problem(decodeLog(new Uint8Array(0)))).toEqual({ code: 'empty', at: 0, params: {} });
  });

  it('truncated: a batch cut short keeps the batches before it', () => {
    const log = sampleLog();
    const first = decodeLog(log).items[0]?.sizeInBytes ?? 0;
    const res = decodeLog(log.subarray(0, log.length - 3));
    expect(problem(res)).toMatchObject({
      code: 'truncated',
      at: first,
      params: { field: 'batch 1' },
    });
    expect(res.items).toHaveLength(1);
    // Cut inside the 12-byte log overhead.
    expect(problem(decodeLog(log.subarray(0, first + 5)))).toMatchObject({
      code: 'truncated',
      at: first,
    });
  });

  it('truncated: a record running past its batch', () => {
    const b = one();
    // Record length varint sits at byte 61: claim 2 more bytes than the record has.
    const len = b[61] ?? 0;
    b[61] = len + 4; // zig-zag: +2
    fixCrc(b);
    expect(problem(decodeLog(b))).toMatchObject({
      code: 'truncated',
      at: 61,
      params: { field: 'length' },
    });
  });

  it('badMagic with the magic found (v0/v1 message sets are not supported)', () => {
    const b = one();
    b[16] = 1;
    expect(problem(decodeLog(b))).toEqual({ code: 'badMagic', at: 16, params: { magic: 1 } });
    const second = concat(one(), one());
    second[one().length + 16] = 7;
    expect(problem(decodeLog(second))).toMatchObject({
      code: 'badMagic',
      at: one().length + 16,
      params: { magic: 7 },
    });
  });

  it('badCrc with both values in hex; the batch is still shown with crcValid false', () => {
    const b = one();
    b[b.length - 1] = (b[b.length - 1] ?? 0) ^ 0xff;
    const res = decodeLog(b);
    const p = problem(res);
    expect(p.code).toBe('badCrc');
    expect(p.at).toBe(17);
    expect(p.params.stored).toMatch(/^0x[0-9a-f]{8}$/);
    expect(p.params.computed).toBe('0x' + crc32c(b, 21).toString(16).padStart(8, '0'));
    expect(p.params.stored).not.toBe(p.params.computed);
    expect(res.items[0]?.crcValid).toBe(false);
  });

  it('partitionLeaderEpoch is not covered by the CRC', () => {
    const b = one();
    b[15] = 9;
    const res = decodeLog(b);
    expect(res.ok).toBe(true);
    expect(res.items[0]?.partitionLeaderEpoch).toBe(9);
  });

  it('badLength: batchLength below the 49-byte minimum', () => {
    const two = concat(one(), one());
    const at = one().length;
    two.set([0, 0, 0, 10], at + 8);
    expect(problem(decodeLog(two))).toMatchObject({
      code: 'badLength',
      at: at + 8,
      params: { field: 'batchLength', value: 10 },
    });
  });

  it('badVarint: a record length longer than 5 bytes', () => {
    const b = one();
    b.set([0x80, 0x80, 0x80, 0x80, 0x80, 0x01], 61);
    fixCrc(b);
    expect(problem(decodeLog(b))).toMatchObject({ code: 'badVarint', at: 61, params: { max: 5 } });
  });

  it('badVarint: a timestamp delta (varlong) longer than 10 bytes', () => {
    const tsAt = 61 + zigzag(0).length + 1; // length (1 byte here) + attributes
    const b = handBatch({
      baseOffset: 0,
      baseTimestamp: 0,
      records: [{ offsetDelta: 0, timestampDelta: 0, key: 'x'.repeat(20), value: null }],
    });
    b.set(new Array<number>(11).fill(0x80), tsAt);
    fixCrc(b);
    expect(problem(decodeLog(b))).toMatchObject({
      code: 'badVarint',
      at: tsAt,
      params: { field: 'timestampDelta', max: 10 },
    });
  });

  it('badRecordCount: more records announced than the batch holds, or fewer', () => {
    const more = handBatch({
      baseOffset: 0,
      baseTimestamp: 0,
      recordsCount: 3,
      records: [{ offsetDelta: 0, timestampDelta: 0, key: 'a', value: 'b' }],
    });
    expect(problem(decodeLog(more))).toMatchObject({
      code: 'badRecordCount',
      at: 57,
      params: { expected: 3, found: 1 },
    });
    const fewer = handBatch({
      baseOffset: 0,
      baseTimestamp: 0,
      recordsCount: 1,
      records: [
        { offsetDelta: 0, timestampDelta: 0, key: 'a', value: 'b' },
        { offsetDelta: 1, timestampDelta: 0, key: 'c', value: 'd' },
      ],
    });
    const p = problem(decodeLog(fewer));
    expect(p).toMatchObject({ code: 'badRecordCount', params: { expected: 1, found: '1+' } });
    expect(p.at).toBeGreaterThan(61);
  });

  it('notKafka: text, or a first batch with an impossible magic', () => {
    const text = new TextEncoder().encode('hello, this is a plain text file and not a segment\n');
    expect(problem(decodeLog(text))).toMatchObject({ code: 'notKafka', at: 16 });
  });
});

/** Rewrites the CRC after editing a batch, so the test reaches the problem behind it. */
function fixCrc(b: Uint8Array) {
  const crc = bitwiseCrc32c(b.subarray(21));
  new DataView(b.buffer, b.byteOffset).setUint32(17, crc);
}
