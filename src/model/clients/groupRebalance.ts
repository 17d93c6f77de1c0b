// What a consumer group's rebalance computes: the coordinator's choice of assignor and the group
// leader's run of it over the members' subscriptions (KAFKA.md 6.2–6.3). Pure over the group.
import {
  ASSIGNORS,
  chooseProtocol,
  sortMembers,
  type AssignorName,
  type MemberSubscription,
} from '../algorithms/assignors';
import type { JoinedMember } from '../engine/messages';
import type { Group } from '../engine/types';
import { tpKey } from '../replication/log';

/** partition.assignment.strategy default from 3.0: [RangeAssignor, CooperativeStickyAssignor] (ConsumerConfig, KAFKA.md Appendix A). */
export const DEFAULT_STRATEGIES: readonly AssignorName[] = ['range', 'cooperative-sticky'];

/**
 * The protocol for the next generation: GroupMetadata.selectProtocol's vote over every member's
 * list (KAFKA.md 6.2 step 5); '' when no member is left (initNextGeneration leaves it unset for an
 * Empty group). Every member of a model group has the same list, so the vote picks its first entry.
 */
export function chosenProtocol(g: Group, members: number): AssignorName | '' {
  if (members === 0) return '';
  const lists: AssignorName[][] = [];
  for (let i = 0; i < members; i++) lists.push(g.strategies);
  const chosen = chooseProtocol(lists);
  return g.strategies.find((s) => s === chosen) ?? g.strategies[0] ?? 'range';
}

/** COOPERATIVE only for cooperative-sticky (ConsumerPartitionAssignor.supportedProtocols; the others are EAGER). */
export function isCooperative(protocol: AssignorName | ''): boolean {
  return protocol === 'cooperative-sticky';
}

/**
 * The members' JoinGroup subscriptions as the leader's assignor reads them: the subscribed topics,
 * the partitions each member owns (still existing: `g.offsets` has them) and the generation they
 * are from (none before a member's first assignment). For the eager sticky assignor the owned
 * partitions stand for the previous assignment its user data carries (StickyAssignor.memberData).
 */
function subscriptions(g: Group, members: readonly JoinedMember[]): MemberSubscription[] {
  return sortMembers(
    members.map((m) => {
      const owned = [];
      for (const tp of m.owned) {
        const o = g.offsets[tp];
        if (o) owned.push({ topic: o.topic, partition: o.partition });
      }
      const sub: MemberSubscription = {
        memberId: m.memberId,
        topics: g.topics.slice(),
        ownedPartitions: owned,
      };
      if (m.generation >= 0) sub.generation = m.generation;
      return sub;
    }),
  );
}

/**
 * The group leader runs `protocol`'s assignor over the JoinGroup members (sorted by member id,
 * MemberInfo.compareTo) and the partition counts of the subscribed topics
 * (ConsumerCoordinator.onLeaderElected). Each member's partitions come out as `topic-partition`
 * keys in subscription order, then by partition (the order the model's fetches and polls use).
 */
export function computeAssignment(
  g: Group,
  counts: Record<string, number>,
  protocol: AssignorName,
  members: readonly JoinedMember[],
): Record<string, string[]> {
  const result = ASSIGNORS[protocol].assign(counts, subscriptions(g, members));
  const out: Record<string, string[]> = {};
  for (const m of members) {
    const list = (result[m.memberId] ?? []).slice();
    list.sort(
      (a, b) => g.topics.indexOf(a.topic) - g.topics.indexOf(b.topic) || a.partition - b.partition,
    );
    out[m.memberId] = list.map((tp) => tpKey(tp.topic, tp.partition));
  }
  return out;
}
