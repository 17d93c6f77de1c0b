// The sticky assignor against StickyAssignor's Javadoc and AbstractStickyAssignorTest.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stickyAssign, stickyAssignDetailed } from './sticky';
import { roundRobinAssign } from './roundRobin';
import { expectStickyBalanced, expectValid, member, names, rejoin, tps } from './testSupport';
import type { MemberSubscription } from './types';

const both = ['topic1', 'topic2'];
const g = { generation: 1 };

const transferring = (
  counts: Record<string, number>,
  members: MemberSubscription[],
): Record<string, string> | null => {
  const t = stickyAssignDetailed(counts, members).partitionsTransferringOwnership;
  return t === null ? null : Object.fromEntries([...t].map(([k, v]) => [k, v.member]));
};

describe('stickyAssign: StickyAssignor Javadoc examples', () => {
  it('example 1 starts like round robin, then keeps every assignment when C1 leaves', () => {
    const topics = ['t0', 't1', 't2', 't3'];
    const counts = { t0: 2, t1: 2, t2: 2, t3: 2 };
    const members = ['C0', 'C1', 'C2'].map((id) => member(id, topics));
    const first = stickyAssign(counts, members);
    expect(names(first)).toEqual({
      C0: ['t0-0', 't1-1', 't3-0'],
      C1: ['t0-1', 't2-0', 't3-1'],
      C2: ['t1-0', 't2-1'],
    });
    expect(first).toEqual(roundRobinAssign(counts, members));

    const after = rejoin(members, first).filter((m) => m.memberId !== 'C1');
    const second = stickyAssign(counts, after);
    // The Javadoc (written for the pre-2.8 algorithm) shows C0 taking t2p0; the 3.6 constrained
    // builder deals C1's partitions round-robin in topic order instead. Either way nothing C0 or C2
    // owned moves.
    expect(names(second)).toEqual({
      C0: ['t0-0', 't0-1', 't1-1', 't3-0'],
      C2: ['t1-0', 't2-0', 't2-1', 't3-1'],
    });
    expect(names(roundRobinAssign(counts, after))).toEqual({
      C0: ['t0-0', 't1-0', 't2-0', 't3-0'],
      C2: ['t0-1', 't1-1', 't2-1', 't3-1'],
    });
  });

  it('example 2: unequal subscriptions balance better than round robin, and C0 leaving moves only t0p0', () => {
    const counts = { t0: 1, t1: 2, t2: 3 };
    const members = [
      member('C0', ['t0']),
      member('C1', ['t0', 't1']),
      member('C2', ['t0', 't1', 't2']),
    ];
    const first = stickyAssign(counts, members);
    expect(names(first)).toEqual({
      C0: ['t0-0'],
      C1: ['t1-0', 't1-1'],
      C2: ['t2-0', 't2-1', 't2-2'],
    });
    const second = stickyAssign(counts, rejoin(members, first).slice(1));
    expect(names(second)).toEqual({ C1: ['t0-0', 't1-0', 't1-1'], C2: ['t2-0', 't2-1', 't2-2'] });
  });
});

describe('stickyAssign: AbstractStickyAssignorTest', () => {
  it('testOneConsumerNoTopic / NonexistentTopic / OneTopic / MultipleTopics', () => {
    expect(stickyAssign({}, [member('consumer', [])])).toEqual({ consumer: [] });
    expect(stickyAssign({ topic: 0 }, [member('consumer', ['topic'])])).toEqual({ consumer: [] });
    expect(names(stickyAssign({ topic: 3 }, [member('consumer', ['topic'])]))).toEqual({
      consumer: ['topic-0', 'topic-1', 'topic-2'],
    });
    expect(
      names(stickyAssign({ topic1: 1, topic2: 2 }, [member('consumer', ['topic1', 'topic2'])])),
    ).toEqual({
      consumer: ['topic1-0', 'topic2-0', 'topic2-1'],
    });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics: owned partitions of other topics are dropped', () => {
    const members = [
      member('consumer', ['topic'], tps('topic-0', 'topic-1', 'other-0', 'other-1'), {
        generation: 1,
      }),
    ];
    expect(names(stickyAssign({ topic: 2 }, members))).toEqual({
      consumer: ['topic-0', 'topic-1'],
    });
    expect(transferring({ topic: 2 }, members)).toEqual({});
  });

  it('testTwoConsumersOneTopicTwoPartitions and testTwoConsumersTwoTopicsSixPartitions', () => {
    expect(
      names(
        stickyAssign({ topic: 2 }, [
          member('consumer1', ['topic']),
          member('consumer2', ['topic']),
        ]),
      ),
    ).toEqual({
      consumer1: ['topic-0'],
      consumer2: ['topic-1'],
    });
    const both = ['topic1', 'topic2'];
    expect(
      names(
        stickyAssign({ topic1: 3, topic2: 3 }, [
          member('consumer1', both),
          member('consumer2', both),
        ]),
      ),
    ).toEqual({
      consumer1: ['topic1-0', 'topic1-2', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-2'],
    });
  });

  it('testMultipleConsumersMixedTopicSubscriptions (general path)', () => {
    const members = [
      member('consumer1', ['topic1']),
      member('consumer2', ['topic1', 'topic2']),
      member('consumer3', ['topic1']),
    ];
    const counts = { topic1: 3, topic2: 2 };
    expect(names(stickyAssign(counts, members))).toEqual({
      consumer1: ['topic1-0', 'topic1-2'],
      consumer2: ['topic2-0', 'topic2-1'],
      consumer3: ['topic1-1'],
    });
    expect(transferring(counts, members)).toBeNull();
  });

  it('testConsumerOwningMinQuotaExpectedMaxQuota', () => {
    const members = [
      member('consumer1', both, tps('topic1-0', 'topic2-1'), g),
      member('consumer2', both, tps('topic1-1', 'topic2-2'), g),
    ];
    const counts = { topic1: 2, topic2: 3 };
    expect(names(stickyAssign(counts, members))).toEqual({
      consumer1: ['topic1-0', 'topic2-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-2'],
    });
    expect(transferring(counts, members)).toEqual({});
  });

  it('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers: HashMap order picks who keeps maxQuota', () => {
    const members = [
      member('consumer1', both, tps('topic1-0', 'topic2-0'), g),
      member('consumer2', both, tps('topic1-1', 'topic2-1'), g),
      member('consumer3', both, [], g),
    ];
    const counts = { topic1: 2, topic2: 2 };
    expect(names(stickyAssign(counts, members))).toEqual({
      consumer1: ['topic1-0'],
      consumer2: ['topic1-1', 'topic2-1'],
      consumer3: ['topic2-0'],
    });
    expect(transferring(counts, members)).toEqual({ 'topic2-0': 'consumer3' });
    // The input order does not matter: Kafka's order comes from the HashMap, not from the join order.
    expect(stickyAssign(counts, [...members].reverse())).toEqual(stickyAssign(counts, members));
  });

  it('testAllConsumersAreUnderMinQuota', () => {
    const members = [
      member('consumer1', both, tps('topic1-0'), g),
      member('consumer2', both, tps('topic1-1'), g),
      member('consumer3', both, [], g),
    ];
    const counts = { topic1: 2, topic2: 3 };
    expect(names(stickyAssign(counts, members))).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-2'],
      consumer3: ['topic2-0'],
    });
    expect(transferring(counts, members)).toEqual({});
  });

  it('testAddRemoveConsumerOneTopic', () => {
    const counts = { topic: 3 };
    const one = stickyAssign(counts, [member('consumer1', ['topic'])]);
    expect(names(one)).toEqual({ consumer1: ['topic-0', 'topic-1', 'topic-2'] });
    const two = [
      member('consumer1', ['topic'], one.consumer1, g),
      member('consumer2', ['topic'], [], g),
    ];
    expect(transferring(counts, two)).toEqual({ 'topic-2': 'consumer2' });
    const after = stickyAssign(counts, two);
    expect(names(after)).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: ['topic-2'] });
    const left = [member('consumer2', ['topic'], after.consumer2, g)];
    expect(names(stickyAssign(counts, left))).toEqual({
      consumer2: ['topic-0', 'topic-1', 'topic-2'],
    });
    expect(transferring(counts, left)).toEqual({});
  });

  it('testAddRemoveTwoConsumersTwoTopics (owned partitions kept in partition-then-topic order)', () => {
    const counts = { topic1: 3, topic2: 4 };
    const start = stickyAssign(counts, [member('consumer1', both), member('consumer2', both)]);
    expect(names(start)).toEqual({
      consumer1: ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-2'],
    });
    const four = [
      member('consumer1', both, start.consumer1, g),
      member('consumer2', both, start.consumer2, g),
      member('consumer3', both, [], g),
      member('consumer4', both, [], g),
    ];
    expect(transferring(counts, four)).toEqual({
      'topic1-2': 'consumer3',
      'topic2-3': 'consumer3',
      'topic2-2': 'consumer4',
    });
    const grown = stickyAssign(counts, four);
    expect(names(grown)).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: ['topic1-2', 'topic2-3'],
      consumer4: ['topic2-2'],
    });
    const two = [
      member('consumer3', both, grown.consumer3, g),
      member('consumer4', both, grown.consumer4, g),
    ];
    expect(names(stickyAssign(counts, two))).toEqual({
      consumer3: ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'],
      consumer4: ['topic1-1', 'topic2-0', 'topic2-2'],
    });
    expect(transferring(counts, two)).toEqual({});
  });

  it('testTopicBalanceAfterReassignment: every member holds the same share of each topic', () => {
    const counts = { topic1: 12, topic2: 12 };
    const perTopic = (a: Record<string, { topic: string }[]>, topic: string): number[] =>
      Object.values(a).map((l) => l.filter((x) => x.topic === topic).length);
    let members = [member('consumer1', both)];
    let a = stickyAssign(counts, members);
    members = [...rejoin(members, a, 1), member('consumer2', both, [], g)];
    a = stickyAssign(counts, members);
    expect(perTopic(a, 'topic1')).toEqual([6, 6]);
    expect(perTopic(a, 'topic2')).toEqual([6, 6]);
    members = [
      ...rejoin(members, a, 1),
      member('consumer3', both, [], g),
      member('consumer4', both, [], g),
    ];
    a = stickyAssign(counts, members);
    expect(perTopic(a, 'topic1')).toEqual([3, 3, 3, 3]);
    expect(perTopic(a, 'topic2')).toEqual([3, 3, 3, 3]);
    members = rejoin(members, a, 1).filter(
      (m) => m.memberId === 'consumer3' || m.memberId === 'consumer4',
    );
    a = stickyAssign(counts, members);
    expect(perTopic(a, 'topic1')).toEqual([6, 6]);
    expect(perTopic(a, 'topic2')).toEqual([6, 6]);
  });

  it('testPoorRoundRobinAssignmentScenario: valid and balanced where round robin is not', () => {
    const counts = { topic1: 2, topic2: 1, topic3: 2, topic4: 1, topic5: 2 };
    const all = ['topic1', 'topic2', 'topic3', 'topic4', 'topic5'];
    const odd = ['topic1', 'topic3', 'topic5'];
    const members = [
      member('consumer1', all),
      member('consumer2', odd),
      member('consumer3', odd),
      member('consumer4', all),
    ];
    const a = stickyAssign(counts, members);
    expectValid(counts, members, a);
    expectStickyBalanced(members, a);
    expect(Object.values(a).map((l) => l.length)).toEqual([2, 2, 2, 2]);
    expect(() => expectStickyBalanced(members, roundRobinAssign(counts, members))).toThrow();
  });

  it('testAddRemoveTopicTwoConsumers: members keep what they had as topics come and go', () => {
    const counts: Record<string, number> = { topic: 3 };
    let members = [member('consumer1', ['topic']), member('consumer2', ['topic'])];
    const first = stickyAssign(counts, members);
    expect(
      Object.values(first)
        .map((l) => l.length)
        .sort(),
    ).toEqual([1, 2]);
    counts.topic2 = 3;
    members = rejoin(members, first, 1).map((m) => ({ ...m, topics: ['topic', 'topic2'] }));
    const second = stickyAssign(counts, members);
    for (const id of ['consumer1', 'consumer2']) {
      expect(second[id]).toHaveLength(3);
      expect(second[id]).toEqual(expect.arrayContaining(first[id] ?? []));
    }
    delete counts.topic;
    members = rejoin(members, second, 1).map((m) => ({ ...m, topics: ['topic2'] }));
    const third = stickyAssign(counts, members);
    expect(
      Object.values(third)
        .map((l) => l.length)
        .sort(),
    ).toEqual([1, 2]);
    for (const id of ['consumer1', 'consumer2'])
      expect(second[id]).toEqual(expect.arrayContaining(third[id] ?? []));
  });

  it('testReassignmentAfterOneConsumerLeaves (general path, 19 nested subscriptions)', () => {
    const name = (p: string, i: number): string => `${p}${String(i).padStart(2, '0')}`;
    const counts = Object.fromEntries(
      Array.from({ length: 19 }, (_, i) => [name('topic', i + 1), i + 1]),
    );
    let members = Array.from({ length: 19 }, (_, i) =>
      member(
        name('consumer', i + 1),
        Array.from({ length: i + 1 }, (_, j) => name('topic', j + 1)),
      ),
    );
    const a = stickyAssign(counts, members);
    expectValid(counts, members, a);
    expectStickyBalanced(members, a);
    members = rejoin(members, a, 1).filter((m) => m.memberId !== 'consumer10');
    const b = stickyAssign(counts, members);
    expectValid(counts, members, b);
    expectStickyBalanced(members, b);
  });

  it('testSubscriptionNotEqualAndAssignSamePartitionWith3Generation', () => {
    const counts = { topic: 6, topic1: 1 };
    for (const [g1, g2, g3] of [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
      [2, 3, 1],
      [3, 1, 2],
      [3, 2, 1],
    ] as const) {
      const members = [
        member('consumer1', ['topic'], tps('topic-0', 'topic-2'), { generation: g1 }),
        member('consumer2', ['topic'], tps('topic-1', 'topic-2', 'topic-3'), { generation: g2 }),
        member('consumer3', ['topic'], tps('topic-2', 'topic-4', 'topic-5'), { generation: g3 }),
        member('consumer4', ['topic1'], tps('topic1-0'), { generation: 2 }),
      ];
      const a = stickyAssign(counts, members);
      expectValid(counts, members, a);
      for (const list of Object.values(a)) expect(list.length >= 1 && list.length <= 2).toBe(true);
    }
  });
});

describe('stickyAssign: generations and double claims (allSubscriptionsEqual)', () => {
  it('gives a partition claimed in two generations to the newer claim', () => {
    const members = [
      member('consumer1', ['topic'], tps('topic-0'), { generation: 2 }),
      member('consumer2', ['topic'], tps('topic-0', 'topic-1'), { generation: 1 }),
    ];
    expect(names(stickyAssign({ topic: 2 }, members))).toEqual({
      consumer1: ['topic-0'],
      consumer2: ['topic-1'],
    });
  });

  it('takes a partition claimed twice in one generation from both, and records it as moving', () => {
    const members = [
      member('consumer1', ['topic'], tps('topic-0', 'topic-1'), g),
      member('consumer2', ['topic'], tps('topic-0', 'topic-2'), g),
      member('consumer3', ['topic'], [], g),
    ];
    expect(names(stickyAssign({ topic: 3 }, members))).toEqual({
      consumer1: ['topic-1'],
      consumer2: ['topic-2'],
      consumer3: ['topic-0'],
    });
    expect(transferring({ topic: 3 }, members)).toEqual({ 'topic-0': 'consumer3' });
  });
});

describe('stickyAssign: properties', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('with equal subscriptions: valid, counts within one, and each member keeps min(owned, minQuota)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (p1, p2, before, after, seed) => {
          const counts = { x: p1, y: p2 };
          const first = ids.slice(0, before).map((id) => member(id, ['x', 'y']));
          const start = stickyAssign(counts, first);
          // A different, overlapping membership rejoins with what it owned.
          const next = ids
            .slice(seed % 3, (seed % 3) + after)
            .map((id) => member(id, ['x', 'y'], start[id] ?? [], { generation: 1 }));
          const result = stickyAssign(counts, next);
          expectValid(counts, next, result);
          const sizes = Object.values(result).map((l) => l.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          const minQuota = Math.floor((p1 + p2) / next.length);
          for (const m of next) {
            const kept = (result[m.memberId] ?? []).filter((x) =>
              m.ownedPartitions.some((o) => o.topic === x.topic && o.partition === x.partition),
            );
            expect(kept.length).toBeGreaterThanOrEqual(
              Math.min(m.ownedPartitions.length, minQuota),
            );
          }
        },
      ),
    );
  });

  it('with any subscriptions: valid and balanced in the sense of verifyValidityAndBalance', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: 0, max: 8 }),
          y: fc.integer({ min: 0, max: 8 }),
          z: fc.integer({ min: 0, max: 8 }),
        }),
        fc.array(fc.subarray(['x', 'y', 'z'], { minLength: 1 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.subarray(['x', 'y', 'z'], { minLength: 1 }), { minLength: 6, maxLength: 6 }),
        (counts, subs, resubs) => {
          const members = subs.map((topics, i) => member(ids[i] ?? `m${i}`, topics));
          const first = stickyAssign(counts, members);
          expectValid(counts, members, first);
          expectStickyBalanced(members, first);
          const again = rejoin(members, first, 1).map((m, i) => ({
            ...m,
            topics: resubs[i] ?? m.topics,
          }));
          const second = stickyAssign(counts, again);
          expectValid(counts, again, second);
          expectStickyBalanced(again, second);
        },
      ),
    );
  });
});
