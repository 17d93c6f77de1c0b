// The `sticky` assignor (AbstractStickyAssignor at 3.6.2, without racks): balance first, then keep
// as many previously owned partitions as possible.
import {
  javaHashMapCapacity,
  javaStringHashMapOrder,
  topicPartitionHashCode,
} from './javaHashOrder';
import {
  compareJavaStrings,
  sortedAssignment,
  subscribedPartitionCounts,
  tpKey,
  type Assignment,
  type Assignor,
  type MemberSubscription,
  type TopicPartition,
} from './types';

/** AbstractStickyAssignor.DEFAULT_GENERATION: a member that reports no generation. */
export const DEFAULT_GENERATION = -1;

/** The sticky target plus what the cooperative variant needs to hold back. */
export interface StickyResult {
  /** Member → partitions, unsorted (Kafka's internal order). */
  assignment: Map<string, TopicPartition[]>;
  /**
   * tpKey → new owner for partitions that change owner, as the constrained path records them
   * (`partitionsTransferringOwnership`); null on the general path, where Kafka also sets it to
   * null so CooperativeStickyAssignor recomputes it from the owned partitions.
   */
  partitionsTransferringOwnership: Map<string, { tp: TopicPartition; member: string }> | null;
  /** True when all members subscribe to the same topics (ConstrainedAssignmentBuilder). */
  constrained: boolean;
}

function removeFirst(list: TopicPartition[], tp: TopicPartition): void {
  const key = tpKey(tp);
  const i = list.findIndex((x) => tpKey(x) === key);
  if (i >= 0) list.splice(i, 1);
}

interface OwnedInfo {
  equal: boolean;
  /** Each member's valid previously owned partitions, in the members' HashMap order. */
  consumerToOwned: Map<string, TopicPartition[]>;
  multiOwned: Set<string>;
  maxGeneration: number;
}

/**
 * `allSubscriptionsEqual` (3.6.2): are all subscriptions the same set of topics, and each member's
 * owned partitions that still exist. A partition claimed by two members of the same generation is
 * taken from both (and remembered in `multiOwned`); between different generations the higher wins.
 * Quirk kept: the topic set is taken from the first member with a non-empty subscription.
 */
function collectOwned(allTopics: ReadonlySet<string>, ordered: MemberSubscription[]): OwnedInfo {
  let equal = true;
  const subscribed = new Set<string>();
  const owner = new Map<string, string>();
  const generationOf = new Map<string, number>();
  const consumerToOwned = new Map<string, TopicPartition[]>();
  const multiOwned = new Set<string>();
  let maxGeneration = DEFAULT_GENERATION;
  for (const m of ordered) {
    if (subscribed.size === 0) {
      for (const t of m.topics) subscribed.add(t);
    } else if (
      equal &&
      !(m.topics.length === subscribed.size && m.topics.every((t) => subscribed.has(t)))
    ) {
      equal = false;
    }
    const generation = m.generation ?? DEFAULT_GENERATION;
    generationOf.set(m.memberId, generation);
    maxGeneration = Math.max(maxGeneration, generation);
    const owned: TopicPartition[] = [];
    consumerToOwned.set(m.memberId, owned);
    for (const tp of m.ownedPartitions) {
      if (!allTopics.has(tp.topic)) continue;
      const key = tpKey(tp);
      const other = owner.get(key);
      if (other === undefined) {
        owned.push(tp);
        owner.set(key, m.memberId);
        continue;
      }
      const otherGeneration = generationOf.get(other) ?? DEFAULT_GENERATION;
      const otherOwned = consumerToOwned.get(other) ?? [];
      if (generation === otherGeneration) {
        multiOwned.add(key);
        removeFirst(otherOwned, tp);
        owner.set(key, m.memberId);
      } else if (generation > otherGeneration) {
        owned.push(tp);
        removeFirst(otherOwned, tp);
        owner.set(key, m.memberId);
      }
    }
  }
  return { equal, consumerToOwned, multiOwned, maxGeneration };
}

function allPartitionsOf(
  topics: readonly string[],
  counts: ReadonlyMap<string, number>,
): TopicPartition[] {
  const out: TopicPartition[] = [];
  for (const topic of topics) {
    const n = counts.get(topic) ?? 0;
    for (let p = 0; p < n; p++) out.push({ topic, partition: p });
  }
  return out;
}

/**
 * ConstrainedAssignmentBuilder (3.6.2), all members subscribed to the same topics. Owned
 * partitions are kept, sorted by partition then topic: all of them below minQuota; maxQuota while
 * fewer than `P % C` members have reached it; minQuota otherwise, the rest being revoked. The
 * unassigned partitions (sorted by topic, partition) are then dealt round-robin to the members
 * under minQuota (sorted by id), and after that one each to members at minQuota until `P % C`
 * members hold maxQuota.
 */
function constrainedAssign(
  counts: ReadonlyMap<string, number>,
  info: OwnedInfo,
): Pick<StickyResult, 'assignment' | 'partitionsTransferringOwnership'> {
  const transferring = new Map<string, { tp: TopicPartition; member: string }>();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const n = info.consumerToOwned.size;
  const minQuota = Math.floor(total / n);
  const maxQuota = Math.ceil(total / n);
  const expectedOverMin = total % n;
  let currentOverMin = 0;
  const assignment = new Map<string, TopicPartition[]>();
  const assigned = new Set<string>();
  const revoked = new Set<string>();
  const underMin: string[] = [];
  let exactlyMin: string[] = [];

  for (const [consumer, ownedRaw] of info.consumerToOwned) {
    const owned = [...ownedRaw].sort(
      (a, b) => a.partition - b.partition || compareJavaStrings(a.topic, b.topic),
    );
    for (const key of info.multiOwned) {
      const i = owned.findIndex((tp) => tpKey(tp) === key);
      if (i >= 0) owned.splice(i, 1);
    }
    const keep = (count: number): TopicPartition[] => {
      for (const tp of owned.slice(count)) revoked.add(tpKey(tp));
      return owned.slice(0, count);
    };
    let kept: TopicPartition[];
    if (owned.length < minQuota) {
      kept = owned;
      underMin.push(consumer);
    } else if (owned.length >= maxQuota && currentOverMin < expectedOverMin) {
      currentOverMin++;
      if (currentOverMin === expectedOverMin) exactlyMin = [];
      kept = keep(maxQuota);
    } else {
      kept = keep(minQuota);
      if (currentOverMin < expectedOverMin) exactlyMin.push(consumer);
    }
    assignment.set(consumer, [...kept]);
    for (const tp of kept) assigned.add(tpKey(tp));
  }

  const sortedTopics = [...counts.keys()].sort(compareJavaStrings);
  const unassigned = allPartitionsOf(sortedTopics, counts).filter((tp) => !assigned.has(tpKey(tp)));
  underMin.sort(compareJavaStrings);
  exactlyMin.sort(compareJavaStrings);

  const assignNew = (tp: TopicPartition, consumer: string): number => {
    const list = assignment.get(consumer) ?? [];
    list.push(tp);
    const key = tpKey(tp);
    // Revoked from someone this round (or claimed twice), so it changes owner: cooperative holds it back.
    if (revoked.has(key) || info.multiOwned.has(key))
      transferring.set(key, { tp, member: consumer });
    return list.length;
  };

  // assignRoundRobin: an iterator over underMin that restarts at its head, with remove().
  let next = 0;
  for (const tp of unassigned) {
    let consumer: string;
    let fromIterator = true;
    if (next < underMin.length) {
      consumer = underMin[next++] ?? '';
    } else if (underMin.length === 0 && exactlyMin.length === 0) {
      throw new Error('No more unfilled consumers to be assigned.');
    } else if (underMin.length === 0) {
      consumer = exactlyMin.shift() ?? '';
      fromIterator = false;
    } else {
      next = 0;
      consumer = underMin[next++] ?? '';
    }
    const count = assignNew(tp, consumer);
    if (count === minQuota && fromIterator) {
      underMin.splice(--next, 1);
      exactlyMin.push(consumer);
    } else if (count === maxQuota) {
      currentOverMin++;
    }
  }

  // verifyUnfilledMembers
  if (underMin.length > 0) {
    if (currentOverMin !== expectedOverMin) {
      throw new Error(
        "We haven't reached the expected number of members with more than the minQuota partitions, but no more partitions to be assigned",
      );
    }
    for (const consumer of underMin) {
      if ((assignment.get(consumer)?.length ?? 0) !== minQuota) {
        throw new Error(
          `Consumer: [${consumer}] doesn't reach minQuota partitions, and no more partitions to be assigned`,
        );
      }
    }
  }
  return { assignment, partitionsTransferringOwnership: transferring };
}

interface ConsumerPair {
  src: string;
  dst: string;
}

const pairKey = (p: ConsumerPair): string => `${p.src}\u0000${p.dst}`;

/**
 * AbstractStickyAssignor.PartitionMovements: where each partition moved from during this
 * rebalance, so a move back along a reverse pair picks a partition that already moved that way.
 * The `iterator().next()` of Java's HashSet is reproduced with its bucket order.
 */
class PartitionMovements {
  private readonly byTopic = new Map<
    string,
    Map<string, { members: Map<string, { tp: TopicPartition; seq: number }>; peak: number }>
  >();
  private readonly movements = new Map<string, ConsumerPair>();
  private seq = 0;

  private removeRecord(tp: TopicPartition): ConsumerPair {
    const key = tpKey(tp);
    const pair = this.movements.get(key);
    if (pair === undefined) throw new Error(`no movement recorded for ${key}`);
    this.movements.delete(key);
    const forTopic = this.byTopic.get(tp.topic);
    const set = forTopic?.get(pairKey(pair));
    set?.members.delete(key);
    if (set !== undefined && set.members.size === 0) forTopic?.delete(pairKey(pair));
    if (forTopic !== undefined && forTopic.size === 0) this.byTopic.delete(tp.topic);
    return pair;
  }

  private addRecord(tp: TopicPartition, pair: ConsumerPair): void {
    this.movements.set(tpKey(tp), pair);
    let forTopic = this.byTopic.get(tp.topic);
    if (forTopic === undefined) {
      forTopic = new Map();
      this.byTopic.set(tp.topic, forTopic);
    }
    let set = forTopic.get(pairKey(pair));
    if (set === undefined) {
      set = { members: new Map(), peak: 0 };
      forTopic.set(pairKey(pair), set);
    }
    set.members.set(tpKey(tp), { tp, seq: this.seq++ });
    set.peak = Math.max(set.peak, set.members.size);
  }

  movePartition(tp: TopicPartition, oldConsumer: string, newConsumer: string): void {
    if (this.movements.has(tpKey(tp))) {
      const existing = this.removeRecord(tp);
      // Moving back to where it started cancels the movement.
      if (existing.src !== newConsumer) this.addRecord(tp, { src: existing.src, dst: newConsumer });
    } else {
      this.addRecord(tp, { src: oldConsumer, dst: newConsumer });
    }
  }

  actualPartitionToMove(
    tp: TopicPartition,
    oldConsumer: string,
    newConsumer: string,
  ): TopicPartition {
    const forTopic = this.byTopic.get(tp.topic);
    if (forTopic === undefined) return tp;
    const moved = this.movements.get(tpKey(tp));
    const from = moved !== undefined ? moved.src : oldConsumer;
    const reverse = forTopic.get(pairKey({ src: newConsumer, dst: from }));
    if (reverse === undefined) return tp;
    // A HashSet never shrinks its table, so its capacity follows the largest size it reached.
    const entries = [...reverse.members.values()].sort((a, b) => a.seq - b.seq);
    const mask = javaHashMapCapacity(reverse.peak) - 1;
    const first = entries
      .map((e, i) => ({ e, i, h: topicPartitionHashCode(e.tp) }))
      .sort(
        (a, b) => ((a.h ^ (a.h >>> 16)) & mask) - ((b.h ^ (b.h >>> 16)) & mask) || a.i - b.i,
      )[0];
    return first?.e.tp ?? tp;
  }
}

/**
 * GeneralAssignmentBuilder (3.6.2), for unequal subscriptions. Keeps every owned partition whose
 * topic the member still subscribes to, gives each unassigned partition (topics with the fewest
 * potential members first) to the least-loaded member that can take it, then moves partitions from
 * members with 2+ more than another eligible member until balanced, preferring to send a partition
 * back to its owner of an older generation. A rebalance that does not lower the balance score is
 * undone, unless everything started unassigned.
 */
function generalAssign(
  counts: ReadonlyMap<string, number>,
  ordered: MemberSubscription[],
  info: OwnedInfo,
): Map<string, TopicPartition[]> {
  const topicConsumers = new Map<string, string[]>([...counts.keys()].map((t) => [t, []]));
  const consumerTopics = new Map<string, string[]>();
  const subscription = new Map<string, MemberSubscription>();
  for (const m of ordered) {
    subscription.set(m.memberId, m);
    const topics = m.topics.filter((t) => counts.has(t));
    consumerTopics.set(m.memberId, topics);
    for (const t of topics) topicConsumers.get(t)?.push(m.memberId);
  }
  const current = info.consumerToOwned;
  for (const m of ordered) if (!current.has(m.memberId)) current.set(m.memberId, []);
  const owner = new Map<string, string>();
  for (const [consumer, list] of current) for (const tp of list) owner.set(tpKey(tp), consumer);

  const potential = (t: string): number => topicConsumers.get(t)?.length ?? 0;
  const sortedTopics = [...counts.keys()].sort(
    (a, b) => potential(a) - potential(b) || compareJavaStrings(a, b),
  );
  let sortedAllPartitions = allPartitionsOf(sortedTopics, counts);
  const totalPartitions = sortedAllPartitions.length;

  // sortedCurrentSubscriptions: a TreeSet by (assigned count, member id), kept as a set and sorted on use.
  const inTree = new Set<string>();
  const size = (c: string): number => current.get(c)?.length ?? 0;
  const sortedMembers = (): string[] =>
    [...inTree].sort((a, b) => size(a) - size(b) || compareJavaStrings(a, b));

  // prepopulateCurrentAssignments: owners from older generations, newest first.
  const prev = new Map<string, { consumer: string; generation: number }>();
  const updatePrev = (partitions: TopicPartition[], consumer: string, generation: number): void => {
    for (const tp of partitions) {
      const existing = prev.get(tpKey(tp));
      if (existing === undefined || generation > existing.generation)
        prev.set(tpKey(tp), { consumer, generation });
    }
  };
  for (const m of ordered) {
    if (m.generation !== undefined && m.generation < info.maxGeneration) {
      updatePrev(m.ownedPartitions, m.memberId, m.generation);
    } else if (m.generation === undefined && info.maxGeneration > DEFAULT_GENERATION) {
      updatePrev(m.ownedPartitions, m.memberId, DEFAULT_GENERATION);
    }
  }

  // assignOwnedPartitions
  let revocationRequired = false;
  const assigned = new Set<string>();
  for (const [consumer, list] of current) {
    const topics = subscription.get(consumer)?.topics ?? [];
    for (let i = 0; i < list.length;) {
      const tp = list[i] as TopicPartition;
      if (!topicConsumers.has(tp.topic)) {
        list.splice(i, 1);
        owner.delete(tpKey(tp));
      } else if (!topics.includes(tp.topic)) {
        list.splice(i, 1);
        revocationRequired = true;
      } else {
        assigned.add(tpKey(tp));
        i++;
      }
    }
  }
  let unassigned = sortedAllPartitions.filter((tp) => !assigned.has(tpKey(tp)));
  for (const c of current.keys()) inTree.add(c);

  const maxAssignmentSize = (topics: readonly string[]): number =>
    topics.length === counts.size
      ? totalPartitions
      : topics.reduce((s, t) => s + (counts.get(t) ?? 0), 0);

  const isBalanced = (): boolean => {
    const sorted = sortedMembers();
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined) return true;
    if (size(first) >= size(last) - 1) return true;
    const holder = new Map<string, string>();
    for (const [c, list] of current) for (const tp of list) holder.set(tpKey(tp), c);
    for (const consumer of sorted) {
      const count = size(consumer);
      const topics = consumerTopics.get(consumer) ?? [];
      if (count === maxAssignmentSize(topics)) continue;
      const mine = new Set((current.get(consumer) ?? []).map(tpKey));
      for (const topic of topics) {
        for (let p = 0; p < (counts.get(topic) ?? 0); p++) {
          const key = `${topic}-${p}`;
          if (mine.has(key)) continue;
          const other = holder.get(key);
          if (other !== undefined && count + 1 < size(other)) return false;
        }
      }
    }
    return true;
  };

  const movements = new PartitionMovements();
  const processMovement = (tp: TopicPartition, newConsumer: string): void => {
    const oldConsumer = owner.get(tpKey(tp)) ?? '';
    movements.movePartition(tp, oldConsumer, newConsumer);
    const oldList = current.get(oldConsumer);
    if (oldList !== undefined) removeFirst(oldList, tp);
    current.get(newConsumer)?.push(tp);
    owner.set(tpKey(tp), newConsumer);
  };
  const reassignTo = (tp: TopicPartition, newConsumer: string): void => {
    const consumer = owner.get(tpKey(tp)) ?? '';
    processMovement(movements.actualPartitionToMove(tp, consumer, newConsumer), newConsumer);
  };
  const reassign = (tp: TopicPartition): void => {
    const target = sortedMembers().find((c) => consumerTopics.get(c)?.includes(tp.topic));
    if (target !== undefined) reassignTo(tp, target);
  };

  const performReassignments = (partitions: readonly TopicPartition[]): boolean => {
    let performed = false;
    let modified: boolean;
    do {
      modified = false;
      for (const tp of partitions) {
        if (isBalanced()) break;
        const consumer = owner.get(tpKey(tp));
        if (consumer === undefined) continue;
        const before = prev.get(tpKey(tp));
        // Kafka would throw on a previous owner that left the reassignable set; skip it instead.
        if (
          before !== undefined &&
          current.has(before.consumer) &&
          size(consumer) > size(before.consumer) + 1
        ) {
          reassignTo(tp, before.consumer);
          performed = modified = true;
          continue;
        }
        for (const other of topicConsumers.get(tp.topic) ?? []) {
          if (size(consumer) > size(other) + 1) {
            reassign(tp);
            performed = modified = true;
            break;
          }
        }
      }
    } while (modified);
    return performed;
  };

  // balance
  const lastMember = sortedMembers().at(-1);
  const initializing = lastMember === undefined || size(lastMember) === 0;
  for (const tp of unassigned) {
    if (potential(tp.topic) === 0) continue;
    const target = sortedMembers().find((c) => consumerTopics.get(c)?.includes(tp.topic));
    if (target === undefined) continue;
    current.get(target)?.push(tp);
    owner.set(tpKey(tp), target);
  }
  const fixedTopics = new Set([...counts.keys()].filter((t) => potential(t) < 2));
  sortedAllPartitions = sortedAllPartitions.filter((tp) => !fixedTopics.has(tp.topic));
  unassigned = unassigned.filter((tp) => !fixedTopics.has(tp.topic));

  const fixedAssignments = new Map<string, TopicPartition[]>();
  for (const consumer of consumerTopics.keys()) {
    const list = current.get(consumer) ?? [];
    const canParticipate =
      list.length < maxAssignmentSize(consumerTopics.get(consumer) ?? []) ||
      list.some((tp) => potential(tp.topic) >= 2);
    if (!canParticipate) {
      inTree.delete(consumer);
      fixedAssignments.set(consumer, list);
      current.delete(consumer);
    }
  }

  const preBalance = new Map([...current].map(([c, l]) => [c, [...l]]));
  const preBalanceOwner = new Map(owner);
  if (!revocationRequired) performReassignments(unassigned);
  const performed = performReassignments(sortedAllPartitions);
  if (!initializing && performed && balanceScore(current) >= balanceScore(preBalance)) {
    current.clear();
    for (const [c, l] of preBalance) current.set(c, [...l]);
    owner.clear();
    for (const [k, v] of preBalanceOwner) owner.set(k, v);
  }
  for (const [consumer, list] of fixedAssignments) {
    current.set(consumer, list);
    inTree.add(consumer);
  }
  return current;
}

/** Sum over member pairs of the difference in partition counts; 0 is perfectly balanced. */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs((sizes[i] ?? 0) - (sizes[j] ?? 0));
  }
  return score;
}

/**
 * AbstractStickyAssignor.assignPartitions (3.6.2) without racks. Members are visited in the
 * order of Kafka's `HashMap<String, Subscription>` (bucket order of String.hashCode), which decides
 * who keeps maxQuota and who wins a doubly claimed partition, so results match Kafka's tests.
 */
export function stickyAssignDetailed(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): StickyResult {
  if (members.length === 0) {
    return { assignment: new Map(), partitionsTransferringOwnership: new Map(), constrained: true };
  }
  const counts = subscribedPartitionCounts(partitionsPerTopic, members);
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const ordered = javaStringHashMapOrder(members.map((m) => m.memberId)).flatMap((id) => {
    const m = byId.get(id);
    return m === undefined ? [] : [m];
  });
  const info = collectOwned(new Set(counts.keys()), ordered);
  if (info.equal) {
    return { ...constrainedAssign(counts, info), constrained: true };
  }
  return {
    assignment: generalAssign(counts, ordered, info),
    partitionsTransferringOwnership: null,
    constrained: false,
  };
}

export function stickyAssign(
  partitionsPerTopic: Record<string, number>,
  members: MemberSubscription[],
): Assignment {
  return sortedAssignment(stickyAssignDetailed(partitionsPerTopic, members).assignment);
}

export const stickyAssignor: Assignor = { name: 'sticky', assign: stickyAssign };
