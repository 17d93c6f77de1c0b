// The group coordinator's __consumer_offsets partition (KAFKA.md 6.1 vectors, computed with Java).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coordinatorPartition, DEFAULT_OFFSETS_TOPIC_PARTITIONS } from './groupCoordinator';

describe('coordinatorPartition (groupCoordinator)', () => {
  it.each([
    ['my-group', 12],
    ['test-group', 12],
    ['group1', 40],
    ['my-consumer-group', 13],
    ['orders-service', 17],
    ['console-consumer-12345', 6],
  ])('%s -> __consumer_offsets-%i', (group, partition) => {
    expect(coordinatorPartition(group)).toBe(partition);
    expect(coordinatorPartition(group, DEFAULT_OFFSETS_TOPIC_PARTITIONS)).toBe(partition);
  });

  it('maps a hashCode of Integer.MIN_VALUE to partition 0 (Utils.abs)', () => {
    // "polygenelubricants".hashCode() == Integer.MIN_VALUE; Math.abs would stay negative.
    expect(coordinatorPartition('polygenelubricants', 7)).toBe(0);
  });

  it('honours offsets.topic.num.partitions and stays in range', () => {
    expect(coordinatorPartition('my-group', 7)).toBe(1906497762 % 7);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 200 }), (g, n) => {
        const p = coordinatorPartition(g, n);
        expect(p >= 0 && p < n).toBe(true);
      }),
    );
  });
});
