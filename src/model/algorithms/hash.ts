// A stable content hash for the model (checkpoint and trace comparison); not a Kafka algorithm.
import { utf8 } from './murmur2';

// FNV-1a 64-bit parameters (the published FNV constants): offset basis 0xcbf29ce484222325,
// prime 0x100000001b3 = 2^40 + 0x1b3.
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
const PRIME_LOW = 0x1b3;
const TWO_POW_32 = 0x1_0000_0000;

/**
 * FNV-1a 64-bit over the UTF-8 bytes of `text` (so it matches the usual published test
 * vectors), as 16 lowercase hex digits. Computed on two uint32 halves, not BigInt, because it
 * runs over whole serialized worlds.
 */
export function fnv1a64(text: string): string {
  const bytes = utf8(text);
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (const b of bytes) {
    lo = (lo ^ b) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64; every intermediate stays below 2^53.
    const loProduct = lo * PRIME_LOW;
    const carry = Math.floor(loProduct / TWO_POW_32);
    hi = (hi * PRIME_LOW + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
