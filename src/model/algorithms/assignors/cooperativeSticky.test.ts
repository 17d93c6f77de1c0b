// cooperative-sticky against CooperativeStickyAssignorTest and the KIP-429 rule: a partition that
// changes owner is first revoked, and only a follow-up rebalance hands it over.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cooperativeStickyAssign, cooperativeStickyAssignDetailed } from './cooperativeSticky';
import { stickyAssign } from './sticky';
import { expectStickyBalanced, expectValid, member, names, rejoin, tps } from './testSupport';
import type { Assignment, MemberSubscription } from './types';

const g = { generation: 1 };
const both = ['topic1', 'topic2'];
const key = (x: { topic: string; partition: number }): string => `${x.topic}-${x.partition}`;

/** CooperativeStickyAssignorTest.verifyCooperativeValidity: nothing is revoked and added in one round. */
function revokedAndAdded(
  members: MemberSubscription[],
  assignment: Assignment,
): { revoked: Set<string>; added: Set<string> } {
  const revoked = new Set<string>();
  const added = new Set<string>();
  for (const m of members) {
    const owned = new Set(m.ownedPartitions.map(key));
    const now = new Set((assignment[m.memberId] ?? []).map(key));
    for (const k of owned) if (!now.has(k)) revoked.add(k);
    for (const k of now) if (!owned.has(k)) added.add(k);
  }
  return { revoked, added };
}

/** Rebalance until nobody revokes anything, as CooperativeStickyAssignorTest.verifyValidityAndBalance does. */
function settle(
  counts: Record<string, number>,
  members: MemberSubscription[],
): { rounds: number; members: MemberSubscription[]; assignment: Assignment } {
  let current = members;
  let assignment = cooperativeStickyAssign(counts, current);
  let rounds = 1;
  for (;;) {
    const { revoked, added } = revokedAndAdded(current, assignment);
    expect([...revoked].filter((k) => added.has(k))).toEqual([]);
    if (revoked.size === 0) return { rounds, members: current, assignment };
    current = rejoin(current, assignment, 1);
    assignment = cooperativeStickyAssign(counts, current);
    rounds++;
    expect(rounds).toBeLessThanOrEqual(5);
  }
}

describe('cooperativeStickyAssign', () => {
  it('equals sticky when nobody owns anything yet', () => {
    const members = ['c1', 'c2', 'c3'].map((id) => member(id, both));
    expect(cooperativeStickyAssign({ topic1: 3, topic2: 4 }, members)).toEqual(
      stickyAssign({ topic1: 3, topic2: 4 }, members),
    );
  });

  it('holds back a partition moving to a new member until the next rebalance (testAddRemoveConsumerOneTopic)', () => {
    const counts = { topic: 3 };
    const members = [
      member('consumer1', ['topic'], tps('topic-0', 'topic-1', 'topic-2'), g),
      member('consumer2', ['topic'], [], g),
    ];
    const first = cooperativeStickyAssign(counts, members);
    // consumer1 loses topic-2, and consumer2 does not get it yet.
    expect(names(first)).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: [] });
    const second = cooperativeStickyAssign(counts, rejoin(members, first, 2));
    expect(names(second)).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: ['topic-2'] });
  });

  it('hands over at once the partitions of a member that left: nobody has to revoke them', () => {
    const counts = { topic: 4 };
    const members = [
      member('consumer1', ['topic'], tps('topic-0', 'topic-1'), g),
      member('consumer2', ['topic'], tps('topic-2', 'topic-3'), g),
    ];
    const a = cooperativeStickyAssign(counts, members.slice(0, 1));
    expect(names(a)).toEqual({ consumer1: ['topic-0', 'topic-1', 'topic-2', 'topic-3'] });
  });

  it('testAddRemoveTwoConsumersTwoTopics: the three moving partitions wait one round', () => {
    const counts = { topic1: 3, topic2: 4 };
    const four = [
      member('consumer1', both, tps('topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'), g),
      member('consumer2', both, tps('topic1-1', 'topic2-0', 'topic2-2'), g),
      member('consumer3', both, [], g),
      member('consumer4', both, [], g),
    ];
    const { assignment, held } = cooperativeStickyAssignDetailed(counts, four);
    expect(Object.fromEntries([...held].map(([k, v]) => [k, v.member]))).toEqual({
      'topic1-2': 'consumer3',
      'topic2-3': 'consumer3',
      'topic2-2': 'consumer4',
    });
    expect(names(assignment)).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: [],
      consumer4: [],
    });
    const settled = settle(counts, four);
    expect(settled.rounds).toBe(2);
    expect(names(settled.assignment)).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: ['topic1-2', 'topic2-3'],
      consumer4: ['topic2-2'],
    });
  });

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithEqualPartitionsPerConsumer', () => {
    const members = [
      member('consumer1', ['topic'], tps('topic-0', 'topic-1'), g),
      member('consumer2', ['topic'], tps('topic-0', 'topic-2'), g),
      member('consumer3', ['topic'], [], g),
    ];
    // topic-0 counts as owned, so it cannot go to consumer3 until both have revoked it.
    expect(names(cooperativeStickyAssign({ topic: 3 }, members))).toEqual({
      consumer1: ['topic-1'],
      consumer2: ['topic-2'],
      consumer3: [],
    });
  });

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithUnequalPartitionsPerConsumer', () => {
    const members = [
      member('consumer1', ['topic'], tps('topic-0', 'topic-1'), g),
      member('consumer2', ['topic'], tps('topic-0', 'topic-2'), g),
      member('consumer3', ['topic'], [], g),
    ];
    expect(names(cooperativeStickyAssign({ topic: 4 }, members))).toEqual({
      consumer1: ['topic-1', 'topic-3'],
      consumer2: ['topic-2'],
      consumer3: [],
    });
  });

  it('general path: recomputes the moves from owned partitions when subscriptions differ', () => {
    // consumer2 drops topic2. Balance (2 and 2) then beats stickiness: consumer1 (the only topic2
    // subscriber) must take topic2-0 and topic2-1 and give topic1-0 to consumer2. All three change
    // owner, so all three are held back for a round.
    const counts = { topic1: 2, topic2: 2 };
    const members = [
      member('consumer1', both, tps('topic1-0'), g),
      member('consumer2', ['topic1'], tps('topic1-1', 'topic2-0', 'topic2-1'), g),
    ];
    expect(names(stickyAssign(counts, members))).toEqual({
      consumer1: ['topic2-0', 'topic2-1'],
      consumer2: ['topic1-0', 'topic1-1'],
    });
    const { assignment, held } = cooperativeStickyAssignDetailed(counts, members);
    expect([...held.keys()].sort()).toEqual(['topic1-0', 'topic2-0', 'topic2-1']);
    expect(names(assignment)).toEqual({ consumer1: [], consumer2: ['topic1-1'] });
    const settled = settle(counts, members);
    expect(settled.rounds).toBe(2);
    expect(names(settled.assignment)).toEqual({
      consumer1: ['topic2-0', 'topic2-1'],
      consumer2: ['topic1-0', 'topic1-1'],
    });
  });

  it('never revokes and adds a partition in the same round, and settles to a valid, balanced assignment', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: 0, max: 9 }), y: fc.integer({ min: 0, max: 9 }) }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (counts, before, after, mixed) => {
          const topicsOf = (i: number): string[] => (mixed && i % 2 === 1 ? ['x'] : ['x', 'y']);
          const first = ids.slice(0, before).map((id, i) => member(id, topicsOf(i)));
          const start = settle(counts, first).assignment;
          const next = ids
            .slice(0, after)
            .map((id, i) => member(id, topicsOf(i), start[id] ?? [], g));
          const end = settle(counts, next);
          expectValid(counts, end.members, end.assignment);
          expectStickyBalanced(end.members, end.assignment);
        },
      ),
    );
  });
});
