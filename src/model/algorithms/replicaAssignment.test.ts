// Replica placement against Kafka's AdminRackAwareTest vector and the AdminUtils invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignReplicasToBrokers, randomReplicaAssignment } from './replicaAssignment';
import { createPrng, nextInt } from './prng';

describe('assignReplicasToBrokers (rack-unaware AdminUtils)', () => {
  it('reproduces AdminRackAwareTest.testReplicaAssignment', () => {
    expect(assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, 0, 0)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 0],
      [4, 0, 1],
      [0, 2, 3],
      [1, 3, 4],
      [2, 4, 0],
      [3, 0, 1],
      [4, 1, 2],
    ]);
  });

  it('reproduces the KAFKA.md 5.1 example: brokers 1..3, 6 partitions, RF 2', () => {
    expect(assignReplicasToBrokers([1, 2, 3], 6, 2, 0, 0)).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
      [1, 3],
      [2, 1],
      [3, 2],
    ]);
  });

  it('sorts brokers by id first', () => {
    expect(assignReplicasToBrokers([3, 1, 2], 6, 2, 0, 0)).toEqual(
      assignReplicasToBrokers([1, 2, 3], 6, 2, 0, 0),
    );
  });

  it('numbers partitions from startPartitionId, bumping the shift only at round boundaries it crosses', () => {
    const all = assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, 0, 0);
    // Partitions 6..9 saw one bump (at 5) in the full run; starting at 6 the caller passes it in.
    expect(assignReplicasToBrokers([0, 1, 2, 3, 4], 4, 3, 0, 1, 6)).toEqual(all.slice(6));
    expect(assignReplicasToBrokers([0, 1, 2, 3, 4], 4, 3, 0, 0, 6)).not.toEqual(all.slice(6));
    // Starting exactly on a boundary bumps at once: partition 5 with shift 0 is the full run's 5.
    expect(assignReplicasToBrokers([0, 1, 2, 3, 4], 1, 3, 0, 0, 5)).toEqual([all[5]]);
  });

  it("refuses bad input with Kafka's messages, partitions checked first", () => {
    expect(() => assignReplicasToBrokers([1, 2, 3], 3, 4, 0, 0)).toThrow(
      'Replication factor: 4 larger than available brokers: 3.',
    );
    expect(() => assignReplicasToBrokers([1, 2, 3], 0, 4, 0, 0)).toThrow(
      'Number of partitions must be larger than 0.',
    );
    expect(() => assignReplicasToBrokers([1, 2, 3], 3, 0, 0, 0)).toThrow(
      'Replication factor must be larger than 0.',
    );
    expect(() => assignReplicasToBrokers([], 1, 1, 0, 0)).toThrow(
      'Replication factor: 1 larger than available brokers: 0.',
    );
  });

  const cluster = fc
    .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 })
    .chain((brokers) =>
      fc.record({
        brokers: fc.constant(brokers),
        partitions: fc.integer({ min: 1, max: 40 }),
        rf: fc.integer({ min: 1, max: brokers.length }),
        start: fc.integer({ min: 0, max: brokers.length - 1 }),
        shift: fc.integer({ min: 0, max: brokers.length - 1 }),
      }),
    );

  it('puts RF distinct known brokers on every partition', () => {
    fc.assert(
      fc.property(cluster, ({ brokers, partitions, rf, start, shift }) => {
        const a = assignReplicasToBrokers(brokers, partitions, rf, start, shift);
        expect(a).toHaveLength(partitions);
        for (const replicas of a) {
          expect(replicas).toHaveLength(rf);
          expect(new Set(replicas).size).toBe(rf);
          for (const r of replicas) expect(brokers).toContain(r);
        }
      }),
    );
  });

  it('spreads preferred leaders evenly (counts differ by at most one)', () => {
    fc.assert(
      fc.property(cluster, ({ brokers, partitions, rf, start, shift }) => {
        const a = assignReplicasToBrokers(brokers, partitions, rf, start, shift);
        const counts = brokers.map((b) => a.filter((r) => r[0] === b).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives every broker the same number of replicas over whole rounds', () => {
    fc.assert(
      fc.property(cluster, fc.integer({ min: 1, max: 5 }), (c, rounds) => {
        const n = c.brokers.length;
        const a = assignReplicasToBrokers(c.brokers, n * rounds, c.rf, c.start, c.shift);
        for (const b of c.brokers) {
          expect(a.flat().filter((r) => r === b)).toHaveLength(rounds * c.rf);
        }
      }),
    );
  });
});

describe('randomReplicaAssignment', () => {
  it('draws startIndex then nextReplicaShift from the PRNG', () => {
    const p = createPrng(11);
    const probe = createPrng(11);
    const start = nextInt(probe, 5);
    const shift = nextInt(probe, 5);
    expect(randomReplicaAssignment([0, 1, 2, 3, 4], 10, 3, p)).toEqual(
      assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, start, shift),
    );
    expect(p.state).toEqual(probe.state);
  });

  it('is deterministic per seed', () => {
    const a = randomReplicaAssignment([1, 2, 3], 6, 2, createPrng(9));
    expect(randomReplicaAssignment([1, 2, 3], 6, 2, createPrng(9))).toEqual(a);
  });

  it('leaves the PRNG untouched when it refuses', () => {
    const p = createPrng(4);
    const before = [...p.state];
    expect(() => randomReplicaAssignment([1, 2], 3, 3, p)).toThrow(
      'Replication factor: 3 larger than available brokers: 2.',
    );
    expect(p.state).toEqual(before);
  });
});
