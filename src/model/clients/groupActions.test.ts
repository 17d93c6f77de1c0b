// Learner actions on consumer groups and producers (group.create/scale/resetOffsets,
// producer.create), recordsPerSecPerMember, and the throughput series.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { ConsumerGroupSpec, Scenario, ScenarioAction } from '../scenarioTypes';
import type { Simulation } from '../simulationTypes';
import type { ConsumerGroupView } from '../snapshotTypes';
import { baseScenario, eventsOf } from '../testScenarios';

function group(sim: Simulation, id = 'g1'): ConsumerGroupView {
  const g = sim.snapshot().consumerGroups.find((x) => x.groupId === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const positions = (g: ConsumerGroupView) => sum(g.offsets.map((o) => o.position));
const lag = (g: ConsumerGroupView) => sum(g.offsets.map((o) => o.highWatermark - o.position));
/** Records in the leaders' logs of a topic (nothing is deleted in these runs). */
function leaderHws(sim: Simulation, topic = 'orders'): number {
  const t = sim.snapshot().topics.find((x) => x.name === topic);
  return sum(
    (t?.partitions ?? []).map(
      (p) => p.replicaViews.find((r) => r.brokerId === p.leader)?.highWatermark ?? 0,
    ),
  );
}
function leaderLeos(sim: Simulation, topic = 'orders'): number {
  const t = sim.snapshot().topics.find((x) => x.name === topic);
  return sum(
    (t?.partitions ?? []).map(
      (p) => p.replicaViews.find((r) => r.brokerId === p.leader)?.logEndOffset ?? 0,
    ),
  );
}

describe('group.scale', () => {
  it('0 members: the group is Empty, keeps its committed offsets and reads nothing; lag grows while records stay in the log', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    sim.act({ type: 'group.scale', groupId: 'g1', members: 0 });
    // The closing instances' OffsetCommit and LeaveGroup reach the coordinator one latency later.
    sim.seek(10_005);
    const at10 = group(sim);
    expect(at10.state).toBe('Empty');
    expect(at10.members).toEqual([]);
    // KafkaConsumer.close commits the positions with enable.auto.commit=true.
    for (const o of at10.offsets) expect(o.committed).toBe(o.position);
    expect(eventsOf(sim, 'group.scaled')[0]?.params).toEqual({ groupId: 'g1', from: 2, to: 0 });
    sim.seek(11_000);
    const lag11 = lag(group(sim));
    sim.seek(30_000);
    const at30 = group(sim);
    expect(at30.consumed).toBe(at10.consumed);
    expect(at30.offsets.map((o) => o.committed)).toEqual(at10.offsets.map((o) => o.committed));
    expect(lag(at30) - lag11).toBeGreaterThanOrEqual(185); // 10 records/s for 19 s
    expect(leaderHws(sim)).toBeGreaterThanOrEqual(290);
  });

  it('back to ≥1 member: catches up from the committed offsets, no record skipped or read twice', () => {
    const sim = createSimulation(
      baseScenario({
        actions: [
          { at: 10_000, type: 'group.scale', groupId: 'g1', members: 0 },
          { at: 30_000, type: 'group.scale', groupId: 'g1', members: 1 },
        ],
      }),
    );
    sim.seek(30_000);
    const committed = group(sim).offsets.map((o) => o.committed);
    const generation = group(sim).generationId;
    // FindCoordinator, JoinGroup twice (KIP-394) and the SyncGroup request: 3.5 round trips of 10 ms
    // until the coordinator is Stable; the OffsetFetch of the committed offsets ends at 50 ms.
    sim.seek(30_024); // the second JoinGroup arrives at 25 ms: with no initial delay, it completes
    expect(group(sim).state).toBe('Empty');
    sim.seek(30_034); // the JoinGroup responses are out: waiting for the leader's SyncGroup
    expect(group(sim).state).toBe('CompletingRebalance');
    sim.seek(30_035);
    expect(group(sim).state).toBe('Stable');
    sim.seek(30_050);
    const g = group(sim);
    expect(g.state).toBe('Stable');
    expect(g.members).toHaveLength(1);
    expect(g.members[0]?.assignment).toHaveLength(3);
    expect(g.generationId).toBe(generation + 1); // one rebalance
    expect(generation).toBe(2); // the first generation, then Empty at 10 s
    // Positions restart at the committed offsets.
    expect(g.offsets.map((o) => o.position)).toEqual(committed);
    sim.seek(40_000);
    const later = group(sim);
    expect(lag(later)).toBeLessThanOrEqual(3);
    // Every consumed record moved a position by one, from offset 0: no re-read, no skip.
    expect(later.consumed).toBe(positions(later));
  });

  it('without auto-commit a rebalance re-reads exactly the uncommitted records', () => {
    const sim = createSimulation(
      baseScenario({
        consumerGroups: [
          {
            groupId: 'g1',
            topics: ['orders'],
            members: 2,
            configs: { 'auto.offset.reset': 'earliest', 'enable.auto.commit': false },
          },
        ],
      }),
    );
    sim.seek(10_000);
    const before = group(sim);
    expect(before.offsets.every((o) => o.committed === null)).toBe(true);
    sim.act({ type: 'group.scale', groupId: 'g1', members: 1 });
    sim.seek(20_000);
    const after = group(sim);
    // Nothing committed: the whole log is read again (auto.offset.reset=earliest).
    expect(after.consumed - positions(after)).toBe(positions(before));
  });

  it('more members than partitions: the extra members get no partitions (range assignor)', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    sim.act({ type: 'group.scale', groupId: 'g1', members: 5 });
    // The new members' JoinGroups start the rebalance; the others learn of it from their next
    // heartbeat (REBALANCE_IN_PROGRESS), within heartbeat.interval.ms.
    sim.seek(8_100);
    const g = group(sim);
    expect(g.state).toBe('Stable');
    expect(g.members).toHaveLength(5);
    expect(g.generationId).toBe(2);
    const sizes = g.members.map((m) => m.assignment.length).sort();
    expect(sizes).toEqual([0, 0, 1, 1, 1]);
    const all = g.members.flatMap((m) => m.assignment.map((a) => a.partition)).sort();
    expect(all).toEqual([0, 1, 2]);
    expect(new Set(g.members.map((m) => m.clientId)).size).toBe(5);
    sim.seek(15_000);
    expect(lag(group(sim))).toBeLessThanOrEqual(3);
  });
});

describe('group.resetOffsets', () => {
  it('is refused while the group has members, applied once it is Empty', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    const before = group(sim);
    sim.act({ type: 'group.resetOffsets', groupId: 'g1', to: 'earliest' });
    expect(eventsOf(sim, 'group.resetRefused')).toHaveLength(1);
    expect(eventsOf(sim, 'group.offsetsReset')).toHaveLength(0);
    expect(group(sim).offsets).toEqual(before.offsets);

    sim.act({ type: 'group.scale', groupId: 'g1', members: 0 });
    // Still refused until the LeaveGroups reached the coordinator (the group is not Empty yet).
    sim.act({ type: 'group.resetOffsets', groupId: 'g1', to: 'earliest' });
    expect(eventsOf(sim, 'group.resetRefused')).toHaveLength(2);
    sim.seek(10_005);
    expect(group(sim).state).toBe('Empty');
    sim.act({ type: 'group.resetOffsets', groupId: 'g1', to: 'earliest' });
    expect(eventsOf(sim, 'group.offsetsReset')[0]?.params).toEqual({
      groupId: 'g1',
      to: 'earliest',
    });
    const partitions = sim.snapshot().topics[0]?.partitions ?? [];
    for (const o of group(sim).offsets) {
      const p = partitions[o.partition];
      const start = p?.replicaViews.find((r) => r.brokerId === p.leader)?.logStartOffset;
      expect(o.position).toBe(start);
      expect(o.committed).toBe(start);
    }
    sim.act({ type: 'group.resetOffsets', groupId: 'g1', to: 'latest' });
    for (const o of group(sim).offsets) {
      const p = partitions[o.partition];
      expect(o.position).toBe(p?.replicaViews.find((r) => r.brokerId === p.leader)?.highWatermark);
    }
    // Back to earliest, then a consumer reads the whole log again.
    sim.act({ type: 'group.resetOffsets', groupId: 'g1', to: 'earliest' });
    const consumed = group(sim).consumed;
    sim.act({ type: 'group.scale', groupId: 'g1', members: 1 });
    sim.seek(20_000);
    const g = group(sim);
    expect(g.consumed - consumed).toBe(positions(g));
    expect(lag(g)).toBeLessThanOrEqual(3);
  });
});

describe('group.create and producer.create', () => {
  it('a new group reads from the earliest offset, independently of the other group', () => {
    const spec: ConsumerGroupSpec = {
      groupId: 'audit',
      topics: ['orders'],
      members: 1,
      configs: { 'auto.offset.reset': 'earliest' },
    };
    const sim = createSimulation(baseScenario());
    sim.seek(20_000);
    const g1 = group(sim);
    sim.act({ type: 'group.create', group: spec });
    sim.act({ type: 'group.create', group: { ...spec, members: 3 } }); // taken id: ignored
    expect(eventsOf(sim, 'group.created')).toHaveLength(1);
    expect(group(sim, 'audit').members).toHaveLength(1);
    sim.seek(21_000);
    const audit = group(sim, 'audit');
    expect(audit.consumed).toBeGreaterThanOrEqual(195);
    expect(audit.consumed).toBe(positions(audit));
    expect(group(sim).consumed - g1.consumed).toBeLessThanOrEqual(15);
  });

  it('producer.create starts a producer; a taken id or an unknown topic is ignored', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    const spec = { id: 'p2', topic: 'orders', recordsPerSec: 20, keys: ['a'], configs: {} };
    sim.act({ type: 'producer.create', producer: spec });
    sim.act({ type: 'producer.create', producer: { ...spec, recordsPerSec: 50 } });
    sim.act({ type: 'producer.create', producer: { ...spec, id: 'p3', topic: 'nope' } });
    expect(eventsOf(sim, 'producer.created')).toHaveLength(1);
    sim.seek(15_000);
    const p2 = sim.snapshot().producers.find((p) => p.id === 'p2');
    expect(sim.snapshot().producers.map((p) => p.id)).toEqual(['producer-1', 'p2']);
    expect(p2?.sent).toBeGreaterThanOrEqual(199);
    expect(p2?.acknowledged).toBeGreaterThanOrEqual(190);
    // Key "a" goes to murmur2("a") % 3 = 1 (KAFKA.md 1.4).
    const ids = sim.snapshot().producedRecords.filter((r) => r.producerId === 'p2');
    expect(new Set(ids.map((r) => r.partition))).toEqual(new Set([1]));
  });
});

describe('recordsPerSecPerMember', () => {
  const slow = (members: number, rate = 5): Scenario =>
    baseScenario({
      // murmur2 puts these keys on partitions 0, 1 and 2 of 3 (KAFKA.md 1.4): 20/s each.
      producers: [
        {
          id: 'producer-1',
          topic: 'orders',
          recordsPerSec: 60,
          keys: ['21', 'key3', 'key1'],
          configs: {},
        },
      ],
      consumerGroups: [
        {
          groupId: 'g1',
          topics: ['orders'],
          members,
          configs: { 'auto.offset.reset': 'earliest' },
          recordsPerSecPerMember: rate,
        },
      ],
    });

  it('limits each member to its rate, so lag grows; two members on three partitions read about twice as much', () => {
    const one = createSimulation(slow(1));
    one.seek(40_000);
    const g = group(one);
    expect(g.consumed).toBeGreaterThanOrEqual(190); // 5/s × 40 s, within 5%
    expect(g.consumed).toBeLessThanOrEqual(205);
    expect(g.consumed).toBe(positions(g));
    expect(lag(g)).toBeGreaterThan(2000);
    const two = createSimulation(slow(2));
    two.seek(40_000);
    const g2 = group(two);
    expect(g2.consumed).toBeGreaterThanOrEqual(380);
    expect(g2.consumed).toBeLessThanOrEqual(405);
    // Records of every partition get processed (none starves).
    for (const o of g2.offsets) expect(o.position).toBeGreaterThan(50);
  });

  it('a fast enough application keeps up, and scaling up adds capacity up to the partition count', () => {
    const sim = createSimulation(slow(1, 10));
    sim.seek(20_000);
    const c20 = group(sim).consumed;
    sim.act({ type: 'group.scale', groupId: 'g1', members: 4 });
    sim.seek(40_000);
    const perSec = (group(sim).consumed - c20) / 20;
    // 4 members but 3 partitions: one is idle, so 3 × 10/s.
    expect(perSec).toBeGreaterThan(27);
    expect(perSec).toBeLessThanOrEqual(31);
    const fast = createSimulation(slow(1, 1000));
    fast.seek(20_000);
    expect(lag(group(fast))).toBeLessThanOrEqual(5);
  });
});

describe('throughput series', () => {
  it('counts the records appended by leaders and consumed per group, per completed second', () => {
    const sim = createSimulation(
      baseScenario({
        actions: [
          {
            at: 3_000,
            type: 'group.create',
            group: { groupId: 'g2', topics: ['orders'], members: 1, configs: {} },
          },
        ],
      }),
    );
    sim.seek(30_000);
    const series = sim.snapshot().throughput;
    expect(series.map((s) => s.second)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(sum(series.map((s) => s.produced))).toBe(leaderLeos(sim));
    expect(sum(series.map((s) => s.consumed.g1 ?? -1))).toBe(group(sim).consumed);
    expect(sum(series.map((s) => s.consumed.g2 ?? -1))).toBe(group(sim, 'g2').consumed);
    // 10 records per second once the cluster is up.
    for (const s of series.slice(10)) expect(s.produced).toBeGreaterThanOrEqual(9);
    expect(series.slice(10).every((s) => s.produced <= 11)).toBe(true);
    // Keeps the last 120 seconds.
    sim.seek(200_500);
    const long = sim.snapshot().throughput;
    expect(long).toHaveLength(120);
    expect(long[0]?.second).toBe(80);
    expect(long[119]?.second).toBe(199);
  });
});

describe('determinism with the new actions', () => {
  const actions: ScenarioAction[] = [
    {
      at: 4_000,
      type: 'producer.create',
      producer: { id: 'p2', topic: 'orders', recordsPerSec: 30, keys: [], configs: {} },
    },
    {
      at: 6_000,
      type: 'group.create',
      group: {
        groupId: 'slow',
        topics: ['orders'],
        members: 2,
        configs: { 'auto.offset.reset': 'earliest' },
        recordsPerSecPerMember: 7,
      },
    },
    { at: 9_000, type: 'group.scale', groupId: 'g1', members: 0 },
    { at: 9_500, type: 'group.resetOffsets', groupId: 'g1', to: 'earliest' },
    { at: 12_000, type: 'group.scale', groupId: 'g1', members: 4 },
    { at: 13_000, type: 'group.scale', groupId: 'slow', members: 3 },
    { at: 14_000, type: 'group.resetOffsets', groupId: 'slow', to: 'latest' },
  ];

  it('same scenario, same digest and snapshot; seeking back then forward gives the same snapshot', () => {
    const a = createSimulation(baseScenario({ actions }));
    const b = createSimulation(baseScenario({ actions }));
    a.seek(25_000);
    b.seek(25_000);
    expect(a.digest()).toBe(b.digest());
    expect(a.snapshot()).toEqual(b.snapshot());
    const direct = a.snapshot();
    b.seek(7_300);
    b.seek(11_111);
    b.seek(25_000);
    expect(b.digest()).toBe(a.digest());
    expect(b.snapshot()).toEqual(direct);
    const c = createSimulation(baseScenario({ actions }), { checkpointIntervalMs: 700 });
    c.seek(13_400);
    c.seek(3_000);
    c.seek(25_000);
    expect(c.snapshot()).toEqual(direct);
    expect(c.digest()).toBe(a.digest());
  });
});
