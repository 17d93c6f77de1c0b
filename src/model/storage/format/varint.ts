// Zig-zag varints as Kafka writes a DefaultRecord's fields (KAFKA.md 2.6): K@3.6.2
// clients/.../common/utils/ByteUtils.java (writeVarint, writeVarlong, writeUnsignedVarint). Each
// writer puts the bytes at `out[pos]` and returns the position after them; the sizes are
// storage/recordBatchSize.ts's sizeOfVarint / sizeOfVarlong.

const TWO_32 = 4294967296;

/** ByteUtils.writeUnsignedVarint: 7 bits per byte, low group first, the high bit set on all but the last. */
export function writeUnsignedVarint(out: Uint8Array, pos: number, value: number): number {
  let v = value >>> 0;
  while ((v & 0xffffff80) !== 0) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

/** ByteUtils.writeVarint: an int, zig-zag encoded ((v << 1) ^ (v >> 31)) then unsigned; 1 to 5 bytes. */
export function writeVarint(out: Uint8Array, pos: number, value: number): number {
  if (!Number.isInteger(value) || value < -2147483648 || value > 2147483647)
    throw new RangeError(`varint: ${value} is not an int32`);
  return writeUnsignedVarint(out, pos, ((value << 1) ^ (value >> 31)) >>> 0);
}

/**
 * ByteUtils.writeVarlong: a long, zig-zag encoded ((v << 1) ^ (v >> 63)), 7 bits per byte; 1 to 10
 * bytes. Computed on numbers: exact for every safe integer (|v| < 2^53).
 */
export function writeVarlong(out: Uint8Array, pos: number, value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`varlong: ${value} is not a safe integer`);
  // The zig-zag value 2|v| (v ≥ 0) or 2|v| − 1 (v < 0), below 2^54: as a high and a low 32-bit half,
  // computed exactly.
  const neg = value < 0;
  const m = neg ? -value : value;
  let hi = Math.floor(m / TWO_32);
  let lo = (m - hi * TWO_32) * 2;
  hi = hi * 2 + (lo >= TWO_32 ? 1 : 0);
  if (lo >= TWO_32) lo -= TWO_32;
  if (neg) {
    if (lo === 0) {
      hi--;
      lo = TWO_32 - 1;
    } else lo--;
  }
  while (hi > 0 || lo >= 0x80) {
    out[pos++] = (lo & 0x7f) | 0x80;
    // Shift the 64-bit pair right by 7.
    lo = ((lo >>> 7) | ((hi & 0x7f) << 25)) >>> 0;
    hi = Math.floor(hi / 128);
  }
  out[pos++] = lo;
  return pos;
}

/** The bytes of writeVarint(value) alone (for tests and byte views). */
export function varintBytes(value: number): Uint8Array {
  const out = new Uint8Array(5);
  return out.slice(0, writeVarint(out, 0, value));
}

/** The bytes of writeVarlong(value) alone. */
export function varlongBytes(value: number): Uint8Array {
  const out = new Uint8Array(10);
  return out.slice(0, writeVarlong(out, 0, value));
}
