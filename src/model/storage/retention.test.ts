// Retention as Kafka 3.6 runs it (UnifiedLog.deleteOldSegments from LogManager.cleanupLogs every
// log.retention.check.interval.ms, 30 s after start-up first). The expectations are Kafka's rules
// applied to the segments a snapshot shows just before a check (KAFKA.md 2.5).
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Scenario } from '../scenarioTypes';
import type { Simulation } from '../simulationTypes';
import type { ReplicaView, SegmentView, TimelineEvent } from '../snapshotTypes';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';
import type { Replica } from '../engine/types';
import { endOffsetForEpoch, truncateEpochsFromStart } from '../replication/log';
import { crossReplicaProblems } from './checkSegments';

const WHOLE_LOG = 100_000;
const CHECK_MS = 10_000;

function scenario(
  configs: Record<string, number>,
  over: Partial<Scenario> = {},
  acks: 'all' | '1' = 'all',
): Scenario {
  return baseScenario({
    brokerConfigs: { 'log.retention.check.interval.ms': CHECK_MS },
    topics: [
      {
        name: 'orders',
        partitions: 1,
        replicationFactor: 3,
        configs: { 'segment.bytes': 1024, ...configs },
      },
    ],
    producers: [
      { id: 'producer-1', topic: 'orders', recordsPerSec: 40, keys: ['a', 'b'], configs: { acks } },
    ],
    consumerGroups: [],
    // Production stops at 20 s: nothing is appended near the checks.
    actions: [{ at: 20_000, type: 'producer.update', producer: 'producer-1', recordsPerSec: 0 }],
    ...over,
  });
}

function replica(sim: Simulation, broker: number): ReplicaView {
  const r = partitionOf(sim, 'orders', 0).replicaViews.find((v) => v.brokerId === broker);
  if (!r) throw new Error(`no replica on ${broker}`);
  return r;
}

function leaderId(sim: Simulation): number {
  const l = partitionOf(sim, 'orders', 0).leader;
  if (l === null) throw new Error('no leader');
  return l;
}

function deletions(sim: Simulation, broker?: number): TimelineEvent[] {
  return eventsOf(sim, 'log.segmentsDeleted', 'orders-0').filter(
    (e) => broker === undefined || e.broker === broker,
  );
}

const size = (segs: SegmentView[]): number => segs.reduce((n, s) => n + s.sizeInBytes, 0);

/** Kafka's walk (UnifiedLog.deletableSegments): oldest first, below the HW, stop at the first miss. */
function kafkaDeletable(
  r: ReplicaView,
  predicate: (s: SegmentView) => boolean,
): { count: number; rollsActive: boolean } {
  const segs = r.segments;
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as SegmentView;
    const next = segs[i + 1];
    const upper = next ? next.baseOffset : r.logEndOffset;
    if (!(r.highWatermark >= upper && predicate(s)) || (!next && s.sizeInBytes === 0)) break;
    count++;
  }
  return { count, rollsActive: count === segs.length };
}

describe('retention.ms (deleteRetentionMsBreachedSegments)', () => {
  it('deletes exactly the old segments at the check; the active one only when it is old itself', () => {
    const sim = createSimulation(scenario({ 'retention.ms': 15_000 }), { recordWindow: WHOLE_LOG });
    sim.seek(60_000);
    const leader = leaderId(sim);
    const checks = deletions(sim, leader);
    expect(checks.length).toBeGreaterThanOrEqual(2);
    const first = checks[0] as TimelineEvent;
    expect(first.params.reason).toBe('retention.ms');

    // Just before the first deleting check: Kafka's rule over these segments.
    sim.seek(first.at - 1);
    const before = replica(sim, leader);
    expect(before.segments.length).toBeGreaterThan(3);
    const { count, rollsActive } = kafkaDeletable(
      before,
      (s) => first.at - (s.largestTimestamp ?? s.createdAt) > 15_000,
    );
    expect(count).toBeGreaterThan(0);
    // Records up to 20 s are in the active segment: at ~30 s it is not past retention.ms.
    expect(rollsActive).toBe(false);
    sim.seek(first.at);
    const after = replica(sim, leader);
    expect(first.params.count).toBe(count);
    expect(after.segments).toEqual(before.segments.slice(count));
    // The log start offset is the next segment's base offset.
    expect(after.logStartOffset).toBe(before.segments[count]?.baseOffset);
    expect(first.params.newLogStartOffset).toBe(after.logStartOffset);
    expect(after.records[0]?.offset).toBe(after.logStartOffset);
    // Stopped at the first segment young enough.
    expect(first.at - (after.segments[0]?.largestTimestamp ?? 0)).toBeLessThanOrEqual(15_000);

    // Later every record is older than retention.ms: the non-empty active segment is rolled
    // first and everything is deleted; one empty segment is left at the LEO.
    const last = checks[checks.length - 1] as TimelineEvent;
    sim.seek(last.at);
    const end = replica(sim, leader);
    expect(end.segments).toHaveLength(1);
    expect(end.segments[0]?.sizeInBytes).toBe(0);
    expect(end.logStartOffset).toBe(end.logEndOffset);
    expect(end.segments[0]?.baseOffset).toBe(end.logEndOffset);
    expect(end.logEndOffset).toBeGreaterThan(700);
    // Once empty, an active segment is never deleted again.
    sim.seek(last.at + 4 * CHECK_MS);
    expect(deletions(sim, leader)).toHaveLength(checks.length);
    expect(crossReplicaProblems(sim.snapshot())).toEqual([]);
  });

  it('retention.ms=-1 and the 7-day default delete nothing', () => {
    for (const configs of [{ 'retention.ms': -1 }, {}] as Record<string, number>[]) {
      const sim = createSimulation(scenario(configs), { recordWindow: WHOLE_LOG });
      sim.seek(80_000);
      expect(deletions(sim)).toEqual([]);
      expect(replica(sim, leaderId(sim)).logStartOffset).toBe(0);
    }
  });

  it('the check runs 30 s after a broker starts, then every log.retention.check.interval.ms', () => {
    const sim = createSimulation(scenario({ 'retention.ms': 1 }), { recordWindow: WHOLE_LOG });
    sim.seek(70_000);
    const leader = leaderId(sim);
    const started = eventsOf(sim, 'broker.started').find((e) => e.broker === leader);
    const times = deletions(sim, leader).map((e) => e.at - (started?.at ?? 0));
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect((t - 30_000) % CHECK_MS).toBe(0);
  });
});

describe('retention.bytes (deleteRetentionSizeBreachedSegments)', () => {
  it('deletes oldest segments while the log stays at least retention.bytes', () => {
    const limit = 5_000;
    const sim = createSimulation(scenario({ 'retention.bytes': limit }), {
      recordWindow: WHOLE_LOG,
    });
    sim.seek(45_000);
    const leader = leaderId(sim);
    const first = deletions(sim, leader)[0];
    expect(first?.params.reason).toBe('retention.bytes');
    if (!first) return;
    sim.seek(first.at - 1);
    const before = replica(sim, leader);
    expect(size(before.segments)).toBeGreaterThan(3 * limit);
    let diff = size(before.segments) - limit;
    const { count } = kafkaDeletable(before, (s) => {
      if (diff - s.sizeInBytes < 0) return false;
      diff -= s.sizeInBytes;
      return true;
    });
    sim.seek(first.at);
    const after = replica(sim, leader);
    expect(first.params.count).toBe(count);
    expect(after.segments).toEqual(before.segments.slice(count));
    expect(after.logStartOffset).toBe(after.segments[0]?.baseOffset);
    // At least the limit is kept, and less than one more segment on top of it.
    expect(size(after.segments)).toBeGreaterThanOrEqual(limit);
    expect(size(after.segments) - (after.segments[0]?.sizeInBytes ?? 0)).toBeLessThan(limit);
    // Later checks find nothing more to delete (no appends since 20 s).
    sim.seek(first.at + 3 * CHECK_MS);
    expect(deletions(sim, leader)).toHaveLength(1);
  });
});

describe('the high watermark bounds deletion (deletableSegments: highWatermark >= upperBoundOffset)', () => {
  it('with the HW held back by a crashed ISR member, only segments wholly below the HW go', () => {
    // The crashed follower stays in the ISR (its session and lag limits are long), so the HW
    // stays at its LEO while acks=1 writes go on; every record is past retention.ms=1.
    const s = scenario(
      { 'retention.ms': 1 },
      {
        brokerConfigs: {
          'log.retention.check.interval.ms': CHECK_MS,
          'zookeeper.session.timeout.ms': 600_000,
          'replica.lag.time.max.ms': 600_000,
        },
        actions: [],
      },
      '1',
    );
    const probe = createSimulation(s, { recordWindow: WHOLE_LOG });
    probe.seek(5_000);
    const leader = leaderId(probe);
    const follower = partitionOf(probe, 'orders', 0).replicas.find((b) => b !== leader) as number;
    const sim = createSimulation(
      { ...s, actions: [{ at: 8_000, type: 'broker.crash', broker: follower }] },
      { recordWindow: WHOLE_LOG },
    );
    sim.seek(45_000);
    expect(leaderId(sim)).toBe(leader);
    const first = deletions(sim, leader)[0];
    expect(first).toBeDefined();
    if (!first) return;
    sim.seek(first.at - 1);
    const before = replica(sim, leader);
    const hw = before.highWatermark;
    expect(before.logEndOffset).toBeGreaterThan(hw + 200);
    sim.seek(first.at);
    const after = replica(sim, leader);
    expect(after.highWatermark).toBe(hw);
    // The first segment left is the one holding the HW (its upper bound is past the HW).
    const holding = before.segments.filter((x) => x.baseOffset <= hw).pop();
    expect(after.logStartOffset).toBe(holding?.baseOffset);
    expect(after.logStartOffset).toBeLessThanOrEqual(hw);
    for (const seg of before.segments.slice(0, first.params.count as number))
      expect(seg.nextOffset).toBeLessThanOrEqual(hw);
  });
});

describe('followers', () => {
  it('take the leader’s log start offset from fetch responses and delete on their own check', () => {
    const sim = createSimulation(scenario({ 'retention.ms': 15_000 }), { recordWindow: WHOLE_LOG });
    sim.seek(60_000);
    const leader = leaderId(sim);
    const snap = partitionOf(sim, 'orders', 0);
    const leaderView = replica(sim, leader);
    for (const id of snap.replicas) {
      const r = replica(sim, id);
      expect(r.logStartOffset).toBe(leaderView.logStartOffset);
      expect(r.segments[0]?.baseOffset).toBeLessThanOrEqual(r.logStartOffset);
    }
    expect(deletions(sim).some((e) => e.broker !== leader)).toBe(true);
    expect(crossReplicaProblems(sim.snapshot())).toEqual([]);
  });

  it('a follower behind the leader’s log start offset starts over there (truncateFullyAndStartAt)', () => {
    const base = scenario({ 'retention.ms': 5_000 }, { actions: [] });
    const probe = createSimulation(base, { recordWindow: WHOLE_LOG });
    probe.seek(5_000);
    const leader = leaderId(probe);
    const follower = partitionOf(probe, 'orders', 0).replicas.find((b) => b !== leader) as number;
    const sim = createSimulation(
      {
        ...base,
        actions: [
          { at: 6_000, type: 'broker.crash', broker: follower },
          { at: 25_000, type: 'producer.update', producer: 'producer-1', recordsPerSec: 0 },
          { at: 60_000, type: 'broker.restart', broker: follower },
        ],
      },
      { recordWindow: WHOLE_LOG },
    );
    sim.seek(59_000);
    const leaderStart = replica(sim, leader).logStartOffset;
    expect(leaderStart).toBeGreaterThan(replica(sim, follower).logEndOffset);
    sim.seek(90_000);
    const r = replica(sim, follower);
    const ev = deletions(sim, follower).find((e) => e.params.reason === 'logStartOffset');
    expect(ev?.params.newLogStartOffset).toBe(leaderStart);
    expect(r.logStartOffset).toBe(replica(sim, leader).logStartOffset);
    expect(r.logEndOffset).toBe(replica(sim, leader).logEndOffset);
    expect(partitionOf(sim, 'orders', 0).isr).toContain(follower);
    expect(crossReplicaProblems(sim.snapshot())).toEqual([]);
  });
});

describe('a consumer behind the new log start offset (OFFSET_OUT_OF_RANGE → auto.offset.reset)', () => {
  it.each(['earliest', 'latest'] as const)('auto.offset.reset=%s', (reset) => {
    const s = scenario(
      { 'retention.ms': 25_000 },
      {
        consumerGroups: [
          {
            groupId: 'g1',
            topics: ['orders'],
            members: 1,
            configs: { 'auto.offset.reset': reset },
          },
        ],
        actions: [
          // The application stops at 2 s; it comes back after the segments it had not read went.
          { at: 2_000, type: 'group.scale', groupId: 'g1', members: 0 },
          { at: 20_000, type: 'producer.update', producer: 'producer-1', recordsPerSec: 0 },
          { at: 45_000, type: 'group.scale', groupId: 'g1', members: 1 },
        ],
      },
    );
    const sim = createSimulation(s, { recordWindow: WHOLE_LOG });
    sim.seek(44_000);
    const committed = sim.snapshot().consumerGroups[0]?.offsets[0]?.committed ?? -1;
    const consumedBefore = sim.snapshot().consumerGroups[0]?.consumed ?? -1;
    const leader = replica(sim, leaderId(sim));
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(leader.logStartOffset);
    sim.seek(46_000);
    const ev = eventsOf(sim, 'group.offsetOutOfRange', 'orders-0');
    expect(ev).toHaveLength(1);
    expect(ev[0]?.params).toMatchObject({
      groupId: 'g1',
      offset: committed,
      logStart: leader.logStartOffset,
      reset,
    });
    sim.seek(48_000);
    const o = sim.snapshot().consumerGroups[0]?.offsets[0];
    const after = replica(sim, leaderId(sim));
    expect(after.logStartOffset).toBe(leader.logStartOffset);
    // Either way the group is at the HW now; earliest read what was left from the log start
    // offset on, latest skipped it.
    expect(o?.position).toBe(after.highWatermark);
    expect((sim.snapshot().consumerGroups[0]?.consumed ?? 0) - consumedBefore).toBe(
      reset === 'earliest' ? after.highWatermark - leader.logStartOffset : 0,
    );
    expect(after.highWatermark).toBeGreaterThan(leader.logStartOffset);
  });
});

describe('seek with retention', () => {
  it('back and forth gives identical snapshots and digests', () => {
    const s = scenario(
      { 'retention.ms': 12_000, 'retention.bytes': 6_000 },
      { actions: [{ at: 21_000, type: 'broker.crash', broker: 2 }] },
    );
    const times = [29_000, 31_000, 41_000, 52_000, 63_000];
    const straight = createSimulation(s, { recordWindow: WHOLE_LOG });
    const seen = times.map((t) => {
      straight.seek(t);
      return { digest: straight.digest(), snap: JSON.stringify(straight.snapshot()) };
    });
    expect(deletions(straight).length).toBeGreaterThan(2);
    const sim = createSimulation(s, { recordWindow: WHOLE_LOG });
    for (const i of [4, 1, 3, 0, 2, 4]) {
      sim.seek(times[i] as number);
      expect(sim.digest()).toBe(seen[i]?.digest);
      expect(JSON.stringify(sim.snapshot())).toBe(seen[i]?.snap);
    }
  });
});

describe('the leader-epoch cache after the log start offset moves (LeaderEpochFileCache, K@3.6)', () => {
  const withCache = (entries: [number, number][], leo = 20): Replica =>
    ({
      epochCache: entries.map(([epoch, startOffset]) => ({ epoch, startOffset })),
      leo,
    }) as Replica;
  const cache = (r: Replica): [number, number][] =>
    r.epochCache.map((e) => [e.epoch, e.startOffset]);
  const three = (): [number, number][] => [
    [2, 6],
    [3, 8],
    [4, 11],
  ];

  // LeaderEpochFileCacheTest: the truncateFromStart cases.
  it('shouldUpdateSavedOffsetWhenOffsetToClearToIsBetweenEpochs', () => {
    const r = withCache(three());
    truncateEpochsFromStart(r, 9);
    expect(cache(r)).toEqual([
      [3, 9],
      [4, 11],
    ]);
  });

  it('shouldPreserveResetOffsetOnClearEarliestIfOneExists', () => {
    const r = withCache(three());
    truncateEpochsFromStart(r, 8);
    expect(cache(r)).toEqual([
      [3, 8],
      [4, 11],
    ]);
  });

  it('shouldNotClearAnythingIfOffsetToEarly', () => {
    const r = withCache(three());
    truncateEpochsFromStart(r, 1);
    expect(cache(r)).toEqual(three());
  });

  it('shouldReturnFirstEpochIfRequestedEpochLessThanFirstEpoch', () => {
    const r = withCache([
      [5, 11],
      [6, 12],
      [7, 13],
    ]);
    expect(endOffsetForEpoch(r, 4)).toEqual({ epoch: 4, endOffset: 11 });
    // shouldReturnUnsupportedIfNoEpochRecorded
    expect(endOffsetForEpoch(withCache([], 0), 0)).toEqual({ epoch: -1, endOffset: -1 });
  });
});
