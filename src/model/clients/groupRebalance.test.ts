// Consumer-group rebalances with each partition.assignment.strategy, on the real simulation:
// the model's assignments against the pure assignors (KAFKA.md 6.3), and KIP-429's two rounds.
import { describe, expect, it } from 'vitest';
import {
  ASSIGNORS,
  stickyAssign,
  type AssignorName,
  type MemberSubscription,
} from '../algorithms/assignors';
import { createSimulation } from '../index';
import type { AssignmentStrategy, Scenario, ScenarioAction } from '../scenarioTypes';
import type { Simulation } from '../simulationTypes';
import type { ConsumerGroupView, ConsumerMemberView } from '../snapshotTypes';
import { baseScenario, eventsOf } from '../testScenarios';

const LATENCY = 5;
/** heartbeat.interval.ms: members learn of a rebalance from their next heartbeat. */
const HEARTBEAT = 3000;

/** Two topics (3 and 2 partitions) so range and roundrobin differ; producers on both. */
function scenario(
  strategy: AssignmentStrategy[] | undefined,
  members: number,
  actions: ScenarioAction[],
  autoCommit = true,
): Scenario {
  return baseScenario({
    topics: [
      { name: 'orders', partitions: 3, replicationFactor: 3, configs: {} },
      { name: 'audit', partitions: 3, replicationFactor: 3, configs: {} },
    ],
    producers: [
      { id: 'producer-1', topic: 'orders', recordsPerSec: 10, keys: [], configs: {} },
      { id: 'producer-2', topic: 'audit', recordsPerSec: 10, keys: [], configs: {} },
    ],
    consumerGroups: [
      {
        groupId: 'g1',
        topics: ['orders', 'audit'],
        members,
        configs: {
          'auto.offset.reset': 'earliest',
          'enable.auto.commit': autoCommit,
          ...(strategy ? { 'partition.assignment.strategy': strategy } : {}),
        },
      },
    ],
    actions,
  });
}

function group(sim: Simulation): ConsumerGroupView {
  const g = sim.snapshot().consumerGroups.find((x) => x.groupId === 'g1');
  if (!g) throw new Error('no group g1');
  return g;
}

/** When the coordinator completed generation `gen` (the leader's SyncGroup: group.rebalanced). */
function generationAt(sim: Simulation, gen: number, from: number): number {
  for (let t = from; t < from + 60_000; t += 100) {
    sim.seek(t);
    const e = eventsOf(sim, 'group.rebalanced').find((x) => x.params.generation === gen);
    if (e) return e.at;
  }
  throw new Error(`no generation ${gen}`);
}

/**
 * Seeks to when generation `gen` is in force at the members: the coordinator's SyncGroup responses
 * arrived (one latency) and so did their OffsetFetch answers (two more). Returns that time.
 */
function seekGeneration(sim: Simulation, gen: number, from: number): number {
  const at = generationAt(sim, gen, from) + 3 * LATENCY;
  sim.seek(at);
  return at;
}

const key = (tp: { topic: string; partition: number }) => `${tp.topic}-${tp.partition}`;
const keys = (m: ConsumerMemberView) => m.assignment.map(key).sort();
const COUNTS = { orders: 3, audit: 3 };

/** The members as the leader's assignor sees them, owning what `view` shows. */
function subscriptions(view: ConsumerGroupView, memberIds: string[]): MemberSubscription[] {
  return memberIds.map((id) => {
    const m = view.members.find((x) => x.memberId === id);
    const sub: MemberSubscription = {
      memberId: id,
      topics: ['orders', 'audit'],
      ownedPartitions: m ? m.assignment.map((tp) => ({ ...tp })) : [],
    };
    if (m) sub.generation = view.generationId;
    return sub;
  });
}

function expectAssignment(
  view: ConsumerGroupView,
  expected: Record<string, { topic: string; partition: number }[]>,
) {
  const actual: Record<string, string[]> = {};
  for (const m of view.members) actual[m.memberId] = keys(m);
  const want: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(expected)) want[id] = list.map(key).sort();
  expect(actual).toEqual(want);
}

/** No partition in two members' assignments, and none both revoked and assigned. */
function expectSingleOwners(view: ConsumerGroupView): void {
  const owned = view.members.flatMap((m) => m.assignment.map(key));
  expect(new Set(owned).size).toBe(owned.length);
  const revoked = view.members.flatMap((m) => m.revoked.map(key));
  for (const tp of revoked) expect(owned).not.toContain(tp);
}

describe('partition.assignment.strategy on the model', () => {
  it('default [range, cooperative-sticky]: the vote picks range, and the assignment is RangeAssignor’s', () => {
    const sim = createSimulation(scenario(undefined, 2, []));
    sim.seek(1000);
    const g = group(sim);
    expect(g.protocol).toBe('range');
    const ids = g.members.map((m) => m.memberId);
    expectAssignment(g, ASSIGNORS.range.assign(COUNTS, subscriptions(g, ids)));
    // Range is per topic: the first member (by member id) gets the extra partition of each topic.
    const sizes = g.members.map((m) => m.assignment.length).sort();
    expect(sizes).toEqual([2, 4]);
  });

  it('the first listed strategy wins when every member lists the same', () => {
    const sim = createSimulation(scenario(['cooperative-sticky', 'range'], 2, []));
    sim.seek(1000);
    expect(group(sim).protocol).toBe('cooperative-sticky');
  });

  it.each<AssignorName>(['range', 'roundrobin'])(
    '%s: after each scale the assignment is the pure assignor’s for those members',
    (strategy) => {
      const sim = createSimulation(
        scenario([strategy], 2, [
          { at: 3000, type: 'group.scale', groupId: 'g1', members: 4 },
          { at: 6000, type: 'group.scale', groupId: 'g1', members: 3 },
        ]),
      );
      const check = () => {
        const g = group(sim);
        expect(g.protocol).toBe(strategy);
        const ids = g.members.map((m) => m.memberId);
        expectAssignment(g, ASSIGNORS[strategy].assign(COUNTS, subscriptions(g, ids)));
      };
      seekGeneration(sim, 1, 0);
      check();
      seekGeneration(sim, 2, 3000);
      check();
      // 3 + 3 partitions over 4 members: roundrobin deals across both topics (2,2,1,1); range
      // splits each topic alone, so both topics' partitions go to the same first three members.
      expect(
        group(sim)
          .members.map((m) => m.assignment.length)
          .sort(),
      ).toEqual(strategy === 'range' ? [0, 2, 2, 2] : [1, 1, 2, 2]);
      seekGeneration(sim, 3, 6000);
      check();
      // One generation per rebalance; each completes once every member rejoined, which the
      // members that stay learn from their next heartbeat (REBALANCE_IN_PROGRESS).
      const rebalanced = eventsOf(sim, 'group.rebalanced');
      expect(rebalanced.map((e) => e.params)).toEqual(
        [1, 2, 3].map((generation) => ({ groupId: 'g1', generation, protocol: strategy })),
      );
      const [, second, third] = rebalanced.map((e) => e.at);
      expect(second).toBeGreaterThan(3000);
      expect(second).toBeLessThanOrEqual(3000 + HEARTBEAT + 10 * LATENCY);
      expect(third).toBeGreaterThan(6000);
      expect(third).toBeLessThanOrEqual(6000 + HEARTBEAT + 10 * LATENCY);
    },
  );

  it('roundrobin and range differ on two topics with 3 members (roundrobin deals across topics)', () => {
    const views = (['range', 'roundrobin'] as const).map((s) => {
      const sim = createSimulation(scenario([s], 3, []));
      sim.seek(1000);
      return group(sim);
    });
    const [range, rr] = views as [ConsumerGroupView, ConsumerGroupView];
    // Same member ids (same seed), different partitions for at least one member.
    expect(rr.members.map((m) => m.memberId)).toEqual(range.members.map((m) => m.memberId));
    const ids = rr.members.map((m) => m.memberId);
    expectAssignment(rr, ASSIGNORS.roundrobin.assign(COUNTS, subscriptions(rr, ids)));
    expectAssignment(range, ASSIGNORS.range.assign(COUNTS, subscriptions(range, ids)));
  });

  it('sticky (eager): a member leaving does not move the others’ partitions', () => {
    const sim = createSimulation(
      scenario(['sticky'], 3, [{ at: 5000, type: 'group.scale', groupId: 'g1', members: 2 }]),
    );
    sim.seek(4999);
    const before = group(sim);
    seekGeneration(sim, 2, 5000);
    const after = group(sim);
    expect(after.protocol).toBe('sticky');
    expect(after.members).toHaveLength(2);
    for (const m of after.members) {
      const prev = before.members.find((x) => x.memberId === m.memberId);
      for (const tp of prev?.assignment ?? []) expect(keys(m)).toContain(key(tp));
    }
    // And it is StickyAssignor's answer given what each member had.
    const ids = after.members.map((m) => m.memberId);
    expectAssignment(after, stickyAssign(COUNTS, subscriptions(before, ids)));
    // Eager: one generation, nothing left revoked.
    expect(after.generationId).toBe(before.generationId + 1);
    expect(after.members.every((m) => m.revoked.length === 0)).toBe(true);
  });

  it('sticky (eager): a member joining takes partitions, the others keep the rest', () => {
    const sim = createSimulation(
      scenario(['sticky'], 2, [{ at: 5000, type: 'group.scale', groupId: 'g1', members: 3 }]),
    );
    sim.seek(4999);
    const before = group(sim);
    seekGeneration(sim, 2, 5000);
    const after = group(sim);
    const ids = after.members.map((m) => m.memberId);
    expectAssignment(after, stickyAssign(COUNTS, subscriptions(before, ids)));
    for (const m of before.members) {
      const now = after.members.find((x) => x.memberId === m.memberId);
      const keptCount = m.assignment.filter((tp) => now && keys(now).includes(key(tp))).length;
      expect(keptCount).toBe(2); // 3 partitions each before, 2 each after: one moved
    }
  });
});

describe('cooperative-sticky (KIP-429): two rounds', () => {
  const scaleUp = (autoCommit = true) =>
    scenario(
      ['cooperative-sticky'],
      2,
      [{ at: 5000, type: 'group.scale', groupId: 'g1', members: 3 }],
      autoCommit,
    );

  it('round one only revokes; the follow-up generation hands the partitions over', () => {
    const sim = createSimulation(scaleUp());
    sim.seek(4999);
    const before = group(sim);
    expect(before.generationId).toBe(1);
    seekGeneration(sim, 2, 5000);
    const first = group(sim);
    expect(first.generationId).toBe(2);
    // The revoking members rejoined at once: the follow-up rebalance is under way.
    expect(first.state).toBe('PreparingRebalance');
    const joiner = first.members.find(
      (m) => !before.members.some((b) => b.memberId === m.memberId),
    );
    expect(joiner?.assignment).toEqual([]); // every partition had an owner: none moves yet
    const revoked = first.members.flatMap((m) => m.revoked.map(key)).sort();
    expect(revoked).toHaveLength(2); // 6 partitions: 3+3 → 2+2+2
    expectSingleOwners(first);
    for (const m of first.members) {
      const prev = before.members.find((b) => b.memberId === m.memberId);
      // The owners keep the rest and revoke only what moves.
      expect([...keys(m), ...m.revoked.map(key)].sort()).toEqual(prev ? keys(prev) : []);
    }
    const followUp = seekGeneration(sim, 3, sim.snapshot().now);
    const second = group(sim);
    expect(second.generationId).toBe(3);
    expect(second.state).toBe('Stable');
    expect(second.members.every((m) => m.revoked.length === 0)).toBe(true);
    expect(joiner && keys(second.members.find((m) => m.memberId === joiner.memberId)!)).toEqual(
      revoked,
    );
    // Settled: the target StickyAssignor computes from the owners before the rebalance.
    const ids = second.members.map((m) => m.memberId);
    expectAssignment(second, stickyAssign(COUNTS, subscriptions(before, ids)));
    sim.seek(10_000);
    expect(group(sim).generationId).toBe(3);
    expect(eventsOf(sim, 'group.rebalanced').map((e) => e.params)).toEqual(
      [1, 2, 3].map((generation) => ({
        groupId: 'g1',
        generation,
        protocol: 'cooperative-sticky',
      })),
    );
    // The others learn of the follow-up from their next heartbeat.
    expect(followUp - generationAt(sim, 2, 5000)).toBeLessThanOrEqual(HEARTBEAT + 10 * LATENCY);
  });

  it('no partition is ever owned by two members, at any millisecond of the rebalance', () => {
    const end = seekGeneration(createSimulation(scaleUp()), 3, 5000);
    const sim = createSimulation(scaleUp());
    for (let t = 4998; t <= end + 2; t++) {
      sim.seek(t);
      expectSingleOwners(group(sim));
    }
  });

  it('with auto-commit no record is read twice or skipped across the handover', () => {
    const sim = createSimulation(scaleUp());
    sim.seek(20_000);
    const g = group(sim);
    const positions = g.offsets.reduce((n, o) => n + o.position, 0);
    expect(g.consumed).toBe(positions);
    expect(g.offsets.reduce((n, o) => n + (o.highWatermark - o.position), 0)).toBeLessThanOrEqual(
      6,
    );
  });

  it('kept partitions keep their positions; moved ones restart from the committed offset', () => {
    const sim = createSimulation(scaleUp(false));
    sim.seek(4999);
    const before = group(sim);
    seekGeneration(sim, 2, 5000);
    const first = group(sim);
    const pos = (v: ConsumerGroupView, tp: string) =>
      v.offsets.find((o) => key(o) === tp)?.position ?? -1;
    const kept = first.members.flatMap((m) => m.assignment.map(key));
    const moved = first.members.flatMap((m) => m.revoked.map(key));
    expect(moved).toHaveLength(2);
    // Kept partitions were read on through the rebalance: never back to a committed offset.
    for (const tp of kept) expect(pos(first, tp)).toBeGreaterThanOrEqual(pos(before, tp));
    expect(kept.some((tp) => pos(first, tp) > 0)).toBe(true);
    seekGeneration(sim, 3, sim.snapshot().now);
    const second = group(sim);
    for (const tp of kept) expect(pos(second, tp)).toBeGreaterThanOrEqual(pos(first, tp));
    // Nothing committed (enable.auto.commit=false): a moved partition goes back to
    // auto.offset.reset=earliest (its new owner's OffsetFetch finds no offset), read again.
    for (const tp of moved) expect(pos(second, tp)).toBe(0);
    expect(second.offsets.every((o) => o.committed === null)).toBe(true);
  });

  it('eager range with auto-commit off sends every partition back instead', () => {
    const sim = createSimulation(
      scenario(['range'], 2, [{ at: 5000, type: 'group.scale', groupId: 'g1', members: 3 }], false),
    );
    seekGeneration(sim, 2, 5000);
    const g = group(sim);
    expect(g.offsets.every((o) => o.position === 0)).toBe(true);
    expect(g.members.every((m) => m.revoked.length === 0)).toBe(true);
    expect(g.state).toBe('Stable');
  });

  it('a member leaving: its partitions are unowned and go at once, in one generation', () => {
    const sim = createSimulation(
      scenario(['cooperative-sticky'], 3, [
        { at: 5000, type: 'group.scale', groupId: 'g1', members: 2 },
      ]),
    );
    sim.seek(4999);
    const before = group(sim);
    seekGeneration(sim, 2, 5000);
    const after = group(sim);
    expect(after.generationId).toBe(before.generationId + 1);
    expect(after.state).toBe('Stable');
    expect(after.members.every((m) => m.revoked.length === 0)).toBe(true);
    for (const m of after.members) {
      const prev = before.members.find((x) => x.memberId === m.memberId);
      for (const tp of prev?.assignment ?? []) expect(keys(m)).toContain(key(tp));
    }
    expect(after.members.flatMap((m) => m.assignment)).toHaveLength(6);
  });

  it('a slow application (recordsPerSecPerMember) hands over without reading a record twice', () => {
    // The scale down comes after the follow-up rebalance (done by ~9.2 s): a member that closes
    // during a rebalance cannot commit (its generation is being replaced), and then the records
    // it processed since its last commit are read again, as Kafka's at-least-once allows.
    const sc = scenario(['cooperative-sticky'], 2, [
      { at: 4000, type: 'group.scale', groupId: 'g1', members: 3 },
      { at: 12_000, type: 'group.scale', groupId: 'g1', members: 1 },
    ]);
    const spec = sc.consumerGroups[0];
    if (spec) spec.recordsPerSecPerMember = 4;
    const sim = createSimulation(sc);
    for (let t = 3900; t <= 18_000; t += 50) {
      sim.seek(t);
      const g = group(sim);
      expectSingleOwners(g);
      // Every processed record moved one position by one, from offset 0.
      expect(g.consumed).toBe(g.offsets.reduce((n, o) => n + o.position, 0));
    }
    expect(group(sim).consumed).toBeGreaterThan(40);
  });

  it('a seek back into the rebalance restores it from a checkpoint and completes it the same way', () => {
    // Checkpoints every 2 s: the one at 4000 falls inside a rebalance whose new member starts
    // looking for the coordinator at 3995 and joins at 4025.
    const sc = scenario(['cooperative-sticky'], 2, [
      { at: 3995, type: 'group.scale', groupId: 'g1', members: 3 },
    ]);
    const forward = createSimulation(sc);
    forward.seek(4030);
    const during = JSON.stringify(forward.snapshot());
    forward.seek(15_000);
    const digest = forward.digest();
    const back = createSimulation(sc);
    back.seek(20_000);
    back.seek(4030);
    expect(JSON.stringify(back.snapshot())).toBe(during);
    expect(group(back).state).toBe('PreparingRebalance');
    back.seek(15_000);
    expect(back.digest()).toBe(digest);
    expect(group(back).generationId).toBe(3);
  });
});
