// RangeAssignor against its Javadoc and RangeAssignorTest (3.6.2).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeAssign } from './range';
import { expectValid, member, names } from './testSupport';

describe('rangeAssign', () => {
  it('reproduces the Javadoc example: 2 consumers, t0 and t1 with 3 partitions each', () => {
    const members = [member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])];
    expect(names(rangeAssign({ t0: 3, t1: 3 }, members))).toEqual({
      C0: ['t0-0', 't0-1', 't1-0', 't1-1'],
      C1: ['t0-2', 't1-2'],
    });
  });

  it('splits 7 partitions over 3 consumers as 3/2/2 (KAFKA.md 6.3)', () => {
    const members = ['c1', 'c2', 'c3'].map((id) => member(id, ['t']));
    expect(names(rangeAssign({ t: 7 }, members))).toEqual({
      c1: ['t-0', 't-1', 't-2'],
      c2: ['t-3', 't-4'],
      c3: ['t-5', 't-6'],
    });
  });

  it('gives a consumer with no topics nothing (testOneConsumerNoTopic)', () => {
    expect(rangeAssign({}, [member('consumer', [])])).toEqual({ consumer: [] });
  });

  it('skips a subscribed topic with no metadata (testOneConsumerNonexistentTopic)', () => {
    expect(rangeAssign({}, [member('consumer', ['topic'])])).toEqual({ consumer: [] });
    expect(rangeAssign({ topic: 0 }, [member('consumer', ['topic'])])).toEqual({ consumer: [] });
  });

  it('assigns only subscribed topics (testOnlyAssignsPartitionsFromSubscribedTopics)', () => {
    expect(names(rangeAssign({ topic: 3, other: 3 }, [member('consumer', ['topic'])]))).toEqual({
      consumer: ['topic-0', 'topic-1', 'topic-2'],
    });
  });

  it('leaves the second of two consumers idle on one partition (testTwoConsumersOneTopicOnePartition)', () => {
    const members = [member('consumer1', ['topic']), member('consumer2', ['topic'])];
    expect(names(rangeAssign({ topic: 1 }, members))).toEqual({
      consumer1: ['topic-0'],
      consumer2: [],
    });
  });

  it('ranges each topic over its own subscribers (testMultipleConsumersMixedTopics)', () => {
    const members = [
      member('consumer1', ['topic1']),
      member('consumer2', ['topic1', 'topic2']),
      member('consumer3', ['topic1']),
    ];
    expect(names(rangeAssign({ topic1: 3, topic2: 2 }, members))).toEqual({
      consumer1: ['topic1-0'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-1'],
      consumer3: ['topic1-2'],
    });
  });

  it('orders static members by instance id (testTwoStaticConsumersTwoTopicsSixPartitions)', () => {
    const members = [
      member('consumer-b', ['topic1', 'topic2'], [], { groupInstanceId: 'instance1' }),
      member('consumer-a', ['topic1', 'topic2'], [], { groupInstanceId: 'instance2' }),
    ];
    expect(names(rangeAssign({ topic1: 3, topic2: 3 }, members))).toEqual({
      'consumer-b': ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'],
      'consumer-a': ['topic1-2', 'topic2-2'],
    });
  });

  it('is valid, and within a topic the counts differ by at most one and fall with member order', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 12 })),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.subarray(['a', 'b', 'c', 'd']), { minLength: 6, maxLength: 6 }),
        (counts, ids, subs) => {
          const members = ids.map((id, i) => member(id, subs[i] ?? []));
          const result = rangeAssign(counts, members);
          expectValid(counts, members, result);
          for (const topic of Object.keys(counts)) {
            const sizes = [...members]
              .filter((m) => m.topics.includes(topic))
              .sort((x, y) => (x.memberId < y.memberId ? -1 : 1))
              .map((m) => (result[m.memberId] ?? []).filter((x) => x.topic === topic).length);
            for (let i = 1; i < sizes.length; i++) {
              expect((sizes[i - 1] ?? 0) - (sizes[i] ?? 0)).toBeGreaterThanOrEqual(0);
              expect((sizes[0] ?? 0) - (sizes[i] ?? 0)).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });
});
