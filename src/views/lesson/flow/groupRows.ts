// What the groups view shows of each consumer group, and the ids of the groups and producers a
// learner adds from the lesson views.
import type { ProducerSpec, Scenario } from '../../../model/scenarioTypes';
import type { ConsumerGroupView } from '../../../model/snapshotTypes';

export interface PartitionRow {
  /** `orders-0` */
  id: string;
  position: number;
  committed: number | null;
  highWatermark: number;
  /** kafka-consumer-groups.sh's LAG: high watermark − position, never below 0 (KAFKA.md 6.4). */
  lag: number;
}

export interface MemberRow {
  clientId: string;
  /** `orders-0`, …; empty = idle (more consumers than partitions). */
  partitions: string[];
}

export interface GroupRow {
  groupId: string;
  state: ConsumerGroupView['state'];
  members: MemberRow[];
  partitions: PartitionRow[];
  lag: number;
  /** Largest high watermark of its partitions, for a shared bar scale (at least 1). */
  scale: number;
}

export function groupRow(g: ConsumerGroupView): GroupRow {
  const partitions = [...g.offsets]
    .sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1))
    .map((o) => ({
      id: `${o.topic}-${o.partition}`,
      position: o.position,
      committed: o.committed,
      highWatermark: o.highWatermark,
      lag: Math.max(0, o.highWatermark - o.position),
    }));
  return {
    groupId: g.groupId,
    state: g.state,
    members: g.members.map((m) => ({
      clientId: m.clientId,
      partitions: m.assignment.map((a) => `${a.topic}-${a.partition}`),
    })),
    partitions,
    lag: partitions.reduce((s, p) => s + p.lag, 0),
    scale: Math.max(1, ...partitions.map((p) => p.highWatermark)),
  };
}

/** Application names a new group takes, first unused first; then `group-<n>`. */
const NEW_GROUP_IDS = ['analytics', 'audit-log', 'search-index', 'billing', 'reporting'];

export function newGroupId(taken: readonly string[]): string {
  const free = NEW_GROUP_IDS.find((id) => !taken.includes(id));
  if (free) return free;
  let n = taken.length + 1;
  while (taken.includes(`group-${n}`)) n++;
  return `group-${n}`;
}

/**
 * Another producer like the run's first one (same topic, keys, rate and configs), named
 * `producer-<n>` with the first free n; null when the run has no producer to copy.
 */
export function anotherProducer(scenario: Scenario, taken: readonly string[]): ProducerSpec | null {
  const first =
    scenario.producers[0] ?? scenario.actions.find((a) => a.type === 'producer.create')?.producer;
  if (!first) return null;
  let n = taken.length + 1;
  while (taken.includes(`producer-${n}`)) n++;
  return { ...first, id: `producer-${n}`, keys: [...first.keys], configs: { ...first.configs } };
}

/** The topics a new group reads: those of the run's first group, else the first topic. */
export function groupTopics(scenario: Scenario): string[] {
  const first =
    scenario.consumerGroups[0] ?? scenario.actions.find((a) => a.type === 'group.create')?.group;
  if (first) return [...first.topics];
  return scenario.topics[0] ? [scenario.topics[0].name] : [];
}

/** The topics group `groupId` reads, from its scenario spec or its group.create action. */
export function topicsOfGroup(scenario: Scenario, groupId: string): string[] {
  const spec =
    scenario.consumerGroups.find((g) => g.groupId === groupId) ??
    scenario.actions.find(
      (a): a is Extract<typeof a, { type: 'group.create' }> =>
        a.type === 'group.create' && a.group.groupId === groupId,
    )?.group;
  return spec ? [...spec.topics] : [];
}
