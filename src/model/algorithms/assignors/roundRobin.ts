// The `roundrobin` assignor: all partitions dealt one by one around the sorted members.
import { sortMembers } from './memberOrder';
import {
  compareJavaStrings,
  sortedAssignment,
  subscribedPartitionCounts,
  type Assignment,
  type Assignor,
  type MemberSubscription,
  type TopicPartition,
} from './types';

/**
 * RoundRobinAssignor (3.6.2): every partition of every subscribed topic, topics sorted by name
 * and partitions in order, goes to the next member of a circular iterator over the members sorted
 * by MemberInfo.compareTo, skipping members not subscribed to that partition's topic. With unequal
 * subscriptions this can be badly unbalanced (the Javadoc's second example).
 */
export function roundRobinAssign(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): Assignment {
  const result = new Map<string, TopicPartition[]>(members.map((m) => [m.memberId, []]));
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const topics = [...counts.keys()].sort(compareJavaStrings);
  const ring = sortMembers(members);
  let cursor = 0;
  for (const topic of topics) {
    const n = counts.get(topic) ?? 0;
    for (let p = 0; p < n; p++) {
      // Some member subscribes to `topic` (counts only holds subscribed topics), so this ends.
      while (!ring[cursor % ring.length]?.topics.includes(topic)) cursor++;
      result.get(ring[cursor % ring.length]?.memberId ?? '')?.push({ topic, partition: p });
      cursor++;
    }
  }
  return sortedAssignment(result);
}

export const roundRobinAssignor: Assignor = { name: 'roundrobin', assign: roundRobinAssign };
