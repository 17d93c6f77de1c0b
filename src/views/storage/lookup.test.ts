import { describe, expect, it } from 'vitest';
import {
  floorSegment,
  largestLowerBound,
  offsetIndexLookup,
  scanForOffset,
  scanForTimestamp,
  segmentForTimestamp,
  timeIndexLookup,
  type BatchHead,
} from './lookup';
import { planOffsetLookup, planTimestampLookup, type LookupSegment } from './lookupPlan';

const batch = (position: number, baseOffset: number, n: number, ts0: number): BatchHead => ({
  position,
  sizeInBytes: 100,
  baseOffset,
  lastOffset: baseOffset + n - 1,
  maxTimestamp: ts0 + n - 1,
  records: Array.from({ length: n }, (_, i) => ({ offset: baseOffset + i, timestamp: ts0 + i })),
});

describe('largestLowerBound (AbstractIndex.largestLowerBoundSlotFor)', () => {
  it('is -1 for an empty index or a target below the first key', () => {
    expect(largestLowerBound([], 5).slot).toBe(-1);
    expect(largestLowerBound([10, 20], 5).slot).toBe(-1);
  });
  it('finds the largest key ≤ target, exact or between', () => {
    const keys = [10, 20, 30, 40, 50];
    expect(largestLowerBound(keys, 30).slot).toBe(2);
    expect(largestLowerBound(keys, 35).slot).toBe(2);
    expect(largestLowerBound(keys, 10).slot).toBe(0);
    expect(largestLowerBound(keys, 99).slot).toBe(4);
  });
  it('records each probe with mid rounded up', () => {
    const { probes } = largestLowerBound([10, 20, 30, 40, 50], 35);
    expect(probes.map((p) => p.mid)).toEqual([2, 3]);
    expect(probes.map((p) => p.below)).toEqual([true, false]);
  });
});

describe('offsetIndexLookup (OffsetIndex.lookup)', () => {
  const entries = [
    { relativeOffset: 40, position: 4160 },
    { relativeOffset: 81, position: 8320 },
  ];
  it('empty index → (baseOffset, position 0)', () => {
    expect(offsetIndexLookup([], 1000, 1005)).toMatchObject({ offset: 1000, position: 0 });
  });
  it('target below the first entry → position 0', () => {
    expect(offsetIndexLookup(entries, 1000, 1039)).toMatchObject({ offset: 1000, position: 0 });
  });
  it('largest entry ≤ target', () => {
    expect(offsetIndexLookup(entries, 1000, 1050)).toMatchObject({ offset: 1040, position: 4160 });
    expect(offsetIndexLookup(entries, 1000, 1081)).toMatchObject({ offset: 1081, position: 8320 });
  });
});

describe('timeIndexLookup (TimeIndex.lookup)', () => {
  it('largest timestamp ≤ target; none → baseOffset', () => {
    const entries = [
      { timestamp: 1000, relativeOffset: 3 },
      { timestamp: 2000, relativeOffset: 7 },
    ];
    expect(timeIndexLookup(entries, 50, 1500)).toMatchObject({ offset: 53, timestamp: 1000 });
    expect(timeIndexLookup(entries, 50, 999)).toMatchObject({ offset: 50, timestamp: -1 });
  });
});

describe('segments and scans', () => {
  it('floorSegment picks the largest base offset ≤ X', () => {
    expect(floorSegment([0, 3, 6], 5)).toBe(1);
    expect(floorSegment([0, 3, 6], 6)).toBe(2);
    expect(floorSegment([3, 6], 1)).toBe(-1);
  });
  it('segmentForTimestamp picks the first segment with largestTimestamp ≥ T', () => {
    expect(segmentForTimestamp([100, 200, null], 150)).toBe(1);
    expect(segmentForTimestamp([100, 200, null], 250)).toBe(-1);
  });
  it('scanForOffset stops at the first batch with lastOffset ≥ X, from the position', () => {
    const bs = [batch(0, 0, 2, 0), batch(100, 2, 2, 2), batch(200, 4, 2, 4)];
    const r = scanForOffset(bs, 100, 5);
    expect(r.read.map((b) => b.baseOffset)).toEqual([2, 4]);
    expect(r.found?.baseOffset).toBe(4);
    expect(scanForOffset(bs, 0, 9).found).toBeNull();
  });
  it('scanForTimestamp finds the first record with timestamp ≥ T', () => {
    const bs = [batch(0, 0, 2, 100), batch(100, 2, 2, 200)];
    expect(scanForTimestamp(bs, 0, 150, 0)).toMatchObject({ offset: 2, timestamp: 200 });
    expect(scanForTimestamp(bs, 0, 101, 0)).toMatchObject({ offset: 1, timestamp: 101 });
  });
});

describe('plans', () => {
  const segs: LookupSegment[] = [
    { baseOffset: 0, fileStem: '0'.repeat(20), largestTimestamp: 101 },
    { baseOffset: 2, fileStem: '2'.padStart(20, '0'), largestTimestamp: 203 },
  ];
  const src = {
    offsetIndex: (s: LookupSegment) =>
      s.baseOffset === 2 ? [{ relativeOffset: 2, position: 100 }] : [],
    timeIndex: (s: LookupSegment) =>
      s.baseOffset === 2 ? [{ timestamp: 202, relativeOffset: 2 }] : [],
    batches: (s: LookupSegment) =>
      s.baseOffset === 2 ? [batch(0, 2, 2, 200), batch(100, 4, 2, 202)] : [batch(0, 0, 2, 100)],
  };
  it('offset: segment, index entry, batches, found', () => {
    const steps = planOffsetLookup(segs, src, 5, 0, 6);
    expect(steps.map((s) => s.kind)).toEqual(['segment', 'indexEntry', 'batch', 'found']);
    expect(steps[3]).toMatchObject({ offset: 5, batch: { baseOffset: 4 } });
  });
  it('offset out of range', () => {
    expect(planOffsetLookup(segs, src, 6, 0, 6)[0]?.kind).toBe('outOfRange');
  });
  it('timestamp: segment by largest timestamp, time index, offset index, scan', () => {
    const steps = planTimestampLookup(segs, src, 203, 0);
    expect(steps.map((s) => s.kind)).toEqual([
      'segment',
      'timeEntry',
      'indexEntry',
      'batch',
      'found',
    ]);
    expect(steps[4]).toMatchObject({ offset: 5 });
  });
});
