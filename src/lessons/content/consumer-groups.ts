// Chapter 5: consumer groups — members share a topic's partitions (range by default), every join or
// leave rebalances, committed offsets carry the group across a stop, and cooperative-sticky hands a
// partition over in two rounds so no partition has two owners; then the classic protocol itself:
// the coordinator broker and heartbeats, a crashed member removed after session.timeout.ms, and a
// manual commit with enable.auto.commit=false (KAFKA.md 6.1–6.4).
import type { AssignmentStrategy, ConsumerConfigs, Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot, ConsumerGroupView } from '../../model/snapshotTypes';
import { SCENARIO_VERSION } from '../../scenario';
import type { GoalContext, Lesson } from '../types';
import { actionsSince, eventsSince } from '../types';

const GROUP = 'orders-app';
const TOPIC = 'orders';
const PARTITIONS = 4;
/** Records waiting while the application is stopped, enough to see the lag (4 records/s). */
const BACKLOG = 8;
/**
 * The broker coordinating `orders-app`: abs("orders-app".hashCode()) % 50 = 5, and __consumer_offsets
 * partition 5 is led by broker 3 of 1–3 (round-robin from broker 1; KAFKA.md 6.1). The step text
 * names it; consumer-groups.test.ts checks it against the model.
 */
export const COORDINATOR = 3;

/**
 * Three brokers, `orders` with four partitions (one copy each: replication is not this lesson's
 * subject), a producer at 4 records/s and the group `orders-app` with two consumers.
 * murmur2 sends erin, alice, bob and frank to partitions 0, 1, 2 and 3: every partition moves.
 * `latencyMs`: the cooperative step slows the network so its two rebalance rounds, one
 * JoinGroup + SyncGroup round trip apart (4 hops), are far enough apart to see.
 */
function world(
  strategy: AssignmentStrategy[] | null,
  latencyMs = 5,
  configs: ConsumerConfigs = {},
): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 11,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: latencyMs,
    topics: [{ name: TOPIC, partitions: PARTITIONS, replicationFactor: 1, configs: {} }],
    producers: [
      {
        id: 'producer-1',
        topic: TOPIC,
        recordsPerSec: 4,
        keys: ['erin', 'alice', 'bob', 'frank'],
        configs: { acks: 'all' },
      },
    ],
    consumerGroups: [
      {
        groupId: GROUP,
        topics: [TOPIC],
        members: 2,
        configs: {
          'auto.offset.reset': 'earliest',
          ...(strategy ? { 'partition.assignment.strategy': strategy } : {}),
          ...configs,
        },
      },
    ],
    actions: [],
  };
}

/** 200 ms a hop: the revoking round lasts 0.8 s of virtual time. */
const SLOW_NETWORK_MS = 200;

function group(s: ClusterSnapshot): ConsumerGroupView | undefined {
  return s.consumerGroups.find((g) => g.groupId === GROUP);
}

/** Stable, and every partition of the topic owned by exactly one member, none being revoked. */
function eachOwnedOnce(s: ClusterSnapshot): boolean {
  const g = group(s);
  if (!g || g.state !== 'Stable' || g.members.length === 0) return false;
  const owned = g.members.flatMap((m) => m.assignment.map((a) => `${a.topic}-${a.partition}`));
  return (
    owned.length === PARTITIONS &&
    new Set(owned).size === PARTITIONS &&
    g.members.every((m) => m.revoked.length === 0)
  );
}

function lag(g: ConsumerGroupView | undefined): number {
  return (g?.offsets ?? []).reduce(
    (sum, o) => sum + Math.max(0, o.highWatermark - (o.committed ?? o.position)),
    0,
  );
}

/** The learner changed the group's size since the step began, as `ok` wants. */
function scaled(c: GoalContext, ok: (members: number) => boolean): boolean {
  return actionsSince(c).some(
    (a) => a.type === 'group.scale' && a.groupId === GROUP && ok(a.members),
  );
}

/** When the group's latest generation since the step began got its assignment; null if none. */
function lastRebalanceAt(c: GoalContext): number | null {
  const e = eventsSince(c).filter(
    (x) => x.kind === 'group.rebalanced' && x.params.groupId === GROUP,
  );
  return e.length > 0 ? (e[e.length - 1]?.at ?? null) : null;
}

/** Records the group has committed, all partitions (nothing committed counts 0). */
function committedTotal(g: ConsumerGroupView | undefined): number {
  return (g?.offsets ?? []).reduce((n, o) => n + (o.committed ?? 0), 0);
}

function rebalances(c: GoalContext, protocol: string): number {
  return eventsSince(c).filter(
    (e) =>
      e.kind === 'group.rebalanced' && e.params.groupId === GROUP && e.params.protocol === protocol,
  ).length;
}

export const consumerGroups: Lesson = {
  id: 'consumer-groups',
  chapter: 5,
  steps: [
    {
      id: 'members',
      scenario: () => world(null),
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      solve: [{ waitMs: 4000 }],
    },
    {
      id: 'join',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      goal: (c) => {
        const before = group(c.start)?.members.length ?? 0;
        return (
          scaled(c, (n) => n > before) &&
          (group(c.snapshot)?.members.length ?? 0) > before &&
          rebalances(c, 'range') > 0 &&
          eachOwnedOnce(c.snapshot)
        );
      },
      solve: (s) => [
        { type: 'group.scale', groupId: GROUP, members: (group(s)?.members.length ?? 2) + 1 },
        { waitMs: 1000 },
      ],
    },
    {
      id: 'leave',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      goal: (c) => {
        const before = group(c.start)?.members.length ?? 0;
        const now = group(c.snapshot)?.members.length ?? 0;
        return (
          scaled(c, (n) => n > 0 && n < before) &&
          now > 0 &&
          now < before &&
          rebalances(c, 'range') > 0 &&
          eachOwnedOnce(c.snapshot)
        );
      },
      solve: (s) => [
        {
          type: 'group.scale',
          groupId: GROUP,
          members: Math.max(1, (group(s)?.members.length ?? 3) - 1),
        },
        { waitMs: 1000 },
      ],
    },
    {
      id: 'stop',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      // Stopped by the learner, and records piled up behind the committed offsets.
      goal: (c) =>
        scaled(c, (n) => n === 0) &&
        group(c.snapshot)?.members.length === 0 &&
        lag(group(c.snapshot)) >= BACKLOG,
      solve: [{ type: 'group.scale', groupId: GROUP, members: 0 }, { waitMs: 3000 }],
    },
    {
      id: 'resume',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      // It read the backlog from the committed offsets: at least what waited, and no more than
      // what lies past them (from offset 0 it would read everything again).
      goal: (c) => {
        const start = group(c.start);
        const now = group(c.snapshot);
        if (!start || !now || now.members.length === 0) return false;
        const read = now.consumed - start.consumed;
        const committed = start.offsets.reduce((n, o) => n + (o.committed ?? 0), 0);
        const end = now.offsets.reduce((n, o) => n + o.highWatermark, 0);
        return (
          scaled(c, (n) => n > 0) &&
          lag(start) >= BACKLOG &&
          read >= lag(start) &&
          read <= end - committed &&
          eachOwnedOnce(c.snapshot)
        );
      },
      solve: [{ type: 'group.scale', groupId: GROUP, members: 1 }, { waitMs: 2000 }],
    },
    {
      id: 'cooperative',
      scenario: () => world(['cooperative-sticky'], SLOW_NETWORK_MS),
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
      // Two rounds after the join: one where the old owner revokes, one that hands over.
      goal: (c) => {
        const before = group(c.start)?.members.length ?? 0;
        return (
          before > 0 &&
          scaled(c, (n) => n > before) &&
          rebalances(c, 'cooperative-sticky') >= 2 &&
          eachOwnedOnce(c.snapshot)
        );
      },
      solve: [
        { waitMs: 4000 },
        { type: 'group.scale', groupId: GROUP, members: 3 },
        { waitMs: 3000 },
      ],
    },
    {
      // Who runs all this: the coordinator broker. A new member's FindCoordinator, JoinGroup and
      // SyncGroup go to it, then every member heartbeats to it every heartbeat.interval.ms.
      id: 'coordinator',
      scenario: () => world(null, SLOW_NETWORK_MS),
      highlight: [`group-${GROUP}`, `broker-${COORDINATOR}`],
      panels: ['groups'],
      // The learner added a consumer, the new generation is stable, and the coordinator has heard
      // from every member a second or more after it began: a heartbeat (joins and syncs of that
      // rebalance arrive within a few 200 ms hops of it).
      goal: (c) => {
        const before = group(c.start)?.members.length ?? 0;
        const g = group(c.snapshot);
        const at = lastRebalanceAt(c);
        return (
          before > 0 &&
          scaled(c, (n) => n > before) &&
          g !== undefined &&
          g.members.length > before &&
          at !== null &&
          eachOwnedOnce(c.snapshot) &&
          g.members.every((m) => m.status === 'stable' && m.lastHeartbeatAt >= at + 1000)
        );
      },
      solve: [
        { waitMs: 4000 },
        { type: 'group.scale', groupId: GROUP, members: 3 },
        { waitMs: 6000 },
      ],
    },
    {
      // A consumer dies without a LeaveGroup: nothing changes until session.timeout.ms (Kafka's
      // 45 s, kept) passes without its heartbeat; then the coordinator removes it and rebalances.
      id: 'crash',
      highlight: [`group-${GROUP}`, `broker-${COORDINATOR}`],
      panels: ['groups'],
      goal: (c) => {
        const crash = actionsSince(c).find(
          (a) => a.type === 'consumer.crash' && a.groupId === GROUP,
        );
        if (!crash || crash.type !== 'consumer.crash') return false;
        const g = group(c.snapshot);
        return (
          eventsSince(c).some(
            (e) =>
              e.kind === 'group.memberExpired' &&
              e.params.groupId === GROUP &&
              e.params.clientId === crash.clientId,
          ) &&
          g !== undefined &&
          !g.members.some((m) => m.clientId === crash.clientId) &&
          eachOwnedOnce(c.snapshot)
        );
      },
      solve: (s) => [
        {
          type: 'consumer.crash',
          groupId: GROUP,
          clientId: group(s)?.members[0]?.clientId ?? `consumer-${GROUP}-1`,
        },
        { waitMs: 50_000 },
      ],
    },
    {
      // enable.auto.commit=false: positions run ahead, nothing is committed until the application
      // commits (commitSync: an OffsetCommit of each member's positions to the coordinator).
      id: 'commit',
      scenario: () => world(null, 5, { 'enable.auto.commit': false }),
      highlight: [`group-${GROUP}`, `broker-${COORDINATOR}`],
      panels: ['groups'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'group.commit' && a.groupId === GROUP) &&
        eventsSince(c).some((e) => e.kind === 'group.committed' && e.params.groupId === GROUP) &&
        committedTotal(group(c.snapshot)) > committedTotal(group(c.start)),
      solve: [{ waitMs: 6000 }, { type: 'group.commit', groupId: GROUP }, { waitMs: 1000 }],
    },
    {
      id: 'assignors',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
    },
  ],
};
