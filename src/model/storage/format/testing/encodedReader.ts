// Test-only: a small reader of RecordBatch v2 bytes and index entries, written from KAFKA.md 2.6 and
// independent of the encoder (BigInt varints, a bitwise CRC-32C), so the encoder tests read back
// what they wrote without the decoder another module owns.

/** CRC-32C bit by bit (no table): reflected polynomial 0x82F63B78, init and final xor ~0. */
export function bitwiseCrc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) {
    c ^= bytes[i] as number;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export interface ReadRecord {
  length: number;
  attributes: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headerCount: number;
}

export interface ReadBatch {
  position: number;
  size: number;
  baseOffset: number;
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  computedCrc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
  records: ReadRecord[];
}

class Cursor {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos: number,
  ) {
    this.pos = pos;
  }
  private view() {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }
  int8() {
    return this.view().getInt8(this.pos++);
  }
  int16() {
    const v = this.view().getInt16(this.pos);
    this.pos += 2;
    return v;
  }
  int32() {
    const v = this.view().getInt32(this.pos);
    this.pos += 4;
    return v;
  }
  uint32() {
    const v = this.view().getUint32(this.pos);
    this.pos += 4;
    return v;
  }
  int64() {
    const v = this.view().getBigInt64(this.pos);
    this.pos += 8;
    return Number(v);
  }
  /** Zig-zag varlong (a varint is the same bytes for an int). */
  varlong() {
    let zz = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.bytes[this.pos++];
      if (b === undefined) throw new Error('varint past the end');
      zz |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7n;
      if (shift > 63n) throw new Error('varint too long');
    }
    return Number((zz >> 1n) ^ -(zz & 1n));
  }
  utf8(n: number) {
    const s = new TextDecoder().decode(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
}

/** Every batch in a `.log` (throws on a malformed one). */
export function readBatches(bytes: Uint8Array): ReadBatch[] {
  const out: ReadBatch[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const c = new Cursor(bytes, pos);
    const baseOffset = c.int64();
    const batchLength = c.int32();
    const end = pos + 12 + batchLength;
    if (end > bytes.length) throw new Error(`batch at ${pos} runs past the end`);
    const b: ReadBatch = {
      position: pos,
      size: 12 + batchLength,
      baseOffset,
      batchLength,
      partitionLeaderEpoch: c.int32(),
      magic: c.int8(),
      crc: c.uint32(),
      computedCrc: bitwiseCrc32c(bytes, pos + 21, end),
      attributes: c.int16(),
      lastOffsetDelta: c.int32(),
      baseTimestamp: c.int64(),
      maxTimestamp: c.int64(),
      producerId: c.int64(),
      producerEpoch: c.int16(),
      baseSequence: c.int32(),
      recordsCount: c.int32(),
      records: [],
    };
    for (let i = 0; i < b.recordsCount; i++) {
      const length = c.varlong();
      const start = c.pos;
      const attributes = c.int8();
      const timestampDelta = c.varlong();
      const offsetDelta = c.varlong();
      const keyLength = c.varlong();
      const key = keyLength < 0 ? null : c.utf8(keyLength);
      const valueLength = c.varlong();
      const value = valueLength < 0 ? null : c.utf8(valueLength);
      const headerCount = c.varlong();
      if (c.pos - start !== length) throw new Error(`record ${i} at ${start}: length ${length}`);
      b.records.push({
        length,
        attributes,
        offset: baseOffset + offsetDelta,
        timestamp: b.baseTimestamp + timestampDelta,
        key,
        value,
        headerCount,
      });
    }
    if (c.pos !== end) throw new Error(`batch at ${pos}: records end at ${c.pos}, not ${end}`);
    out.push(b);
    pos = end;
  }
  return out;
}

/** `.index` entries: [relativeOffset, position] (8 bytes each). */
export function readOffsetIndex(bytes: Uint8Array): [number, number][] {
  if (bytes.length % 8 !== 0) throw new Error('not a multiple of 8');
  const c = new Cursor(bytes, 0);
  const out: [number, number][] = [];
  while (c.pos < bytes.length) out.push([c.int32(), c.int32()]);
  return out;
}

/** `.timeindex` entries: [timestamp, relativeOffset] (12 bytes each). */
export function readTimeIndex(bytes: Uint8Array): [number, number][] {
  if (bytes.length % 12 !== 0) throw new Error('not a multiple of 12');
  const c = new Cursor(bytes, 0);
  const out: [number, number][] = [];
  while (c.pos < bytes.length) out.push([c.int64(), c.int32()]);
  return out;
}
