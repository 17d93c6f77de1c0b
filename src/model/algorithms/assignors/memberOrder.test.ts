// AbstractPartitionAssignor.MemberInfo.compareTo.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareMembers, sortMembers } from './memberOrder';

describe('compareMembers (MemberInfo.compareTo)', () => {
  it('orders dynamic members by member id', () => {
    expect(
      sortMembers([{ memberId: 'consumer-b' }, { memberId: 'consumer-a' }]).map((m) => m.memberId),
    ).toEqual(['consumer-a', 'consumer-b']);
  });

  it('orders static members by group.instance.id, whatever their member ids', () => {
    const sorted = sortMembers([
      { memberId: 'consumer-a', groupInstanceId: 'instance2' },
      { memberId: 'consumer-b', groupInstanceId: 'instance1' },
    ]);
    expect(sorted.map((m) => m.memberId)).toEqual(['consumer-b', 'consumer-a']);
  });

  it('puts static members before dynamic ones', () => {
    expect(compareMembers({ memberId: 'z', groupInstanceId: 'i' }, { memberId: 'a' })).toBe(-1);
    expect(compareMembers({ memberId: 'a' }, { memberId: 'z', groupInstanceId: 'i' })).toBe(1);
  });

  it('compares UTF-16 code units like String.compareTo (upper case before lower case)', () => {
    expect(compareMembers({ memberId: 'Zed' }, { memberId: 'abe' })).toBeLessThan(0);
  });

  it('is antisymmetric', () => {
    const arb = fc.record({
      memberId: fc.string(),
      groupInstanceId: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(Math.sign(compareMembers(a, b)) + Math.sign(compareMembers(b, a))).toBe(0);
      }),
    );
  });
});
