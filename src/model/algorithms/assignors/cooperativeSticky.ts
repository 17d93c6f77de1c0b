// The `cooperative-sticky` assignor: the sticky target, minus partitions that must first be revoked.
import { stickyAssignDetailed } from './sticky';
import {
  sortedAssignment,
  tpKey,
  type Assignment,
  type Assignor,
  type MemberSubscription,
  type TopicPartition,
} from './types';

/**
 * CooperativeStickyAssignor.assign (3.6.2; KIP-429): compute the sticky assignment, then take out
 * every partition that moves from one member to another. Its old owner is not given it any more,
 * so it revokes it and rejoins; the follow-up rebalance, where nobody owns it, hands it over.
 * Partitions nobody owned (new, or from a member that left) are assigned at once.
 * On the constrained path the moves are the ones the builder recorded; on the general path they
 * are recomputed as partitions added to one member and revoked from another
 * (`computePartitionsTransferringOwnership`).
 */
export function cooperativeStickyAssignDetailed(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): { assignment: Assignment; held: Map<string, { tp: TopicPartition; member: string }> } {
  const sticky = stickyAssignDetailed(partitionsPerTopic, members);
  const held = sticky.partitionsTransferringOwnership ?? transferring(members, sticky.assignment);
  const adjusted = new Map(
    [...sticky.assignment].map(([member, list]) => [
      member,
      list.filter((tp) => held.get(tpKey(tp))?.member !== member),
    ]),
  );
  return { assignment: sortedAssignment(adjusted), held };
}

function transferring(
  members: readonly MemberSubscription[],
  assignment: ReadonlyMap<string, readonly TopicPartition[]>,
): Map<string, { tp: TopicPartition; member: string }> {
  const added = new Map<string, { tp: TopicPartition; member: string }>();
  const revoked = new Set<string>();
  const owned = new Map(members.map((m) => [m.memberId, m.ownedPartitions]));
  for (const [member, list] of assignment) {
    const ownedKeys = new Set((owned.get(member) ?? []).map(tpKey));
    const assignedKeys = new Set(list.map(tpKey));
    for (const tp of list) if (!ownedKeys.has(tpKey(tp))) added.set(tpKey(tp), { tp, member });
    for (const tp of owned.get(member) ?? [])
      if (!assignedKeys.has(tpKey(tp))) revoked.add(tpKey(tp));
  }
  for (const key of [...added.keys()]) if (!revoked.has(key)) added.delete(key);
  return added;
}

export function cooperativeStickyAssign(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): Assignment {
  return cooperativeStickyAssignDetailed(partitionsPerTopic, members).assignment;
}

export const cooperativeStickyAssignor: Assignor = {
  name: 'cooperative-sticky',
  assign: cooperativeStickyAssign,
};
