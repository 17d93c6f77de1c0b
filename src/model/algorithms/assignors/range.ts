// The `range` assignor: each topic's partitions split into contiguous ranges over its members.
import { sortMembers } from './memberOrder';
import {
  sortedAssignment,
  subscribedPartitionCounts,
  type Assignment,
  type Assignor,
  type MemberSubscription,
  type TopicPartition,
} from './types';

/**
 * RangeAssignor (3.6.2, without racks): per topic, the subscribed members sorted by
 * MemberInfo.compareTo; member i gets `per = P / C` partitions starting at `per·i + min(i, extra)`,
 * plus one more while `i < extra = P % C`. Topics are independent, so the first members of every
 * topic get the extras: that is range's known imbalance across topics.
 */
export function rangeAssign(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): Assignment {
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const result = new Map<string, TopicPartition[]>(members.map((m) => [m.memberId, []]));
  for (const [topic, numPartitions] of counts) {
    const consumers = sortMembers(members.filter((m) => m.topics.includes(topic)));
    const per = Math.floor(numPartitions / consumers.length);
    const extra = numPartitions % consumers.length;
    consumers.forEach((consumer, i) => {
      const start = per * i + Math.min(i, extra);
      const length = per + (i + 1 > extra ? 0 : 1);
      const list = result.get(consumer.memberId);
      for (let p = start; p < start + length; p++) list?.push({ topic, partition: p });
    });
  }
  return sortedAssignment(result);
}

export const rangeAssignor: Assignor = { name: 'range', assign: rangeAssign };
