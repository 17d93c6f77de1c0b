// Key hashing exactly as the Java producer does it, so keyed records land where real Kafka puts them.

// Seed, multiplier and shift of Kafka's murmur2 (K@3.6.2:clients/.../common/utils/Utils.java).
const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/**
 * UTF-8 bytes of a string as Java's `String.getBytes(UTF_8)` produces them.
 * Written by hand rather than with TextEncoder because Java replaces an unpaired surrogate with
 * '?' (0x3f) while TextEncoder emits U+FFFD; keys must hash identically either way.
 */
export function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
    } else if (c < 0x800) {
      out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f));
        out.push(0x80 | (cp & 0x3f));
        i++;
      } else {
        out.push(0x3f);
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out.push(0x3f);
    } else {
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return Uint8Array.from(out);
}

// Typed-array reads are `number | undefined` under noUncheckedIndexedAccess; callers stay in range.
function byteAt(data: Uint8Array, i: number): number {
  return data[i] ?? 0;
}

/** Kafka's `Utils.murmur2`: 32-bit murmur2 with wrapping int arithmetic, returned as a signed int32. */
export function murmur2(bytes: Uint8Array): number {
  const length = bytes.length;
  let h = SEED ^ length;
  const blocks = length >> 2;
  for (let i = 0; i < blocks; i++) {
    const o = i * 4;
    // Little-endian block, each byte unsigned (Utils.murmur2 masks with 0xff).
    let k =
      byteAt(bytes, o) |
      (byteAt(bytes, o + 1) << 8) |
      (byteAt(bytes, o + 2) << 16) |
      (byteAt(bytes, o + 3) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  // Tail bytes with Java's switch fall-through from 3 down to 1, read from offset length & ~3.
  const tail = length & ~3;
  const rest = length % 4;
  if (rest >= 3) h ^= byteAt(bytes, tail + 2) << 16;
  if (rest >= 2) h ^= byteAt(bytes, tail + 1) << 8;
  if (rest >= 1) {
    h ^= byteAt(bytes, tail);
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's `Utils.toPositive`: clears the sign bit (not Math.abs). Source: Utils.java. */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * Partition of a keyed record: `toPositive(murmur2(keyBytes)) % numPartitions`, counting all
 * partitions, available or not (K@3.6.2:.../producer/internals/BuiltInPartitioner.java partitionForKey).
 */
export function partitionForKey(key: string, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0) {
    throw new Error(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return toPositive(murmur2(utf8(key))) % numPartitions;
}
