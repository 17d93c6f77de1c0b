// Java HashMap iteration order, against orders printed by a JDK 17 `new HashMap<>()` filled by put.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  javaHashMapCapacity,
  javaStringHashMapOrder,
  topicPartitionHashCode,
} from './javaHashOrder';

describe('javaStringHashMapOrder', () => {
  it.each([
    ['consumer1,consumer2,consumer3', 'consumer3,consumer2,consumer1'],
    ['consumer1,consumer2,consumer3,consumer4', 'consumer4,consumer3,consumer2,consumer1'],
    ['c-b,c-a,member-zz,member-aa,x,y,z', 'c-a,x,c-b,y,z,member-zz,member-aa'],
    [
      Array.from({ length: 19 }, (_, i) => `consumer${String(i + 1).padStart(2, '0')}`).join(','),
      'consumer01,consumer12,consumer11,consumer10,consumer09,consumer08,consumer19,consumer07,consumer18,consumer06,consumer17,consumer05,consumer16,consumer04,consumer15,consumer03,consumer14,consumer02,consumer13',
    ],
    [
      Array.from({ length: 40 }, (_, i) => `m${i}`).join(','),
      'm31,m30,m11,m33,m10,m32,m13,m35,m12,m34,m15,m37,m14,m36,m17,m39,m16,m38,m19,m18,m0,m1,m2,m3,m4,m5,m6,m7,m20,m8,m9,m22,m21,m24,m23,m26,m25,m28,m27,m29',
    ],
  ])('puts %s iterate as the JDK does', (input, expected) => {
    expect(javaStringHashMapOrder(input.split(',')).join(',')).toBe(expected);
  });

  it('is a permutation of its input', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 60 }), (keys) => {
        expect([...javaStringHashMapOrder(keys)].sort()).toEqual([...keys].sort());
      }),
    );
  });
});

describe('javaHashMapCapacity', () => {
  it('doubles from 16 once size passes three quarters', () => {
    expect(javaHashMapCapacity(0)).toBe(16);
    expect(javaHashMapCapacity(12)).toBe(16);
    expect(javaHashMapCapacity(13)).toBe(32);
    expect(javaHashMapCapacity(25)).toBe(64);
  });
});

describe('topicPartitionHashCode', () => {
  it('is 31·(31 + partition) + topic.hashCode()', () => {
    // "topic".hashCode() = 110546223 (Java); 31·31 = 961.
    expect(topicPartitionHashCode({ topic: 'topic', partition: 0 })).toBe(110546223 + 961);
    expect(topicPartitionHashCode({ topic: 'topic', partition: 2 })).toBe(110546223 + 961 + 62);
  });
});
