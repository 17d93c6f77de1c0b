import { describe, expect, it } from 'vitest';
import type { Rec } from '../../engine/types';
import { createSimulation } from '../../index';
import type { Scenario } from '../../scenarioTypes';
import type { Simulation } from '../../simulationTypes';
import type { ReplicaView, SegmentView } from '../../snapshotTypes';
import { baseScenario } from '../../testScenarios';
import { uncleanTruncationRun } from '../testing/uncleanTruncation';
import { readBatches, readOffsetIndex, readTimeIndex } from './testing/encodedReader';

const WHOLE_LOG = 1_000_000;

/** What a batch's producer fields should be: scenarioProducerOf's rule, restated. */
type Expect = (first: Rec) => [number, number, number];

/** Batches seen with producer fields, and without (reset by each test that reads them). */
const counts = { idempotent: 0, plain: 0 };

/** Check every file of every segment of every replica against the model's views and records. */
function checkAll(sim: Simulation, expectProducer: Expect): { batches: number; segments: number } {
  let batches = 0;
  let segments = 0;
  for (const t of sim.snapshot().topics)
    for (const p of t.partitions)
      for (const r of p.replicaViews) {
        const tp = `${t.name}-${p.partition}`;
        for (const s of r.segments) {
          batches += checkSegment(sim, tp, r, s, expectProducer);
          segments++;
        }
      }
  return { batches, segments };
}

function checkSegment(
  sim: Simulation,
  tp: string,
  r: ReplicaView,
  s: SegmentView,
  expectProducer: Expect,
): number {
  const where = `${tp}@${r.brokerId} ${s.fileStem}`;
  const log = sim.segmentFile(tp, r.brokerId, s.baseOffset, 'log');
  if (log === null) throw new Error(`${where}: no .log`);
  expect(log.length, where).toBe(s.sizeInBytes);
  const batches = readBatches(log);
  expect(batches.length, where).toBe(s.batchCount);
  // The records the model holds for the segment (the snapshot's records are the log's own).
  const from = r.records[0]?.offset ?? 0;
  const recs = r.records.slice(s.baseOffset - from, s.nextOffset - from) as Rec[];
  expect(recs.length, where).toBe(s.recordCount);
  const byOffset = new Map(recs.map((x) => [x.offset, x]));
  const got: unknown[] = [];
  const want: unknown[] = [];
  let next = s.baseOffset;
  for (const b of batches) {
    const first = byOffset.get(b.baseOffset);
    if (!first) throw new Error(`${where}: batch at ${b.baseOffset} has no record`);
    const at = `${where} batch ${b.baseOffset}`;
    expect(b.baseOffset, at).toBe(next);
    // The encoded batch is exactly the size the model gave it.
    expect(b.size, at).toBe(first.batchBytes);
    expect(b.crc, at).toBe(b.computedCrc);
    expect(b.magic, at).toBe(2);
    expect(b.attributes, at).toBe(0);
    expect(b.baseOffset + b.lastOffsetDelta, at).toBe(first.batchLastOffset);
    // Whole ms (the model's clock may be fractional: encode.ts wholeTimestampDelta).
    expect(b.maxTimestamp, at).toBe(Math.floor(first.batchMaxTimestamp));
    expect(b.baseTimestamp, at).toBe(Math.floor(first.timestamp));
    expect(b.partitionLeaderEpoch, at).toBe(first.leaderEpoch);
    expect([b.producerId, b.producerEpoch, b.baseSequence], at).toEqual(expectProducer(first));
    if (b.producerId >= 0) counts.idempotent++;
    else counts.plain++;
    for (const x of b.records) {
      const m = byOffset.get(x.offset);
      const d = (m?.timestamp ?? NaN) - first.timestamp;
      const whole = d >= 0 ? Math.floor(d) : Math.ceil(d - 0.5);
      got.push([x.offset, x.timestamp, x.key, x.value]);
      want.push([m?.offset, b.baseTimestamp + whole, m?.key, m?.value]);
      // Whole timestamps are written as they are; fractional ones within 1 ms below.
      if (m && Number.isInteger(m.timestamp) && Number.isInteger(first.timestamp))
        expect(x.timestamp).toBe(m.timestamp);
      if (m && Math.abs(x.timestamp - m.timestamp) >= 2) expect(x.timestamp).toBe(m.timestamp);
    }
    next = b.baseOffset + b.records.length;
  }
  expect(next, where).toBe(s.nextOffset);
  expect(got, where).toEqual(want);
  // Index files: the entries only (8 and 12 bytes each), the model's own.
  const index = sim.segmentFile(tp, r.brokerId, s.baseOffset, 'index');
  const timeindex = sim.segmentFile(tp, r.brokerId, s.baseOffset, 'timeindex');
  if (index === null || timeindex === null) throw new Error(`${where}: no index`);
  expect(index.length, where).toBe(8 * s.offsetIndexCount);
  expect(timeindex.length, where).toBe(12 * s.timeIndexCount);
  const entries = readOffsetIndex(index);
  expect(
    entries.slice(-64).map(([relativeOffset, position]) => ({ relativeOffset, position })),
  ).toEqual(s.offsetIndexEntries);
  expect(
    readTimeIndex(timeindex)
      .slice(-64)
      .map(([timestamp, relativeOffset]) => ({ timestamp, relativeOffset })),
  ).toEqual(
    s.timeIndexEntries.map((e) => ({
      timestamp: Math.floor(e.timestamp),
      relativeOffset: e.relativeOffset,
    })),
  );
  // Each entry points at the start of a batch (an append) in the .log, at or before its offset.
  const starts = new Map(batches.map((b) => [b.position, b]));
  for (const [rel, pos] of entries) {
    const b = starts.get(pos);
    expect(b, `${where} index entry → ${pos}`).toBeDefined();
    expect(s.baseOffset + rel).toBeGreaterThanOrEqual(b?.baseOffset ?? Infinity);
  }
  return batches.length;
}

/** Every replica's .log files in order, concatenated. */
function wholeLog(sim: Simulation, tp: string, r: ReplicaView): number[] {
  const out: number[] = [];
  for (const s of r.segments)
    out.push(...(sim.segmentFile(tp, r.brokerId, s.baseOffset, 'log') ?? []));
  return out;
}

function busyScenario(segmentBytes: number | null): Scenario {
  return baseScenario({
    topics: [
      {
        name: 'orders',
        partitions: 2,
        replicationFactor: 3,
        configs: segmentBytes === null ? {} : { 'segment.bytes': segmentBytes },
      },
    ],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 120,
        keys: ['alpha', 'beta', 'gamma', '키', 'δέλτα'],
        configs: {},
      },
      { id: 'producer-2', topic: 'orders', recordsPerSec: 50, keys: [], configs: { acks: '1' } },
    ],
    consumerGroups: [],
    actions: [
      {
        at: 4_000,
        type: 'producer.create',
        producer: {
          id: 'producer-3',
          topic: 'orders',
          recordsPerSec: 30,
          keys: ['x'],
          configs: { acks: 'all' },
        },
      },
      { at: 6_000, type: 'produce', topic: 'orders', key: null, value: 'hand 😀 made' },
      { at: 9_000, type: 'broker.crash', broker: 2 },
      { at: 14_000, type: 'broker.restart', broker: 2 },
      { at: 20_000, type: 'producer.update', producer: 'producer-1', acks: '1' },
    ],
  });
}

/** producer-1 is idempotent (id 0) until its acks=1 at 20 s; producer-2 never; producer-3 is id 2. */
const busyProducers: Expect = (first) => {
  const idempotent =
    (first.producerId.startsWith('producer-1') && first.timestamp < 20_000) ||
    first.producerId.startsWith('producer-3');
  if (!idempotent) return [-1, -1, -1];
  const [id, gen] = first.producerId.split('~');
  return [id === 'producer-1' ? 0 : 2, Number(gen ?? 0), first.seq];
};

describe("segment files of real runs: bytes equal the model's sizes and records", () => {
  it('a busy run with rolls (segment.bytes 16384): every batch of every segment', () => {
    const sim = createSimulation(busyScenario(16384), { recordWindow: WHOLE_LOG });
    sim.seek(30_000);
    counts.idempotent = counts.plain = 0;
    const { batches, segments } = checkAll(sim, busyProducers);
    expect(counts.idempotent).toBeGreaterThan(500);
    expect(counts.plain).toBeGreaterThan(500);
    expect(segments).toBeGreaterThan(20);
    expect(batches).toBeGreaterThan(2000);
    // Index entries exist (a segment takes more than 4096 bytes before its first one).
    const snap = sim.snapshot();
    const all = snap.topics.flatMap((t) =>
      t.partitions.flatMap((p) => p.replicaViews.flatMap((r) => r.segments)),
    );
    expect(all.some((s) => s.offsetIndexCount > 0)).toBe(true);
    expect(all.some((s) => !s.active && s.timeIndexCount > 0)).toBe(true);
    // Replicas with the same log hold the same bytes, whatever their segment boundaries.
    for (const p of snap.topics[0]?.partitions ?? []) {
      const tp = `orders-${p.partition}`;
      const [a, ...rest] = p.replicaViews;
      if (!a) continue;
      for (const r of rest)
        if (r.logEndOffset === a.logEndOffset && r.logStartOffset === a.logStartOffset)
          expect(wholeLog(sim, tp, r)).toEqual(wholeLog(sim, tp, a));
    }
  });

  it('the default segment.bytes: one active segment with index entries', () => {
    const sim = createSimulation(busyScenario(null), { recordWindow: WHOLE_LOG });
    sim.seek(25_000);
    const { segments } = checkAll(sim, busyProducers);
    expect(segments).toBe(6);
  });

  it('after an unclean election and a truncation (acks=1)', () => {
    const { sim, oldLeader: old } = uncleanTruncationRun(WHOLE_LOG);
    sim.seek(70_000);
    expect(sim.events().some((e) => e.kind === 'log.truncated')).toBe(true);
    checkAll(sim, () => [-1, -1, -1]);
    // Seeking back and forth gives the same bytes.
    const before = sim.segmentFile('orders-0', old, 0, 'log');
    sim.seek(12_345);
    sim.seek(70_000);
    expect(sim.segmentFile('orders-0', old, 0, 'log')).toEqual(before);
  });

  it('null without such a replica or segment; an empty active segment is empty files', () => {
    const sim = createSimulation(busyScenario(16384), { recordWindow: WHOLE_LOG });
    sim.seek(0);
    expect(sim.segmentFile('nope-0', 1, 0, 'log')).toBeNull();
    expect(sim.segmentFile('orders-0', 9, 0, 'log')).toBeNull();
    sim.seek(3_000);
    const r = sim.snapshot().topics[0]?.partitions[0]?.replicaViews[0];
    if (!r) throw new Error('no replica');
    expect(sim.segmentFile('orders-0', r.brokerId, 1, 'index')).toBeNull();
    expect(sim.segmentFile('orders-0', r.brokerId, 0, 'log')?.length).toBe(
      r.segments[0]?.sizeInBytes,
    );
  });
});
