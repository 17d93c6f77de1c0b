import { describe, expect, it } from 'vitest';
import { hexBytes, keyHashSteps } from './keyHash';

describe('keyHashSteps', () => {
  // Test vectors: Kafka's UtilsTest and KAFKA.md 1.4 (partition = toPositive(murmur2) % N).
  it.each([
    ['21', -973932308, 1173551340, 0, 0],
    ['foobar', -790332482, 1357151166, 0, 0],
    ['a-little-bit-longer-string', -1486304829, 661178819, 2, 5],
    ['abc', 479470107, 479470107, 0, 3],
    ['823543', -2014198330, 133285318, 1, 4],
  ])('%s → murmur2 %i, toPositive %i, p3 %i, p6 %i', (key, hash, positive, p3, p6) => {
    const s = keyHashSteps(key, 3);
    expect(s.hash).toBe(hash);
    expect(s.positive).toBe(positive);
    expect(s.partition).toBe(p3);
    expect(keyHashSteps(key, 6).partition).toBe(p6);
  });

  it('clears the sign bit instead of taking the absolute value', () => {
    const s = keyHashSteps('foobar', 3);
    expect(s.positive).not.toBe(Math.abs(s.hash));
    expect(s.positive).toBe(s.hash & 0x7fffffff);
  });

  it('hashes the UTF-8 bytes of the key', () => {
    expect(keyHashSteps('user-42', 3).bytes).toEqual([0x75, 0x73, 0x65, 0x72, 0x2d, 0x34, 0x32]);
    expect(keyHashSteps('한', 3).bytes).toEqual([0xed, 0x95, 0x9c]);
    expect(hexBytes([0x75, 0x0a])).toBe('75 0a');
  });
});
