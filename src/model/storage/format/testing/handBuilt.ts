// Test-only: builds RecordBatch v2 bytes and index files by hand, field by field from KAFKA.md 2.6,
// independent of the encoder (its own bitwise CRC-32C), so the decoder tests check Kafka's format.

export interface HandRecord {
  offsetDelta: number;
  timestampDelta: number;
  key: Uint8Array | string | null;
  value: Uint8Array | string | null;
  headers?: { key: string; value: string | null }[];
}

export interface HandBatch {
  baseOffset: number;
  partitionLeaderEpoch?: number;
  attributes?: number;
  baseTimestamp: number;
  maxTimestamp?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  records: HandRecord[];
  /** Overrides, to build broken batches. */
  magic?: number;
  recordsCount?: number;
  lastOffsetDelta?: number;
  /** Raw records section (e.g. compressed bytes) instead of `records`. */
  rawRecords?: Uint8Array;
}

/** Bit-by-bit CRC-32C (Castagnoli, reflected 0x82F63B78): slow and obviously right. */
export function bitwiseCrc32c(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const enc = new TextEncoder();
const asBytes = (v: Uint8Array | string): Uint8Array => (typeof v === 'string' ? enc.encode(v) : v);

/** Zig-zag varint/varlong, as ByteUtils.writeVarlong (BigInt keeps it exact). */
export function zigzag(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, (BigInt(n) << 1n) ^ (BigInt(n) >> 63n));
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function be(n: number | bigint, size: 1 | 2 | 4 | 8): number[] {
  let v = BigInt.asUintN(size * 8, BigInt(n));
  const out = new Array<number>(size);
  for (let i = size - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

function lengthPrefixed(v: Uint8Array | string | null): number[] {
  if (v === null) return zigzag(-1);
  const b = asBytes(v);
  return [...zigzag(b.length), ...b];
}

export function handRecord(r: HandRecord): number[] {
  const body = [
    0, // attributes
    ...zigzag(r.timestampDelta),
    ...zigzag(r.offsetDelta),
    ...lengthPrefixed(r.key),
    ...lengthPrefixed(r.value),
    ...zigzag(r.headers?.length ?? 0),
  ];
  for (const h of r.headers ?? []) body.push(...lengthPrefixed(h.key), ...lengthPrefixed(h.value));
  return [...zigzag(body.length), ...body];
}

export function handBatch(b: HandBatch): Uint8Array {
  const records = b.rawRecords ? [...b.rawRecords] : b.records.flatMap(handRecord);
  const lastDelta = b.lastOffsetDelta ?? Math.max(0, ...b.records.map((r) => r.offsetDelta));
  const maxTs =
    b.maxTimestamp ?? b.baseTimestamp + Math.max(0, ...b.records.map((r) => r.timestampDelta));
  const crcPart = [
    ...be(b.attributes ?? 0, 2),
    ...be(lastDelta, 4),
    ...be(b.baseTimestamp, 8),
    ...be(maxTs, 8),
    ...be(b.producerId ?? -1, 8),
    ...be(b.producerEpoch ?? -1, 2),
    ...be(b.baseSequence ?? -1, 4),
    ...be(b.recordsCount ?? b.records.length, 4),
    ...records,
  ];
  const crc = bitwiseCrc32c(Uint8Array.from(crcPart));
  const afterLength = [
    ...be(b.partitionLeaderEpoch ?? 0, 4),
    b.magic ?? 2,
    ...be(crc, 4),
    ...crcPart,
  ];
  return Uint8Array.from([...be(b.baseOffset, 8), ...be(afterLength.length, 4), ...afterLength]);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

export function handOffsetIndex(
  entries: [relativeOffset: number, position: number][],
  padding = 0,
): Uint8Array {
  return Uint8Array.from([
    ...entries.flatMap(([o, p]) => [...be(o, 4), ...be(p, 4)]),
    ...new Array<number>(padding).fill(0),
  ]);
}

export function handTimeIndex(
  entries: [timestamp: number, relativeOffset: number][],
  padding = 0,
): Uint8Array {
  return Uint8Array.from([
    ...entries.flatMap(([t, o]) => [...be(t, 8), ...be(o, 4)]),
    ...new Array<number>(padding).fill(0),
  ]);
}

/** A small valid segment: two batches, UTF-8 and binary keys, a null value and a header. */
export function sampleLog(): Uint8Array {
  return concat(
    handBatch({
      baseOffset: 0,
      partitionLeaderEpoch: 3,
      baseTimestamp: 1_700_000_000_000,
      producerId: 1000,
      producerEpoch: 0,
      baseSequence: 0,
      records: [
        { offsetDelta: 0, timestampDelta: 0, key: 'alice', value: 'order-1' },
        {
          offsetDelta: 1,
          timestampDelta: 5,
          key: null,
          value: 'no key',
          headers: [{ key: 'trace', value: 'x1' }],
        },
      ],
    }),
    handBatch({
      baseOffset: 2,
      partitionLeaderEpoch: 3,
      baseTimestamp: 1_700_000_000_100,
      records: [
        { offsetDelta: 0, timestampDelta: 0, key: Uint8Array.from([0xff, 0x00]), value: null },
        { offsetDelta: 1, timestampDelta: 300, key: 'bob', value: 'héllo ✓' },
        { offsetDelta: 2, timestampDelta: -20, key: 'carol', value: '' },
      ],
    }),
  );
}
