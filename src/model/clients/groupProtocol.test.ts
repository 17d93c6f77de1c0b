// The classic group protocol on the simulated network (KAFKA.md 6.1–6.2): the coordinator, JoinGroup
// and SyncGroup, heartbeats and session.timeout.ms, max.poll.interval.ms, and offset commits.
import { describe, expect, it } from 'vitest';
import { coordinatorPartition } from '../algorithms/groupCoordinator';
import { assignReplicasToBrokers } from '../algorithms/replicaAssignment';
import { createSimulation } from '../index';
import type { ConsumerConfigs, Scenario, ScenarioAction } from '../scenarioTypes';
import type { Simulation } from '../simulationTypes';
import type { ConsumerGroupView, MessageKind } from '../snapshotTypes';
import { baseScenario, eventsOf } from '../testScenarios';
import type { World } from '../engine/types';
import { createGroup } from './consumer';
import { commitError } from './coordinator/offsets';

const LATENCY = 5;
const SESSION = 45_000; // session.timeout.ms from 3.0 (KIP-735)
const HEARTBEAT = 3000;

function scenario(
  members: number,
  actions: ScenarioAction[],
  configs: ConsumerConfigs = {},
  groupId = 'my-group',
): Scenario {
  return baseScenario({
    consumerGroups: [
      {
        groupId,
        topics: ['orders'],
        members,
        configs: { 'auto.offset.reset': 'earliest', ...configs },
      },
    ],
    actions,
  });
}

function group(sim: Simulation, id = 'my-group'): ConsumerGroupView {
  const g = sim.snapshot().consumerGroups.find((x) => x.groupId === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
}

const owners = (g: ConsumerGroupView) =>
  Object.fromEntries(
    g.members.flatMap((m) => m.assignment.map((a) => [`${a.topic}-${a.partition}`, m.clientId])),
  );

/** Message kinds in flight at any millisecond of [from, to]. */
function kindsOnWire(sim: Simulation, from: number, to: number): Set<MessageKind> {
  const kinds = new Set<MessageKind>();
  for (let t = from; t <= to; t++) {
    sim.seek(t);
    for (const m of sim.snapshot().inFlight) kinds.add(m.kind);
  }
  return kinds;
}

describe('the group coordinator (KAFKA.md 6.1)', () => {
  it('is the leader of the group’s __consumer_offsets partition; a crash moves it without a rebalance of a Stable group', () => {
    // my-group → hashCode -1906497762 → partition 12 (KAFKA.md 6.1).
    expect(coordinatorPartition('my-group')).toBe(12);
    const replicas = assignReplicasToBrokers([1, 2, 3], 50, 3, 0, 0)[12] ?? [];
    const sim = createSimulation(scenario(2, []));
    sim.seek(5000);
    const before = group(sim);
    expect(before.offsetsPartition).toBe(12);
    expect(before.coordinator).toBe(replicas[0]);
    expect(before.state).toBe('Stable');
    const crashed = replicas[0] as number;
    sim.act({ type: 'broker.crash', broker: crashed });
    const moved = eventsOf(sim, 'group.coordinatorMoved').at(-1);
    expect(moved?.params).toEqual({ groupId: 'my-group', from: crashed, to: replicas[1] });
    expect(group(sim).coordinator).toBe(replicas[1]);
    // The members see the connection refused, find the new coordinator and heartbeat it.
    sim.seek(5000 + HEARTBEAT + 1000);
    const heartbeatsTo = new Set<string>();
    for (let t = sim.snapshot().now; t < 5000 + 2 * HEARTBEAT + 1000; t += 1) {
      sim.seek(t);
      for (const m of sim.snapshot().inFlight) if (m.kind === 'Heartbeat') heartbeatsTo.add(m.to);
    }
    expect([...heartbeatsTo]).toEqual([`broker-${replicas[1]}`]);
    const after = group(sim);
    expect(after.state).toBe('Stable');
    expect(after.generationId).toBe(before.generationId);
    expect(owners(after)).toEqual(owners(before));
    expect(eventsOf(sim, 'group.rebalanceStarted').filter((e) => e.at > 5000)).toEqual([]);
    // The new coordinator gave every member a fresh session (GroupCoordinator.onGroupLoaded).
    for (const m of after.members) expect(m.sessionExpiresAt).toBeGreaterThan(5000 + SESSION);
  });
});

describe('an isolated coordinator', () => {
  it('is noticed after request.timeout.ms of silence; the members find the next one, no rebalance', () => {
    const replicas = assignReplicasToBrokers([1, 2, 3], 50, 3, 0, 0)[12] ?? [];
    const sim = createSimulation(scenario(2, []));
    sim.seek(5000);
    const before = group(sim);
    sim.act({ type: 'broker.isolate', broker: replicas[0] as number });
    expect(group(sim).coordinator).toBe(replicas[1]);
    // Heartbeats to the isolated broker are lost; the members still think it coordinates.
    sim.seek(5000 + 20_000);
    expect(group(sim).members.every((m) => m.status === 'stable')).toBe(true);
    // request.timeout.ms (30000) after the first lost heartbeat, plus one tick and a round trip.
    sim.seek(5000 + HEARTBEAT + 30_000 + 1000 + 2 * HEARTBEAT);
    const after = group(sim);
    expect(after.state).toBe('Stable');
    expect(after.generationId).toBe(before.generationId);
    expect(owners(after)).toEqual(owners(before));
    expect(eventsOf(sim, 'group.memberExpired')).toEqual([]);
    for (const m of after.members) expect(m.lastHeartbeatAt).toBeGreaterThan(5000 + 30_000);
  });
});

describe('JoinGroup and SyncGroup (KAFKA.md 6.2)', () => {
  it('the first member to join leads; each rebalance is one generation more', () => {
    const sim = createSimulation(
      scenario(1, [
        { at: 3000, type: 'group.scale', groupId: 'my-group', members: 3 },
        { at: 10_000, type: 'group.scale', groupId: 'my-group', members: 2 },
      ]),
    );
    sim.seek(2000);
    const first = group(sim);
    expect(first.generationId).toBe(1);
    const leader = first.members[0]?.memberId;
    expect(first.leaderId).toBe(leader);
    sim.seek(9000);
    const second = group(sim);
    expect(second.generationId).toBe(2);
    expect(second.members).toHaveLength(3);
    // Still the first member: the ones that joined later do not take over.
    expect(second.leaderId).toBe(leader);
    sim.seek(20_000);
    expect(group(sim).generationId).toBe(3);
    expect(eventsOf(sim, 'group.rebalanced').map((e) => e.params.generation)).toEqual([1, 2, 3]);
    const reasons = eventsOf(sim, 'group.rebalanceStarted').map((e) => e.params.reason);
    expect(reasons).toEqual(['join', 'join', 'leave']);
  });

  it('puts every step on the wire: FindCoordinator, JoinGroup (twice, KIP-394), SyncGroup, OffsetFetch, Heartbeat, OffsetCommit', () => {
    const sim = createSimulation(scenario(2, []));
    const kinds = kindsOnWire(sim, 0, 5200);
    for (const k of [
      'FindCoordinator',
      'FindCoordinatorResponse',
      'JoinGroup',
      'JoinGroupResponse',
      'SyncGroup',
      'SyncGroupResponse',
      'OffsetFetch',
      'OffsetFetchResponse',
      'Heartbeat',
      'HeartbeatResponse',
      'OffsetCommit',
      'OffsetCommitResponse',
    ] as MessageKind[])
      expect(kinds).toContain(k);
    const summaries = sim
      .events()
      .filter((e) => e.kind === 'group.rebalanced')
      .map((e) => e.params.generation);
    expect(summaries).toEqual([1]);
    // The first JoinGroup has no member id: the coordinator answers MEMBER_ID_REQUIRED with one.
    const sim2 = createSimulation(scenario(1, []));
    const seen: string[] = [];
    for (let t = 0; t < 300; t++) {
      sim2.seek(t);
      for (const m of sim2.snapshot().inFlight)
        if (m.kind === 'JoinGroup' || m.kind === 'JoinGroupResponse')
          if (!seen.includes(`${m.kind} ${m.summary}`)) seen.push(`${m.kind} ${m.summary}`);
    }
    expect(seen[0]).toBe('JoinGroup JoinGroup my-group (new member)');
    expect(seen[1]).toBe('JoinGroupResponse MEMBER_ID_REQUIRED consumer-my-group-1');
    expect(seen[2]).toBe('JoinGroup JoinGroup my-group consumer-my-group-1');
    expect(seen[3]).toMatch(/^JoinGroupResponse gen 1 range \(leader: 1 members' subscriptions\)$/);
  });
});

describe('liveness', () => {
  it('a crashed consumer keeps its partitions until session.timeout.ms passes without a heartbeat', () => {
    const sim = createSimulation(
      scenario(2, [
        {
          at: 10_000,
          type: 'consumer.crash',
          groupId: 'my-group',
          clientId: 'consumer-my-group-2',
        },
      ]),
    );
    sim.seek(9_999);
    const before = group(sim);
    const crashedOwns = before.members[1]?.assignment ?? [];
    expect(crashedOwns.length).toBeGreaterThan(0);
    const lastHeartbeat = before.members[1]?.lastHeartbeatAt ?? 0;
    sim.seek(lastHeartbeat + SESSION - 1);
    const waiting = group(sim);
    expect(waiting.members[1]?.status).toBe('crashed');
    // Nobody fetches the crashed member's partitions: their lag grows against the leader's HW
    // (ListOffsets, as kafka-consumer-groups.sh shows it), not the HW its last fetch saw.
    const stale = (v: ConsumerGroupView) =>
      v.offsets
        .filter((o) => crashedOwns.some((a) => a.topic === o.topic && a.partition === o.partition))
        .reduce((n, o) => n + o.highWatermark - o.position, 0);
    expect(stale(waiting)).toBeGreaterThan(stale(before) + 20);
    expect(waiting.generationId).toBe(before.generationId);
    expect(waiting.state).toBe('Stable');
    expect(owners(waiting)).toEqual(owners(before));
    // Expired within the coordinator's one-second check, then the survivor rejoins on its next
    // heartbeat and takes every partition.
    sim.seek(lastHeartbeat + SESSION + 1000 + HEARTBEAT + 10 * LATENCY);
    const expired = eventsOf(sim, 'group.memberExpired');
    expect(expired.map((e) => e.params)).toEqual([
      { groupId: 'my-group', clientId: 'consumer-my-group-2', timeoutMs: SESSION },
    ]);
    expect(expired[0]?.at).toBeGreaterThanOrEqual(lastHeartbeat + SESSION);
    expect(eventsOf(sim, 'group.rebalanceStarted').at(-1)?.params.reason).toBe('sessionTimeout');
    const after = group(sim);
    expect(after.members.map((m) => m.clientId)).toEqual(['consumer-my-group-1']);
    expect(after.members[0]?.assignment).toHaveLength(3);
    expect(after.generationId).toBe(before.generationId + 1);
  });

  it('a scaled-down consumer leaves at once (LeaveGroup): its partitions move within a heartbeat', () => {
    const sim = createSimulation(
      scenario(2, [{ at: 10_000, type: 'group.scale', groupId: 'my-group', members: 1 }]),
    );
    sim.seek(10_000 + LATENCY);
    expect(eventsOf(sim, 'group.rebalanceStarted').at(-1)).toMatchObject({
      at: 10_000 + LATENCY,
      params: { groupId: 'my-group', reason: 'leave' },
    });
    sim.seek(10_000 + HEARTBEAT + 10 * LATENCY);
    const g = group(sim);
    expect(g.state).toBe('Stable');
    expect(g.members[0]?.assignment).toHaveLength(3);
  });

  it('a stalled consumer heartbeats on, leaves after max.poll.interval.ms and rejoins once it polls', () => {
    const maxPoll = 30_000;
    const sim = createSimulation(
      scenario(
        2,
        [
          {
            at: 10_000,
            type: 'consumer.stall',
            groupId: 'my-group',
            clientId: 'consumer-my-group-2',
          },
          {
            at: 50_000,
            type: 'consumer.resume',
            groupId: 'my-group',
            clientId: 'consumer-my-group-2',
          },
        ],
        { 'max.poll.interval.ms': maxPoll },
      ),
    );
    sim.seek(10_000);
    const at10 = group(sim);
    const mine = (g: ConsumerGroupView) =>
      g.offsets.filter((o) => g.members[1]?.assignment.some((a) => a.partition === o.partition));
    const positions = mine(at10).map((o) => o.position);
    // Stalled past the session timeout's worth of heartbeats: still in the group, reading nothing.
    sim.seek(10_000 + maxPoll - 1);
    const stalled = group(sim);
    expect(stalled.members[1]?.status).toBe('stalled');
    expect(stalled.members[1]?.lastPollAt).toBe(10_000);
    expect(stalled.members[1]?.lastHeartbeatAt).toBeGreaterThan(10_000 + maxPoll - 2 * HEARTBEAT);
    expect(mine(stalled).map((o) => o.position)).toEqual(positions);
    expect(stalled.generationId).toBe(at10.generationId);
    sim.seek(10_000 + maxPoll);
    expect(eventsOf(sim, 'group.pollTimeout').map((e) => [e.at, e.params])).toEqual([
      [
        10_000 + maxPoll,
        { groupId: 'my-group', clientId: 'consumer-my-group-2', timeoutMs: maxPoll },
      ],
    ]);
    expect(group(sim).members[1]?.status).toBe('left');
    sim.seek(10_000 + maxPoll + LATENCY);
    expect(eventsOf(sim, 'group.rebalanceStarted').at(-1)?.params.reason).toBe('pollTimeout');
    sim.seek(49_000);
    const left = group(sim);
    expect(left.members[0]?.assignment).toHaveLength(3);
    expect(left.members[1]?.assignment).toEqual([]);
    // Resumed: it joins again as a new member (new member id) and gets partitions back.
    sim.seek(50_000 + HEARTBEAT + 20 * LATENCY);
    const back = group(sim);
    expect(back.members[1]?.status).toBe('stable');
    expect(back.members[1]?.memberId).not.toBe(at10.members[1]?.memberId);
    expect(back.members[1]?.assignment.length).toBeGreaterThan(0);
  });

  it('a rebalance waits for a stalled member until max.poll.interval.ms', () => {
    const maxPoll = 20_000;
    const sim = createSimulation(
      scenario(
        2,
        [
          {
            at: 10_000,
            type: 'consumer.stall',
            groupId: 'my-group',
            clientId: 'consumer-my-group-2',
          },
          { at: 11_000, type: 'group.scale', groupId: 'my-group', members: 3 },
        ],
        { 'max.poll.interval.ms': maxPoll },
      ),
    );
    sim.seek(10_000 + maxPoll - 1);
    const g = group(sim);
    expect(g.state).toBe('PreparingRebalance');
    expect(g.generationId).toBe(1);
    sim.seek(10_000 + maxPoll + 10 * LATENCY);
    expect(group(sim).state).toBe('Stable');
    expect(group(sim).generationId).toBe(2);
  });
});

describe('offset commits', () => {
  it('enable.auto.commit=false: nothing is committed until group.commit (commitSync)', () => {
    const sim = createSimulation(scenario(2, [], { 'enable.auto.commit': false }));
    sim.seek(20_000);
    const g = group(sim);
    expect(g.autoCommit).toBe(false);
    expect(g.offsets.length).toBeGreaterThan(0);
    expect(g.offsets.every((o) => o.committed === null)).toBe(true);
    sim.act({ type: 'group.commit', groupId: 'my-group' });
    const positions = group(sim).offsets.map((o) => o.position);
    // The OffsetCommit is on the wire; the coordinator stores it when it arrives.
    expect(group(sim).offsets.every((o) => o.committed === null)).toBe(true);
    sim.seek(20_000 + LATENCY);
    expect(group(sim).offsets.map((o) => o.committed)).toEqual(positions);
    expect(eventsOf(sim, 'group.committed')).toHaveLength(2); // one per instance
    sim.seek(40_000);
    expect(group(sim).offsets.map((o) => o.committed)).toEqual(positions);
  });

  it('auto-commit sends OffsetCommit every auto.commit.interval.ms', () => {
    const sim = createSimulation(scenario(2, [], { 'auto.commit.interval.ms': 1000 }));
    sim.seek(10_000);
    const g = group(sim);
    expect(g.offsets.every((o) => o.committed !== null)).toBe(true);
    const lag = g.offsets.reduce((n, o) => n + (o.position - (o.committed ?? 0)), 0);
    expect(lag).toBeLessThanOrEqual(20); // at most 1 s of records (10/s) behind
  });

  it('an OffsetCommit from an old generation is rejected (GroupCoordinator.doCommitOffsets)', () => {
    const w = { now: 0, brokers: [] } as unknown as World;
    const g = createGroup(w, { groupId: 'my-group', topics: ['orders'], members: 0, configs: {} });
    // Outside any generation, an Empty group only stores offsets (an admin or a simple consumer).
    expect(commitError(g, '', -1)).toBeNull();
    g.generationId = 3;
    g.coord.state = 'Stable';
    g.coord.members.push({
      memberId: 'm-1',
      clientId: 'consumer-my-group-1',
      owned: [],
      ownedGeneration: 2,
      rebalanceTimeoutMs: 300_000,
      sessionTimeoutMs: SESSION,
      joinReq: 0,
      syncReq: 0,
      assignment: ['orders-0'],
      lastHeartbeatAt: 0,
      sessionExpiresAt: SESSION,
    });
    expect(commitError(g, 'm-1', 3)).toBeNull();
    expect(commitError(g, 'm-1', 2)).toBe('ILLEGAL_GENERATION');
    expect(commitError(g, 'm-2', 3)).toBe('UNKNOWN_MEMBER_ID');
    // Preparing a rebalance, the current generation may still commit (onJoinPrepare's auto-commit);
    // once the JoinGroup responses are out, not until the assignment arrives.
    g.coord.state = 'PreparingRebalance';
    expect(commitError(g, 'm-1', 3)).toBeNull();
    g.generationId = 4;
    g.coord.state = 'CompletingRebalance';
    expect(commitError(g, 'm-1', 4)).toBe('REBALANCE_IN_PROGRESS');
    expect(commitError(g, 'm-1', 3)).toBe('ILLEGAL_GENERATION');
  });

  it('on the wire: a member closing while a rebalance completes commits with its old generation', () => {
    // Cooperative on two topics: after the scale up the revoking members rejoin at once and the
    // group waits for the new member's heartbeat. The scale down lands in that window: the new
    // member's LeaveGroup completes the generation before the other closing member's OffsetCommit
    // (still of the old generation) arrives, and its records since the last commit are read again.
    const sim = createSimulation(
      baseScenario({
        topics: [
          { name: 'orders', partitions: 3, replicationFactor: 3, configs: {} },
          { name: 'audit', partitions: 3, replicationFactor: 3, configs: {} },
        ],
        consumerGroups: [
          {
            groupId: 'g1',
            topics: ['orders', 'audit'],
            members: 2,
            recordsPerSecPerMember: 4,
            configs: {
              'auto.offset.reset': 'earliest',
              'partition.assignment.strategy': ['cooperative-sticky'],
            },
          },
        ],
        actions: [
          { at: 4000, type: 'group.scale', groupId: 'g1', members: 3 },
          { at: 9000, type: 'group.scale', groupId: 'g1', members: 1 },
        ],
      }),
    );
    sim.seek(8999);
    expect(group(sim, 'g1').state).toBe('PreparingRebalance');
    const answers: string[] = [];
    for (let t = 9000; t < 9020; t++) {
      sim.seek(t);
      for (const m of sim.snapshot().inFlight)
        if (m.kind === 'OffsetCommitResponse') answers.push(m.summary);
    }
    expect(answers).toContain('ILLEGAL_GENERATION');
  });

  it('a group without members or committed offsets is Dead and gone', () => {
    const sim = createSimulation(
      scenario(1, [{ at: 5000, type: 'group.scale', groupId: 'my-group', members: 0 }], {
        'enable.auto.commit': false,
      }),
    );
    sim.seek(4000);
    expect(group(sim).state).toBe('Stable');
    sim.seek(5000 + LATENCY);
    expect(sim.snapshot().consumerGroups).toEqual([]);
  });
});
