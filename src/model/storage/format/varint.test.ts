import { describe, expect, it } from 'vitest';
import { sizeOfVarint, sizeOfVarlong } from '../recordBatchSize';
import { varintBytes, varlongBytes, writeUnsignedVarint } from './varint';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

/** ByteUtils.writeVarlong written independently on BigInt (the Java code, 64-bit two's complement). */
function referenceVarlong(v: number): string {
  const mask = (1n << 64n) - 1n;
  const x = BigInt(v);
  let zz = ((x << 1n) ^ (x >> 63n)) & mask;
  const out: number[] = [];
  while ((zz & ~0x7fn) !== 0n) {
    out.push(Number((zz & 0x7fn) | 0x80n));
    zz >>= 7n;
  }
  out.push(Number(zz));
  return hex(Uint8Array.from(out));
}

const INT_EDGES = [
  0, -1, 1, 63, -64, 64, -65, 8191, -8192, 8192, -8193, 1048575, -1048576, 1048576, -1048577,
  134217727, -134217728, 134217728, -134217729, 2147483647, -2147483648,
];

const LONG_EDGES = [
  ...INT_EDGES,
  2147483648,
  -2147483649,
  2 ** 34 - 1,
  2 ** 34,
  -(2 ** 34),
  2 ** 41,
  -(2 ** 41) - 1,
  2 ** 48 - 1,
  2 ** 48,
  2 ** 51 - 1,
  -(2 ** 51),
  2 ** 52 - 1,
  1_700_000_000_000,
  -1_700_000_000_000,
];

describe('zig-zag varints as ByteUtils.writeVarint / writeVarlong write them', () => {
  it('known encodings (ByteUtilsTest)', () => {
    expect(hex(varintBytes(0))).toBe('00');
    expect(hex(varintBytes(-1))).toBe('01');
    expect(hex(varintBytes(1))).toBe('02');
    expect(hex(varintBytes(63))).toBe('7e');
    expect(hex(varintBytes(-64))).toBe('7f');
    expect(hex(varintBytes(64))).toBe('80 01');
    expect(hex(varintBytes(-65))).toBe('81 01');
    expect(hex(varintBytes(8191))).toBe('fe 7f');
    expect(hex(varintBytes(-8192))).toBe('ff 7f');
    expect(hex(varintBytes(8192))).toBe('80 80 01');
    expect(hex(varintBytes(2147483647))).toBe('fe ff ff ff 0f');
    expect(hex(varintBytes(-2147483648))).toBe('ff ff ff ff 0f');
  });

  it('varlong agrees with a BigInt reference for edge values and every safe-integer size', () => {
    const values = [...LONG_EDGES, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    for (let bits = 0; bits < 53; bits++) values.push(2 ** bits, -(2 ** bits), 2 ** bits - 1);
    for (const v of values) expect(hex(varlongBytes(v)), String(v)).toBe(referenceVarlong(v));
    expect(hex(varlongBytes(-1))).toBe('01');
    expect(varlongBytes(Number.MAX_SAFE_INTEGER).length).toBe(8);
  });

  it('a varint is a varlong for every int', () => {
    for (const v of INT_EDGES) expect(hex(varintBytes(v))).toBe(hex(varlongBytes(v)));
  });

  it("sizes agree with recordBatchSize.ts's sizeOfVarint / sizeOfVarlong", () => {
    for (const v of INT_EDGES) expect(varintBytes(v).length, String(v)).toBe(sizeOfVarint(v));
    for (const v of LONG_EDGES) expect(varlongBytes(v).length, String(v)).toBe(sizeOfVarlong(v));
  });

  it('unsigned varints: 7 bits a byte, low group first', () => {
    const out = new Uint8Array(5);
    expect(hex(out.slice(0, writeUnsignedVarint(out, 0, 300)))).toBe('ac 02');
    expect(hex(out.slice(0, writeUnsignedVarint(out, 0, 0xffffffff)))).toBe('ff ff ff ff 0f');
  });

  it('rejects what Kafka could not write', () => {
    expect(() => varintBytes(2147483648)).toThrow(RangeError);
    expect(() => varintBytes(1.5)).toThrow(RangeError);
    expect(() => varlongBytes(2 ** 53)).toThrow(RangeError);
  });
});
