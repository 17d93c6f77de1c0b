import { describe, expect, it } from 'vitest';
import { emptyChunked, push, truncate as chunkedTruncate } from '../engine/chunked';
import type { Chunked } from '../engine/chunked';
import type { World } from '../engine/types';
import type { TopicConfigs } from '../scenarioTypes';
import { appendBatches, cloneStorage, storageOf, truncateStorage } from './segments';
import type { BatchRecord, LogStorage } from './types';

const TOPIC = 'orders';

/** Just the world fields the storage functions read. */
function fakeWorld(configs: TopicConfigs = {}): World {
  return {
    now: 0,
    gen: 1,
    storage: {},
    topics: { [TOPIC]: { name: TOPIC, topicId: 'x', partitions: 1, configs } },
  } as unknown as World;
}

/**
 * The records of `count` batches of `records` records each, `size` bytes a batch, from offset
 * `from`; a batch's max timestamp is `ts` + its base offset.
 */
function batches(from: number, count: number, size: number, records = 1, ts = 0): BatchRecord[] {
  const out: BatchRecord[] = [];
  for (let i = 0; i < count; i++) {
    const base = from + i * records;
    for (let k = 0; k < records; k++)
      out.push({
        offset: base + k,
        batchBytes: k === 0 ? size : 0,
        batchLastOffset: k === 0 ? base + records - 1 : -1,
        batchMaxTimestamp: k === 0 ? ts + base : -1,
      });
  }
  return out;
}

/** A replica's log in miniature: its records and its segments. */
interface Harness {
  w: World;
  st: LogStorage;
  log: Chunked<BatchRecord>;
}

function harness(configs: TopicConfigs = {}): Harness {
  const w = fakeWorld(configs);
  return { w, st: storageOf(w, 'k'), log: emptyChunked<BatchRecord>() };
}

/** Append each batch on its own, as a leader does (one produce request, one batch). */
function appendEach(h: Harness, recs: BatchRecord[]): void {
  let i = 0;
  while (i < recs.length) {
    let j = i + 1;
    while (j < recs.length && (recs[j] as BatchRecord).batchBytes === 0) j++;
    appendAll(h, recs, i, j);
    i = j;
  }
}

/** Append records [from, to) as one append (a follower's fetch response). */
function appendAll(h: Harness, recs: BatchRecord[], from = 0, to = recs.length): void {
  for (let k = from; k < to; k++) push(h.log, recs[k] as BatchRecord, h.w.gen);
  appendBatches(h.w, h.st, TOPIC, recs, from, to);
}

/** Truncate the segments and the records, as replication/log.ts truncateTo does. */
function truncate(h: Harness, offset: number): number {
  const cut = truncateStorage(h.w, h.st, h.log, offset);
  chunkedTruncate(h.log, cut, h.w.gen);
  return cut;
}

const bases = (st: LogStorage): number[] => st.segments.map((s) => s.baseOffset);

describe('segment roll (LogSegment.shouldRoll, UnifiedLog.maybeRoll)', () => {
  it('rolls before the batch that would push the segment past segment.bytes', () => {
    // 70-byte batches, segment.bytes 210: three fit exactly (140 > 210 − 70 is false).
    const w = harness({ 'segment.bytes': 210 });
    const st = w.st;
    appendEach(w, batches(0, 7, 70));
    expect(bases(st)).toEqual([0, 3, 6]);
    expect(st.segments.map((s) => s.size)).toEqual([210, 210, 70]);
    // One byte less and the third batch goes to a new segment.
    const w2 = harness({ 'segment.bytes': 209 });
    const st2 = w2.st;
    appendEach(w2, batches(0, 5, 70));
    expect(bases(st2)).toEqual([0, 2, 4]);
  });

  it('a batch bigger than segment.bytes goes into an empty segment whole; the next one rolls', () => {
    const w = harness({ 'segment.bytes': 100 });
    const st = w.st;
    appendEach(w, batches(0, 3, 150));
    expect(bases(st)).toEqual([0, 1, 2]);
    expect(st.segments.map((s) => s.size)).toEqual([150, 150, 150]);
  });

  it('segment.ms: rolls when the batch is more than segment.ms after the first append', () => {
    const w = harness({ 'segment.ms': 150 });
    const st = w.st;
    const list = [0, 100, 150, 151, 200].map((t, i) => ({
      offset: i,
      batchBytes: 70,
      batchLastOffset: i,
      batchMaxTimestamp: t,
    }));
    appendEach(w, list);
    // 150 − 0 is not > 150; 151 − 0 is: offset 3 starts a segment, measured from 151 on.
    expect(bases(st)).toEqual([0, 3]);
    expect(st.segments[1]?.rollingBasedTimestamp).toBe(151);
  });

  it('with the default segment.bytes (1 GiB) nothing rolls', () => {
    const w = harness();
    const st = w.st;
    appendEach(w, batches(0, 1000, 1000));
    expect(bases(st)).toEqual([0]);
    expect(st.segments[0]?.size).toBe(1_000_000);
  });
});

describe('sparse indexes (LogSegment.append)', () => {
  it('an offset-index entry once more than 4096 bytes went in since the last one', () => {
    const w = harness();
    const st = w.st;
    // 1024-byte batches: after 4 appends exactly 4096 bytes (not > 4096), so the 6th append
    // (5120 bytes since) gets the first entry: its last offset, at its start position.
    appendEach(w, batches(0, 5, 1024));
    expect(st.segments[0]?.offsetIndexLen).toBe(0);
    appendEach(w, batches(5, 1, 1024));
    const s = st.segments[0];
    expect(s?.offsetIndexLen).toBe(1);
    expect(s?.offsetIndex.slice(0, 2)).toEqual([5, 5120]);
    // The time index gets the max timestamp so far at the same point (relative offset 5).
    expect(s?.timeIndex.slice(0, 2)).toEqual([5, 5]);
    // The counter restarts with the entry's own append (1024), so 5 appends later, at offset 10
    // (5120 bytes since): the next entry.
    appendEach(w, batches(6, 4, 1024));
    expect(st.segments[0]?.offsetIndexLen).toBe(1);
    appendEach(w, batches(10, 2, 1024));
    expect(st.segments[0]?.offsetIndex.slice(0, 4)).toEqual([5, 5120, 10, 10240]);
  });

  it('a topic override of index.interval.bytes sets the spacing (LogConfig IndexIntervalBytesProp)', () => {
    const w = harness({ 'index.interval.bytes': 100 });
    // 70-byte batches: 70 bytes since the last entry is not > 100, 140 is.
    appendEach(w, batches(0, 2, 70));
    expect(w.st.segments[0]?.offsetIndexLen).toBe(0);
    appendEach(w, batches(2, 1, 70));
    expect(w.st.segments[0]?.offsetIndex.slice(0, 2)).toEqual([2, 140]);
  });

  it('a follower appends a whole fetch as one append: one entry, the last offset at the start', () => {
    const w = harness();
    const st = w.st;
    const list = batches(0, 12, 1024, 2);
    appendAll(w, list, 0, 10); // 5 batches, 5120 bytes: no entry (the first append never gets one)
    appendAll(w, list, 10, 24); // one entry: offset 23 (last of batch 11) at 5120
    const s = st.segments[0];
    expect(s?.offsetIndexLen).toBe(1);
    expect(s?.offsetIndex.slice(0, 2)).toEqual([23, 5120]);
    expect(s?.batchCount).toBe(12);
    expect(s?.nextOffset).toBe(24);
  });

  it('a rolled segment gets a last time-index entry (onBecomeInactiveSegment)', () => {
    const w = harness({ 'segment.bytes': 300 });
    const st = w.st;
    appendEach(w, batches(0, 4, 100, 1, 1000));
    const first = st.segments[0];
    expect(bases(st)).toEqual([0, 3]);
    expect(first?.timeIndexLen).toBe(1);
    expect(first?.timeIndex.slice(0, 2)).toEqual([1002, 2]);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('truncation (LocalLog.truncateTo, LogSegment.truncateTo)', () => {
  it('deletes segments past the offset, shrinks the one holding it, drops its index entries', () => {
    const w = harness({ 'segment.bytes': 6000 });
    const st = w.st;
    // 1024-byte batches: 5 per segment; entries as in the index test.
    appendEach(w, batches(0, 12, 1024));
    expect(bases(st)).toEqual([0, 5, 10]);
    w.w.now = 77;
    expect(truncate(w, 7)).toBe(7);
    expect(bases(st)).toEqual([0, 5]);
    const last = st.segments[1];
    expect(last?.size).toBe(2048);
    expect(last?.batchCount).toBe(2);
    expect(last?.nextOffset).toBe(7);
    expect(Object.isFrozen(last)).toBe(false);
    expect(w.log.length).toBe(7);
    // The log can grow again from there.
    appendEach(w, batches(7, 1, 1024));
    expect(st.segments[1]?.nextOffset).toBe(8);
  });

  it('keeps a segment whose base offset is the offset, emptied (baseOffset > offset go)', () => {
    const w = harness({ 'segment.bytes': 200 });
    const st = w.st;
    appendEach(w, batches(0, 6, 100));
    expect(bases(st)).toEqual([0, 2, 4]);
    w.w.now = 500;
    truncate(w, 2);
    expect(bases(st)).toEqual([0, 2]);
    expect(st.segments[1]?.size).toBe(0);
    expect(st.segments[1]?.createdAt).toBe(500);
    expect(st.segments[1]?.rollingBasedTimestamp).toBe(-1);
  });

  it('removes the index entries at or past the offset', () => {
    const w = harness();
    const st = w.st;
    appendEach(w, batches(0, 12, 1024));
    expect(st.segments[0]?.offsetIndexLen).toBe(2); // offsets 5 and 10
    truncate(w, 10);
    expect(st.segments[0]?.offsetIndexLen).toBe(1);
    expect(st.segments[0]?.timeIndexLen).toBe(1);
    expect(st.segments[0]?.size).toBe(10 * 1024);
    // The max timestamp comes back from the remaining batches (readMaxTimestampAndOffsetSoFar).
    expect(st.segments[0]?.maxTimestampSoFar).toBe(9);
    expect(st.segments[0]?.offsetOfMaxTimestampSoFar).toBe(9);
  });

  it('cuts at the start of the batch holding the offset', () => {
    const w = harness();
    const st = w.st;
    appendEach(w, batches(0, 3, 100, 4)); // offsets 0-3, 4-7, 8-11
    expect(truncate(w, 6)).toBe(4);
    expect(st.segments[0]?.nextOffset).toBe(4);
    expect(st.segments[0]?.size).toBe(100);
    expect(st.segments[0]?.batchCount).toBe(1);
  });

  it('a checkpoint copy does not see appends or truncations made after it', () => {
    const w = harness();
    const st = w.st;
    appendEach(w, batches(0, 12, 1024));
    const copy = cloneStorage(st);
    w.w.gen = 2;
    appendEach(w, batches(12, 6, 1024));
    truncate(w, 3);
    expect(copy.segments[0]?.offsetIndexLen).toBe(2);
    expect(copy.segments[0]?.offsetIndex.slice(0, 4)).toEqual([5, 5120, 10, 10240]);
    expect(copy.segments[0]?.size).toBe(12 * 1024);
    expect(copy.segments[0]?.batchCount).toBe(12);
  });
});
