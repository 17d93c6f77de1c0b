// Chapter 5: consumer groups — members share a topic's partitions (range by default), every join or
// leave rebalances, committed offsets carry the group across a stop, and cooperative-sticky hands a
// partition over in two rounds so no partition has two owners (KAFKA.md 6.2–6.4).
import type { AssignmentStrategy, Scenario } from '../../model/scenarioTypes';
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
 * Three brokers, `orders` with four partitions (one copy each: replication is not this lesson's
 * subject), a producer at 4 records/s and the group `orders-app` with two consumers.
 * murmur2 sends erin, alice, bob and frank to partitions 0, 1, 2 and 3: every partition moves.
 * `latencyMs`: the cooperative step slows the network so its two rebalance rounds, one
 * JoinGroup + SyncGroup round trip apart (4 hops), are far enough apart to see.
 */
function world(strategy: AssignmentStrategy[] | null, latencyMs = 5): Scenario {
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
      id: 'assignors',
      highlight: [`group-${GROUP}`],
      panels: ['groups'],
    },
  ],
};
