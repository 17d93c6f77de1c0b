// What the groups view shows of each consumer group, and the ids of the groups and producers a
// learner adds from the lesson views.
import type { ProducerSpec, Scenario } from '../../../model/scenarioTypes';
import type { ConsumerGroupView, ConsumerMemberView } from '../../../model/snapshotTypes';

export interface PartitionRow {
  /** `orders-0` */
  id: string;
  position: number;
  committed: number | null;
  highWatermark: number;
  /**
   * kafka-consumer-groups.sh's LAG: high watermark − committed offset, never below 0; null without
   * a committed offset, where the tool prints `-` (KAFKA.md 6.4).
   */
  lag: number | null;
  /** The lag's part already read but not yet committed (position − committed). */
  uncommitted: number;
  /** The lag's part not read yet (high watermark − position); all of the bar without a commit. */
  unread: number;
  /** Index of the member that owns it in this generation, or null. */
  owner: number | null;
  /** Index of the member revoking it (cooperative rebalance in progress), or null. */
  revokedBy: number | null;
}

export interface MemberRow {
  clientId: string;
  /** Position in the group's member list: picks its colour (groupColors.ts). */
  index: number;
  /** Its chip's label: the n of `consumer-<group>-<n>`, else index + 1. */
  tag: string;
  /** `orders-0`, …; empty = idle (more consumers than partitions), or all revoked. */
  partitions: string[];
  /** Partitions it gives up before the follow-up generation hands them over (cooperative-sticky). */
  revoked: string[];
  memberId: string;
  /** Where it is in the classic group protocol (ConsumerMemberView.status). */
  status: ConsumerMemberView['status'];
  /** The coordinator chose it as leader of this generation: it ran the assignor. */
  leader: boolean;
  /** Virtual times (ms), -1 for never/unknown: see ConsumerMemberView. */
  lastHeartbeatAt: number;
  sessionExpiresAt: number;
  lastPollAt: number;
}

export interface GroupRow {
  groupId: string;
  state: ConsumerGroupView['state'];
  generation: number;
  /** The chosen assignor (`range`, `cooperative-sticky`, …); '' when Empty. */
  protocol: string;
  /** The coordinator broker (leader of `__consumer_offsets-<offsetsPartition>`), or null. */
  coordinator: number | null;
  offsetsPartition: number;
  autoCommit: boolean;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  members: MemberRow[];
  partitions: PartitionRow[];
  /** Sum of the partitions' LAG; null when no partition has a committed offset. */
  lag: number | null;
  /** Records read but not committed yet, all partitions (position − committed). */
  uncommitted: number;
  /** Full width of the lag bars: a 1-2-5 step at or above the largest bar (at least 10). */
  scale: number;
}

const tpId = (tp: { topic: string; partition: number }) => `${tp.topic}-${tp.partition}`;

/** 10, 20, 50, 100, …: the bar scale moves in steps, so bars do not rescale every tick. */
export function niceScale(max: number): number {
  let step = 10;
  for (;;) {
    for (const m of [1, 2, 5]) if (max <= step * m) return step * m;
    step *= 10;
  }
}

function memberTag(groupId: string, clientId: string, index: number): string {
  const prefix = `consumer-${groupId}-`;
  const n = clientId.startsWith(prefix) ? clientId.slice(prefix.length) : '';
  return /^\d+$/.test(n) ? n : String(index + 1);
}

export function groupRow(g: ConsumerGroupView): GroupRow {
  const owner = new Map<string, number>();
  const revokedBy = new Map<string, number>();
  const members = g.members.map((m, index) => {
    const partitions = m.assignment.map(tpId);
    const revoked = m.revoked.map(tpId);
    for (const id of partitions) owner.set(id, index);
    for (const id of revoked) revokedBy.set(id, index);
    return {
      clientId: m.clientId,
      index,
      tag: memberTag(g.groupId, m.clientId, index),
      partitions,
      revoked,
      memberId: m.memberId,
      status: m.status,
      leader: g.leaderId !== null && g.leaderId === m.memberId,
      lastHeartbeatAt: m.lastHeartbeatAt,
      sessionExpiresAt: m.sessionExpiresAt,
      lastPollAt: m.lastPollAt,
    };
  });
  const partitions = [...g.offsets]
    .sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1))
    .map((o): PartitionRow => {
      const id = tpId(o);
      const lag = o.committed === null ? null : Math.max(0, o.highWatermark - o.committed);
      const uncommitted =
        o.committed === null ? 0 : Math.min(lag ?? 0, Math.max(0, o.position - o.committed));
      const unread = lag === null ? Math.max(0, o.highWatermark - o.position) : lag - uncommitted;
      return {
        id,
        position: o.position,
        committed: o.committed,
        highWatermark: o.highWatermark,
        lag,
        uncommitted,
        unread,
        owner: owner.get(id) ?? null,
        revokedBy: revokedBy.get(id) ?? null,
      };
    });
  const known = partitions.filter((p) => p.lag !== null);
  return {
    groupId: g.groupId,
    state: g.state,
    generation: g.generationId,
    protocol: g.protocol,
    coordinator: g.coordinator,
    offsetsPartition: g.offsetsPartition,
    autoCommit: g.autoCommit,
    sessionTimeoutMs: g.sessionTimeoutMs,
    heartbeatIntervalMs: g.heartbeatIntervalMs,
    maxPollIntervalMs: g.maxPollIntervalMs,
    members,
    partitions,
    lag: known.length === 0 ? null : known.reduce((s, p) => s + (p.lag ?? 0), 0),
    uncommitted: partitions.reduce((s, p) => s + p.uncommitted, 0),
    scale: niceScale(Math.max(0, ...partitions.map((p) => p.uncommitted + p.unread))),
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
