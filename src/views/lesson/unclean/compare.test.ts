// The unclean-election comparison against real runs of the model: Kafka's rules decide the answers.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../model';
import type { TimelineEvent } from '../../../model/snapshotTypes';
import { compareUnclean, liveAt, offsetRanges, previewOffline, rowsToShow } from './compare';
import { offlineRun, unclean, world } from './testRuns';

describe('compareUnclean', () => {
  it('is null before any unclean election', () => {
    const sim = offlineRun();
    expect(compareUnclean(sim.snapshot(), sim.events(), 'payments-0')).toBeNull();
  });

  it('names the first live replica in assignment order, not the one with the most data', () => {
    const sim = offlineRun();
    const before = sim.snapshot().topics[0]!.partitions[0]!;
    const leo = (id: number) => before.replicaViews.find((r) => r.brokerId === id)!.logEndOffset;
    expect(leo(4)).toBeGreaterThan(leo(3));
    unclean(sim);
    const c = compareUnclean(sim.snapshot(), sim.events(), 'payments-0')!;
    expect(c.assignment).toEqual([2, 3, 4]);
    expect(c.leader).toBe(3);
    expect(c.replicas.find((r) => r.chosen)?.brokerId).toBe(3);
    expect(c.moreData).toEqual({ brokerId: 4, leo: leo(4) });
    // The old leader was down: not live at the election, and its log untouched on disk.
    const old = c.replicas.find((r) => r.brokerId === 2)!;
    expect(old.liveAtElection).toBe(false);
    expect(old.downNow).toBe(true);
    expect(old.leoBefore).toBe(leo(2));
    expect(old.leoNow).toBe(leo(2));
  });

  it('rebuilds every log as it was at the election and marks the lost acknowledged offsets', () => {
    const sim = offlineRun();
    const snap0 = sim.snapshot().topics[0]!.partitions[0]!;
    const logBefore = (id: number) =>
      snap0.replicaViews.find((r) => r.brokerId === id)!.records.map((r) => r.recordId);
    unclean(sim);
    sim.seek(sim.now + 5000);
    const c = compareUnclean(sim.snapshot(), sim.events(), 'payments-0')!;
    for (const id of [2, 3, 4]) {
      const r = c.replicas.find((x) => x.brokerId === id)!;
      expect(
        [...r.before.values()].map((x) => x.recordId),
        `broker ${id}`,
      ).toEqual(logBefore(id));
      expect(r.leoBefore).toBe(logBefore(id).length);
    }
    // Broker 4 followed the new leader: it cut what it had beyond broker 3's end.
    const four = c.replicas.find((r) => r.brokerId === 4)!;
    expect(four.truncations.map((x) => [x.fromOffset, x.toOffset])).toEqual([
      [logBefore(4).length, logBefore(3).length],
    ]);
    // Every acknowledged record past the new leader's end is lost: those on 4 and those only on 2.
    const lostOffsets = c.lost.map((r) => r.offset);
    const expected = [];
    for (let o = logBefore(3).length; o < logBefore(2).length; o++) expected.push(o);
    expect(lostOffsets.sort((a, b) => a! - b!)).toEqual(expected);
    const two = c.replicas.find((r) => r.brokerId === 2)!;
    expect(two.before.get(logBefore(3).length)?.lost).toBe(true);
    expect(two.before.get(logBefore(3).length - 1)?.lost).toBe(false);
    // The same offset now holds a different record on the new leader.
    const three = c.replicas.find((r) => r.brokerId === 3)!;
    const o = logBefore(3).length;
    expect(three.now.get(o)?.recordId).toBeDefined();
    expect(three.now.get(o)?.recordId).not.toBe(two.before.get(o)?.recordId);
    expect(c.offsets[0]).toBe(logBefore(3).length - 2);
    expect(c.offsets[c.offsets.length - 1]).toBe(logBefore(2).length - 1);
  });

  it('keeps the old leader’s log as it was after it returns and truncates', () => {
    const sim = offlineRun();
    const leo2 = sim
      .snapshot()
      .topics[0]!.partitions[0]!.replicaViews.find((r) => r.brokerId === 2)!.logEndOffset;
    unclean(sim);
    sim.act({ type: 'broker.restart', broker: 2 });
    sim.seek(sim.now + 5000);
    const c = compareUnclean(sim.snapshot(), sim.events(), 'payments-0')!;
    const two = c.replicas.find((r) => r.brokerId === 2)!;
    expect(two.downNow).toBe(false);
    expect(two.leoBefore).toBe(leo2);
    expect(two.before.size).toBe(leo2);
    expect(two.truncations).toHaveLength(1);
    expect(two.truncations[0]!.toOffset).toBe(c.replicas.find((r) => r.chosen)!.leoBefore);
  });

  it('finds no better-stocked replica when the chosen one had the most data', () => {
    const sim = offlineRun([4, 3]);
    unclean(sim);
    const c = compareUnclean(sim.snapshot(), sim.events(), 'payments-0')!;
    expect(c.leader).toBe(3);
    expect(c.moreData).toBeNull();
  });
});

describe('previewOffline', () => {
  it('shows the offline partition and the replica an unclean election would pick', () => {
    const sim = offlineRun();
    const p = previewOffline(sim.snapshot(), 'payments-0')!;
    expect(p.isr).toEqual([2]);
    expect(p.candidates.map((c) => [c.brokerId, c.live, c.inIsr])).toEqual([
      [2, false, true],
      [3, true, false],
      [4, true, false],
    ]);
    expect(p.wouldPick).toBe(3);
    expect(p.moreData?.brokerId).toBe(4);
  });

  it('is null while the partition has a leader', () => {
    const sim = createSimulation(world());
    sim.seek(3000);
    expect(previewOffline(sim.snapshot(), 'payments-0')).toBeNull();
  });
});

describe('helpers', () => {
  const ev = (at: number, kind: TimelineEvent['kind'], broker: number): TimelineEvent => ({
    id: `${at}`,
    at,
    kind,
    broker,
    params: {},
  });

  it('liveAt follows registration and session expiry', () => {
    const events = [
      ev(10, 'broker.started', 1),
      ev(50, 'session.expired', 1),
      ev(90, 'broker.started', 1),
    ];
    expect(liveAt(events, 1, 5)).toBe(false);
    expect(liveAt(events, 1, 20)).toBe(true);
    expect(liveAt(events, 1, 60)).toBe(false);
    expect(liveAt(events, 1, 95)).toBe(true);
    expect(liveAt(events, 2, 95)).toBe(false);
  });

  it('offsetRanges joins runs', () => {
    expect(offsetRanges([9, 5, 6, 7, 12, 11])).toBe('5–7, 9, 11–12');
    expect(offsetRanges([])).toBe('');
  });

  it('rowsToShow starts a little before the divergence and is bounded', () => {
    const r = (leoBefore: number) => ({ leoBefore }) as Parameters<typeof rowsToShow>[0][number];
    expect(rowsToShow([r(5), r(14), r(23)], 5)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    ]);
    expect(rowsToShow([r(1)], 1)).toEqual([0]);
    expect(rowsToShow([r(500)], 10)).toHaveLength(40);
  });
});
