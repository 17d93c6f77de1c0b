// Shapes shared by the consumer-group partition assignors (classic protocol, Kafka 3.6).

/** One partition of one topic (`org.apache.kafka.common.TopicPartition`). */
export interface TopicPartition {
  topic: string;
  partition: number;
}

/**
 * What the group leader knows about a member when it runs the assignor: the member's
 * `ConsumerPartitionAssignor.Subscription` (topics, ownedPartitions, generationId) plus its
 * group.instance.id. For the eager `sticky` assignor, `ownedPartitions` stands for the previous
 * assignment it carries in its user data (StickyAssignor.memberData at 3.6.2), since eager members
 * revoke everything before rejoining.
 */
export interface MemberSubscription {
  memberId: string;
  groupInstanceId?: string;
  topics: string[];
  ownedPartitions: TopicPartition[];
  /** Generation of `ownedPartitions`; absent means unknown (AbstractStickyAssignor.DEFAULT_GENERATION). */
  generation?: number;
}

/** memberId → partitions; every list is sorted by topic then partition. */
export type Assignment = Record<string, TopicPartition[]>;

export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

export interface Assignor {
  name: AssignorName;
  assign(partitionsPerTopic: Record<string, number>, members: MemberSubscription[]): Assignment;
}

/** Java `String.compareTo`: UTF-16 code-unit order, which is also what JS `<` compares. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order by topic, then partition (the order of every list in an `Assignment`). */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return compareJavaStrings(a.topic, b.topic) || a.partition - b.partition;
}

/** A stable string key for maps and sets; `-` cannot confuse since the partition is last and numeric. */
export function tpKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Copies of `map`'s lists, each sorted by topic then partition. */
export function sortedAssignment(map: ReadonlyMap<string, readonly TopicPartition[]>): Assignment {
  const out: Assignment = {};
  for (const [member, partitions] of map) {
    out[member] = [...partitions].sort(compareTopicPartitions);
  }
  return out;
}

/**
 * The partition counts an assignor really sees: AbstractPartitionAssignor.assign(Cluster, ...)
 * (3.6.2) passes only topics that some member subscribes to and that have a positive partition count.
 */
export function subscribedPartitionCounts(
  partitionsPerTopic: Record<string, number>,
  members: readonly MemberSubscription[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of members) {
    for (const topic of m.topics) {
      const n = Object.hasOwn(partitionsPerTopic, topic) ? partitionsPerTopic[topic] : undefined;
      if (n !== undefined && n > 0) counts.set(topic, n);
    }
  }
  return counts;
}
