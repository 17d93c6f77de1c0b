// Java String.hashCode, Utils.abs and the group coordinator partition (KAFKA.md 6.1).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coordinatorPartition, javaAbs, javaStringHashCode } from './javaHash';

describe('javaStringHashCode', () => {
  it('matches values computed with Java', () => {
    expect(javaStringHashCode('my-group')).toBe(-1906497762);
    expect(javaStringHashCode('test-group')).toBe(627841412);
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('a')).toBe(97);
    // "polygenelubricants" is the classic string whose hashCode is Integer.MIN_VALUE.
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
  });

  it('is always an int32', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = javaStringHashCode(s);
        expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31).toBe(true);
      }),
    );
  });
});

describe('javaAbs (Utils.abs)', () => {
  it('maps Integer.MIN_VALUE to 0 and is Math.abs otherwise', () => {
    expect(javaAbs(-2147483648)).toBe(0);
    expect(javaAbs(-5)).toBe(5);
    expect(javaAbs(7)).toBe(7);
  });
});

describe('coordinatorPartition', () => {
  it.each([
    ['my-group', 12],
    ['test-group', 12],
    ['group1', 40],
    ['my-consumer-group', 13],
    ['orders-service', 17],
    ['console-consumer-12345', 6],
  ])('%s -> __consumer_offsets-%i', (group, partition) => {
    expect(coordinatorPartition(group)).toBe(partition);
  });

  it('uses Utils.abs, not toPositive, for a MIN_VALUE hash', () => {
    // toPositive(MIN_VALUE) % 50 would also be 0, so check a partition count where they differ.
    expect(coordinatorPartition('polygenelubricants', 7)).toBe(0);
    expect(coordinatorPartition('my-group', 7)).toBe(1906497762 % 7);
  });

  it('stays in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 200 }), (g, n) => {
        const p = coordinatorPartition(g, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
      }),
    );
  });
});
