// murmur2 and key partitioning against Kafka's UtilsTest and kafkajs defaultJava vectors (KAFKA.md 1.4).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { murmur2, partitionForKey, toPositive, utf8 } from './murmur2';

// [key, murmur2 int32, toPositive, p for 3 partitions, p for 6 partitions]
const VECTORS: [string, number, number, number, number][] = [
  ['21', -973932308, 1173551340, 0, 0],
  ['foobar', -790332482, 1357151166, 0, 0],
  ['a-little-bit-long-string', -985981536, 1161502112, 2, 2],
  ['a-little-bit-longer-string', -1486304829, 661178819, 2, 5],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971, 2088585677, 2, 5],
  ['abc', 479470107, 479470107, 0, 3],
  ['0', 971027396, 971027396, 2, 2],
  ['1', -1993445489, 154038159, 0, 3],
  ['128', -326012175, 1821471473, 2, 5],
  ['2187', -1508407203, 639076445, 2, 5],
  ['16384', -325739742, 1821743906, 2, 2],
  ['78125', -1654490814, 492992834, 2, 2],
  ['279936', 1462227128, 1462227128, 2, 2],
  ['823543', -2014198330, 133285318, 1, 4],
  ['2097152', 607668903, 607668903, 0, 3],
  ['4782969', -1182699775, 964783873, 1, 1],
  ['10000000', -1830336757, 317146891, 1, 1],
  ['19487171', -1603849305, 543634343, 2, 5],
  ['35831808', -857013643, 1290470005, 1, 1],
  ['62748517', -1167431028, 980052620, 2, 2],
  ['105413504', -381294639, 1766189009, 2, 5],
  ['170859375', -1658323481, 489160167, 0, 3],
  ['100:48069', 1009543857, 1009543857, 0, 3],
];

// Teaching keys computed with the extracted Java method: [key, murmur2, p3, p6].
const TEACHING: [string, number, number, number][] = [
  ['key1', 28543940, 2, 2],
  ['key2', 1674751211, 2, 5],
  ['key3', -1745673403, 1, 1],
  ['user-1', 1404122828, 2, 2],
  ['a', -1563381124, 1, 4],
  ['b', -1853091852, 2, 2],
  ['c', -1877468854, 1, 4],
  ['hello', 2132663229, 0, 3],
  ['order-42', 501153024, 0, 0],
  ['', 275646681, 0, 3],
];

describe('murmur2 (Utils.murmur2)', () => {
  it.each(VECTORS)('%s', (key, hash, positive, p3, p6) => {
    expect(murmur2(utf8(key))).toBe(hash);
    expect(toPositive(hash)).toBe(positive);
    expect(partitionForKey(key, 3)).toBe(p3);
    expect(partitionForKey(key, 6)).toBe(p6);
  });

  it.each(TEACHING)('teaching key %j', (key, hash, p3, p6) => {
    expect(murmur2(utf8(key))).toBe(hash);
    expect(partitionForKey(key, 3)).toBe(p3);
    expect(partitionForKey(key, 6)).toBe(p6);
  });

  it('always returns a signed int32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes);
        expect(h).toBe(h | 0);
      }),
    );
  });
});

describe('toPositive', () => {
  it('clears the sign bit instead of negating (not Math.abs)', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(5)).toBe(5);
  });
});

describe('partitionForKey', () => {
  it('stays in range for any key and partition count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (key, n) => {
        const p = partitionForKey(key, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
      }),
    );
  });

  it('refuses a topic with no partitions', () => {
    expect(() => partitionForKey('a', 0)).toThrow();
  });
});

describe('utf8 (String.getBytes(UTF_8))', () => {
  it('matches the platform encoder for well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect([...utf8(s)]).toEqual([...new TextEncoder().encode(s)]);
      }),
    );
  });

  it("writes '?' for an unpaired surrogate, as Java does", () => {
    expect([...utf8('a\ud800b')]).toEqual([0x61, 0x3f, 0x62]);
    expect([...utf8('\udc00')]).toEqual([0x3f]);
    expect([...utf8('😀')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });
});
