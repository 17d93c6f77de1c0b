// RoundRobinAssignor against its Javadoc and RoundRobinAssignorTest (3.6.2).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundRobinAssign } from './roundRobin';
import { expectValid, member, names } from './testSupport';

describe('roundRobinAssign', () => {
  it('reproduces the first Javadoc example', () => {
    const members = [member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])];
    expect(names(roundRobinAssign({ t0: 3, t1: 3 }, members))).toEqual({
      C0: ['t0-0', 't0-2', 't1-1'],
      C1: ['t0-1', 't1-0', 't1-2'],
    });
  });

  it('reproduces the second Javadoc example: unequal subscriptions unbalance it', () => {
    const members = [
      member('C0', ['t0']),
      member('C1', ['t0', 't1']),
      member('C2', ['t0', 't1', 't2']),
    ];
    expect(names(roundRobinAssign({ t0: 1, t1: 2, t2: 3 }, members))).toEqual({
      C0: ['t0-0'],
      C1: ['t1-0'],
      C2: ['t1-1', 't2-0', 't2-1', 't2-2'],
    });
  });

  it('assigns only subscribed topics (testOnlyAssignsPartitionsFromSubscribedTopics)', () => {
    expect(
      names(roundRobinAssign({ topic: 3, other: 3 }, [member('consumer', ['topic'])])),
    ).toEqual({
      consumer: ['topic-0', 'topic-1', 'topic-2'],
    });
  });

  it('handles no topic and unknown topics', () => {
    expect(roundRobinAssign({}, [member('consumer', [])])).toEqual({ consumer: [] });
    expect(roundRobinAssign({}, [member('consumer', ['topic'])])).toEqual({ consumer: [] });
  });

  it('testMultipleConsumersMixedTopics', () => {
    const members = [
      member('consumer1', ['topic1']),
      member('consumer2', ['topic1', 'topic2']),
      member('consumer3', ['topic1']),
    ];
    expect(names(roundRobinAssign({ topic1: 3, topic2: 2 }, members))).toEqual({
      consumer1: ['topic1-0'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-1'],
      consumer3: ['topic1-2'],
    });
  });

  it('testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions', () => {
    const members = [
      member('consumer-b', ['topic1', 'topic2'], [], { groupInstanceId: 'instance1' }),
      member('consumer-a', ['topic1', 'topic2']),
    ];
    expect(names(roundRobinAssign({ topic1: 3, topic2: 3 }, members))).toEqual({
      'consumer-b': ['topic1-0', 'topic1-2', 'topic2-1'],
      'consumer-a': ['topic1-1', 'topic2-0', 'topic2-2'],
    });
  });

  it('testStaticMemberAssignmentPersistent: static members keep theirs when a dynamic one is replaced', () => {
    const statics = [1, 2, 3].map((i) =>
      member(`consumer${i}`, ['topic1', 'topic2'], [], { groupInstanceId: `instance${i}` }),
    );
    const expected = {
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-2'],
      consumer3: ['topic1-2'],
    };
    const counts = { topic1: 3, topic2: 3 };
    expect(
      names(roundRobinAssign(counts, [...statics, member('consumer4', ['topic1', 'topic2'])])),
    ).toEqual({
      ...expected,
      consumer4: ['topic2-0'],
    });
    expect(
      names(roundRobinAssign(counts, [...statics, member('consumer5', ['topic1', 'topic2'])])),
    ).toEqual({
      ...expected,
      consumer5: ['topic2-0'],
    });
  });

  it('testStaticMemberAssignmentPersistentAfterMemberIdChanges', () => {
    const counts = { topic1: 3, topic2: 3 };
    const byInstance = (pairs: [string, string][]): Record<string, string[]> => {
      const members = pairs.map(([id, inst]) =>
        member(id, ['topic1', 'topic2'], [], { groupInstanceId: inst }),
      );
      const result = names(roundRobinAssign(counts, members));
      return Object.fromEntries(pairs.map(([id, inst]) => [inst, result[id] ?? []]));
    };
    const before = byInstance([
      ['consumer1', 'instance1'],
      ['consumer2', 'instance2'],
      ['consumer3', 'instance3'],
    ]);
    expect(before).toEqual({
      instance1: ['topic1-0', 'topic2-0'],
      instance2: ['topic1-1', 'topic2-1'],
      instance3: ['topic1-2', 'topic2-2'],
    });
    const after = byInstance([
      ['consumer4', 'instance1'],
      ['consumer5', 'instance2'],
      ['consumer1', 'instance3'],
    ]);
    expect(after).toEqual(before);
  });

  it('is valid, and balanced within one when everyone subscribes to the same topics', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 9 })),
        fc.integer({ min: 1, max: 7 }),
        (counts, n) => {
          const members = Array.from({ length: n }, (_, i) => member(`m${i}`, ['a', 'b', 'c']));
          const result = roundRobinAssign(counts, members);
          expectValid(counts, members, result);
          const sizes = Object.values(result).map((l) => l.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
