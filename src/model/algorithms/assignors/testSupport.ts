// Small builders shared by the assignor tests (not used by the model).
import type { Assignment, MemberSubscription, TopicPartition } from './types';

export const tp = (topic: string, partition: number): TopicPartition => ({ topic, partition });

/** `tps('t1-0', 't1-2')` with the partition after the last dash. */
export function tps(...names: string[]): TopicPartition[] {
  return names.map((n) => {
    const i = n.lastIndexOf('-');
    return tp(n.slice(0, i), Number(n.slice(i + 1)));
  });
}

export function member(
  memberId: string,
  topics: string[],
  ownedPartitions: TopicPartition[] = [],
  extra: Partial<MemberSubscription> = {},
): MemberSubscription {
  return { memberId, topics, ownedPartitions, ...extra };
}

/** Assignment lists as `topic-p` strings, for compact expectations. */
export function names(assignment: Assignment): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(assignment).map(([m, list]) => [
      m,
      list.map((x) => `${x.topic}-${x.partition}`),
    ]),
  );
}

/** Each partition of the subscribed topics assigned exactly once, only to a subscriber. */
export function expectValid(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
  assignment: Assignment,
  { complete = true }: { complete?: boolean } = {},
): void {
  const seen = new Set<string>();
  for (const m of members) {
    const list = assignment[m.memberId];
    if (list === undefined) throw new Error(`${m.memberId} missing from the assignment`);
    for (const x of list) {
      const key = `${x.topic}-${x.partition}`;
      if (seen.has(key)) throw new Error(`${key} assigned twice`);
      seen.add(key);
      if (!m.topics.includes(x.topic))
        throw new Error(`${key} given to ${m.memberId}, not subscribed`);
      if (x.partition >= (partitionsPerTopic[x.topic] ?? 0))
        throw new Error(`${key} does not exist`);
    }
  }
  if (!complete) return;
  const subscribed = new Set(members.flatMap((m) => m.topics));
  for (const [topic, n] of Object.entries(partitionsPerTopic)) {
    if (!subscribed.has(topic)) continue;
    for (let p = 0; p < n; p++) {
      if (!seen.has(`${topic}-${p}`)) throw new Error(`${topic}-${p} unassigned`);
    }
  }
}

/** The next generation's subscriptions: everyone now owns what it was just assigned. */
export function rejoin(
  members: MemberSubscription[],
  assignment: Assignment,
  generation?: number,
): MemberSubscription[] {
  return members.map((m) => ({
    ...m,
    ownedPartitions: assignment[m.memberId] ?? [],
    ...(generation === undefined ? {} : { generation }),
  }));
}

/**
 * The balance AbstractStickyAssignorTest.verifyValidityAndBalance demands: whenever a member has
 * 2+ more partitions than another, none of its partitions is of a topic the other subscribes to.
 */
export function expectStickyBalanced(members: MemberSubscription[], assignment: Assignment): void {
  for (const a of members) {
    for (const b of members) {
      const la = assignment[a.memberId] ?? [];
      const lb = assignment[b.memberId] ?? [];
      if (la.length - lb.length <= 1) continue;
      const movable = la.find((x) => b.topics.includes(x.topic));
      if (movable !== undefined) {
        throw new Error(
          `${a.memberId} has ${la.length}, ${b.memberId} has ${lb.length}, and ${movable.topic}-${movable.partition} could move`,
        );
      }
    }
  }
}
