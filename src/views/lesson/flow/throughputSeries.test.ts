// The chart's window: completed seconds only, gaps as zeros, recent means per line.
import { describe, expect, it } from 'vitest';
import { throughputSeries } from './throughputSeries';

const sample = (second: number, produced: number, consumed: Record<string, number>) => ({
  second,
  produced,
  consumed,
});

describe('throughputSeries', () => {
  it('ends at the last completed second and fills quiet seconds with 0', () => {
    const s = throughputSeries([sample(3, 4, { a: 2 }), sample(5, 6, {})], 6500, ['a'], 4, 2);
    expect([s.from, s.to]).toEqual([2, 5]);
    expect(s.lines[0]!.points).toEqual([
      [2, 0],
      [3, 4],
      [4, 0],
      [5, 6],
    ]);
    expect(s.lines[1]!.points.map((p) => p[1])).toEqual([0, 2, 0, 0]);
    expect(s.max).toBe(6);
  });

  it('averages the last seconds of each line, one line per group in the given order', () => {
    const samples = [0, 1, 2, 3].map((n) => sample(n, 10, { a: n, b: 5 }));
    const s = throughputSeries(samples, 4000, ['b', 'a'], 60, 2);
    expect(s.lines.map((l) => l.id)).toEqual(['produced', 'b', 'a']);
    expect(s.lines.map((l) => l.recent)).toEqual([10, 5, 2.5]);
  });

  it('starts at second 0 early in a run and has a positive scale when nothing flowed', () => {
    const s = throughputSeries([], 500, ['a']);
    expect(s.lines[0]!.points).toEqual([]);
    expect(s.max).toBe(1);
    expect(s.lines[1]!.recent).toBe(0);
  });
});
