// The member order used by the range and roundrobin assignors.
import { compareJavaStrings, type MemberSubscription } from './types';

/**
 * `AbstractPartitionAssignor.MemberInfo.compareTo` (3.6.2): by group.instance.id when both members
 * have one; a static member (with one) before a dynamic member; otherwise by memberId. Java compares
 * with `String.compareTo`, i.e. UTF-16 code units.
 */
export function compareMembers(
  a: Pick<MemberSubscription, 'memberId' | 'groupInstanceId'>,
  b: Pick<MemberSubscription, 'memberId' | 'groupInstanceId'>,
): number {
  if (a.groupInstanceId !== undefined && b.groupInstanceId !== undefined) {
    return compareJavaStrings(a.groupInstanceId, b.groupInstanceId);
  }
  if (a.groupInstanceId !== undefined) return -1;
  if (b.groupInstanceId !== undefined) return 1;
  return compareJavaStrings(a.memberId, b.memberId);
}

/** A sorted copy (Collections.sort is stable, as is Array.prototype.sort). */
export function sortMembers<T extends Pick<MemberSubscription, 'memberId' | 'groupInstanceId'>>(
  members: readonly T[],
): T[] {
  return [...members].sort(compareMembers);
}
