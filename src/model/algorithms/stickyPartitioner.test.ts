// The KIP-794 sticky partitioner: stick until batch.size bytes, then redraw among available partitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stickyPartition, type StickyState } from './stickyPartitioner';
import { createPrng } from './prng';

const fresh = (): StickyState => ({ topic: 'orders', partition: null, bytesInPartition: 0 });

describe('stickyPartition (BuiltInPartitioner)', () => {
  it('sticks to one partition until batch.size bytes were sent to it', () => {
    const state = fresh();
    const prng = createPrng(1);
    const first = stickyPartition(state, 6, [0, 1, 2, 3, 4, 5], 100, prng, 1000);
    // 10 records of 100 bytes fill 1000 bytes: all ten go to the first partition.
    for (let i = 1; i < 10; i++) {
      expect(stickyPartition(state, 6, [0, 1, 2, 3, 4, 5], 100, prng, 1000)).toBe(first);
    }
    // The 10th record reached the threshold, so a new draw happened and the count restarted.
    expect(state.bytesInPartition).toBe(0);
  });

  it('switches after a record that reaches batch.size on its own', () => {
    const state = fresh();
    const prng = createPrng(2);
    stickyPartition(state, 3, [0, 1, 2], 16384, prng);
    expect(state.bytesInPartition).toBe(0);
    expect(state.partition).not.toBeNull();
  });

  it('counts partial bytes without switching below the threshold', () => {
    const state = fresh();
    const p = stickyPartition(state, 3, [0, 1, 2], 500, createPrng(3), 16384);
    expect(state.partition).toBe(p);
    expect(state.bytesInPartition).toBe(500);
  });

  it('only draws available partitions when there are some', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const state = fresh();
        const prng = createPrng(seed);
        for (let i = 0; i < 50; i++) {
          expect([1, 4]).toContain(stickyPartition(state, 6, [1, 4], 4000, prng, 8000));
        }
      }),
    );
  });

  it('draws from all partitions when none is available', () => {
    const state = fresh();
    const prng = createPrng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(stickyPartition(state, 4, [], 1, prng, 1));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps the current partition even after it lost its leader', () => {
    const state: StickyState = { topic: 'orders', partition: 2, bytesInPartition: 100 };
    expect(stickyPartition(state, 3, [0, 1], 10, createPrng(6))).toBe(2);
  });

  it('spreads records over all available partitions in the long run', () => {
    const state = fresh();
    const prng = createPrng(8);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++)
      counts[stickyPartition(state, 3, [0, 1, 2], 100, prng, 1000)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(1500);
  });

  it('is deterministic per seed', () => {
    const run = () => {
      const state = fresh();
      const prng = createPrng(77);
      return Array.from({ length: 100 }, () =>
        stickyPartition(state, 5, [0, 1, 2, 3, 4], 300, prng, 1000),
      );
    };
    expect(run()).toEqual(run());
  });

  it("rejects a batch size below 1 with Kafka's message", () => {
    expect(() => stickyPartition(fresh(), 3, [0], 1, createPrng(1), 0)).toThrow(
      'stickyBatchSize must be >= 1 but got 0',
    );
  });
});
