// The RecordAccumulator's rules: linger.ms, batch.size, one batch per Produce request, the sticky
// partitioner's switch at batch.size bytes (K@3.6.2 RecordAccumulator, Sender, BuiltInPartitioner).
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { ProducerConfigs } from '../scenarioTypes';
import type { MessageView } from '../snapshotTypes';
import type { Simulation } from '../simulationTypes';
import { baseScenario } from '../testScenarios';

/** A producer that sends only what the test produces by hand, to a one-partition topic `t`. */
function sim(configs: ProducerConfigs, partitions = 1): Simulation {
  return createSimulation(
    baseScenario({
      topics: [{ name: 't', partitions, replicationFactor: 3, configs: {} }],
      producers: [{ id: 'p', topic: 't', recordsPerSec: 0, keys: [], configs }],
      consumerGroups: [],
    }),
  );
}

const produce = (s: Simulation, value: string, key: string | null = 'k') =>
  s.act({ type: 'produce', topic: 't', key, value, producer: 'p' });

const produceRequests = (s: Simulation): MessageView[] =>
  s.snapshot().inFlight.filter((m) => m.kind === 'Produce');

/** Records per Produce request, from the summary `<topic>-<p> <n> record(s) ...`. */
const countOf = (m: MessageView) => Number(/ (\d+) record\(s\)/.exec(m.summary)?.[1]);

/** Every Produce request on the wire from now to `until` (1 ms steps; each is on the wire 5 ms). */
function producesUntil(s: Simulation, until: number): MessageView[] {
  const seen = new Map<number, MessageView>();
  for (;;) {
    for (const m of produceRequests(s)) if (!seen.has(m.id)) seen.set(m.id, m);
    if (s.now >= until) break;
    s.seek(s.now + 1);
  }
  return [...seen.values()];
}

describe('linger.ms', () => {
  it('holds a lone record for linger.ms, then sends it', () => {
    const s = sim({ 'linger.ms': 200, acks: '1' });
    s.seek(3000);
    produce(s, 'hello');
    s.seek(3199);
    expect(produceRequests(s)).toEqual([]);
    const view = s.snapshot().producers[0];
    expect(view?.accumulating).toBe(1);
    expect(view?.batches).toMatchObject([{ partition: 0, records: 1, readyAt: 3200 }]);
    expect(s.snapshot().producedRecords.at(-1)?.fate).toBe('pending');
    s.seek(3202);
    const [req] = produceRequests(s);
    expect(req?.sentAt).toBe(3200);
    expect(s.snapshot().producers[0]?.accumulating).toBe(0);
  });

  it('puts the records of one partition that came during linger.ms into one request', () => {
    const s = sim({ 'linger.ms': 100, acks: '1' });
    s.seek(3000);
    for (let i = 0; i < 5; i++) {
      s.seek(3000 + i * 10);
      produce(s, `v${i}`);
    }
    const reqs = producesUntil(s, 3200);
    expect(reqs.map((m) => [m.sentAt, countOf(m)])).toEqual([[3100, 5]]);
    s.seek(4000);
    // One RecordBatch in the leader's log: offsets 0..4 acknowledged by one response.
    const acked = s.snapshot().producedRecords.filter((r) => r.fate === 'acknowledged');
    expect(acked.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
  });

  it('with linger.ms=0 (the 3.x default) sends a record at once', () => {
    const s = sim({ acks: '1' });
    expect(s.snapshot().producers[0]).toMatchObject({ lingerMs: 0, batchSize: 16384 });
    s.seek(3000);
    produce(s, 'now');
    expect(produceRequests(s).map((m) => m.sentAt)).toEqual([3000]);
  });

  it('sends what is waiting when the producer closes (close() flushes)', () => {
    const s = sim({ 'linger.ms': 5000, acks: '1' });
    s.seek(3000);
    produce(s, 'a');
    produce(s, 'b');
    s.seek(3050);
    expect(produceRequests(s)).toEqual([]);
    s.act({ type: 'producer.close', producer: 'p' });
    const [req] = produceRequests(s);
    expect(req?.sentAt).toBe(3050);
    expect(countOf(req as MessageView)).toBe(2);
  });
});

describe('batch.size', () => {
  // A 20-byte value with key "k": a 28-byte record (DefaultRecord.sizeInBytes), so header 61 plus
  // 4 records is 173 bytes; a fifth (201) does not fit in 200.
  const value = 'x'.repeat(20);

  it('sends a batch that filled up at once, without waiting for linger.ms', () => {
    const s = sim({ 'linger.ms': 10_000, 'batch.size': 200, acks: '1' });
    s.seek(3000);
    for (let i = 0; i < 4; i++) produce(s, value);
    expect(produceRequests(s)).toEqual([]);
    expect(s.snapshot().producers[0]?.batches).toMatchObject([
      { records: 4, bytes: 173, full: false },
    ]);
    // The fifth record does not fit: the first batch is closed and goes now; the fifth lingers.
    produce(s, value);
    const reqs = produceRequests(s);
    expect(reqs.map((m) => [m.sentAt, countOf(m)])).toEqual([[3000, 4]]);
    expect(s.snapshot().producers[0]?.batches).toMatchObject([{ records: 1, readyAt: 13_000 }]);
  });

  it('a batch exactly batch.size bytes long is full and goes at once', () => {
    const s = sim({ 'linger.ms': 10_000, 'batch.size': 173, acks: '1' });
    s.seek(3000);
    for (let i = 0; i < 4; i++) produce(s, value);
    expect(produceRequests(s).map(countOf)).toEqual([4]);
  });

  it('a record bigger than batch.size still goes, alone in its batch', () => {
    const s = sim({ 'linger.ms': 10_000, 'batch.size': 50, acks: '1' });
    s.seek(3000);
    produce(s, 'y'.repeat(300));
    expect(produceRequests(s).map(countOf)).toEqual([1]);
    s.seek(3500);
    expect(s.snapshot().producedRecords.at(-1)?.fate).toBe('acknowledged');
  });

  it('splits a backlog into batch.size requests, at most 5 in flight to a broker', () => {
    const s = sim({ 'batch.size': 200, acks: '1' });
    s.seek(3000);
    // linger.ms=0: the first five go alone at once (max.in.flight.requests.per.connection = 5);
    // the other 35 wait for a free slot and then go as full batches of 4.
    for (let i = 0; i < 40; i++) produce(s, value);
    const reqs = producesUntil(s, 3200);
    expect(reqs.map(countOf)).toEqual([1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4, 4, 4, 3]);
    s.seek(10_000);
    const acked = s.snapshot().producedRecords.filter((r) => r.fate === 'acknowledged');
    expect(acked).toHaveLength(40);
    // The idempotent producer keeps the order: offsets follow the send order.
    expect(acked.map((r) => r.offset)).toEqual(acked.map((_, i) => i));
  });
});

describe('the sticky partitioner follows batch.size (KIP-794)', () => {
  /** Partition of each record, in send order. */
  function partitionsOf(s: Simulation): number[] {
    return s.snapshot().producedRecords.map((r) => r.partition);
  }

  // A 20-byte value with a null key: a 27-byte record; with linger.ms=0 each record is its own
  // batch of 61 + 27 = 88 bytes, so 12 records reach 1000 bytes (1056).
  it('switches after batch.size bytes of batches, counting each batch header', () => {
    const s = sim({ 'batch.size': 1000, acks: '1' }, 6);
    s.seek(3000);
    for (let i = 0; i < 120; i++) {
      s.seek(3000 + i * 20);
      produce(s, 'z'.repeat(20), null);
    }
    const parts = partitionsOf(s);
    expect(parts).toHaveLength(120);
    // Partition changes only between record 12k and 12k+1 (0-based index 12k).
    const changes = parts.flatMap((p, i) => (i > 0 && p !== parts[i - 1] ? [i] : []));
    expect(changes.length).toBeGreaterThan(2);
    for (const i of changes) expect(i % 12).toBe(0);
  });

  it('keeps one partition far longer with the default batch.size', () => {
    const s = sim({ acks: '1' }, 6);
    s.seek(3000);
    for (let i = 0; i < 120; i++) {
      s.seek(3000 + i * 20);
      produce(s, 'z'.repeat(20), null);
    }
    expect(new Set(partitionsOf(s)).size).toBe(1);
  });

  it('holds the switch while the batch is incomplete, and forces it at 2 × batch.size', () => {
    // All at one instant with a long linger: batches of 16 records (61 + 16 × 27 = 493 ≤ 500);
    // bytes counted: 493, then 88 + 27 per record; 2 × 500 is passed at the 33rd record.
    const s = sim({ 'batch.size': 500, 'linger.ms': 60_000, acks: '1' }, 6);
    s.seek(3000);
    for (let i = 0; i < 34; i++) produce(s, 'z'.repeat(20), null);
    const parts = partitionsOf(s);
    expect(new Set(parts.slice(0, 33)).size).toBe(1);
    const batches = s.snapshot().producers[0]?.batches ?? [];
    // Two closed (full) batches went at once; the third and the 34th record's batch wait.
    expect(produceRequests(s).map(countOf)).toEqual([16, 16]);
    expect(batches.reduce((n, b) => n + b.records, 0)).toBe(2);
  });
});

describe('producer.update of linger.ms and batch.size', () => {
  it('a longer linger.ms holds the next records; shortening it sends a waiting batch at once', () => {
    const s = sim({ acks: '1' });
    s.seek(3000);
    s.act({ type: 'producer.update', producer: 'p', lingerMs: 1000 });
    produce(s, 'a');
    s.seek(3500);
    expect(produceRequests(s)).toEqual([]);
    expect(s.snapshot().producers[0]).toMatchObject({ lingerMs: 1000, accumulating: 1 });
    // The batch has waited 500 ms: with linger.ms 100 it is overdue and goes now.
    s.act({ type: 'producer.update', producer: 'p', lingerMs: 100 });
    s.seek(3501);
    expect(produceRequests(s).map((m) => m.sentAt)).toEqual([3500]);
  });

  it('a smaller batch.size sends a batch as soon as it is full', () => {
    const s = sim({ acks: '1', 'linger.ms': 5000 });
    s.seek(3000);
    s.act({ type: 'producer.update', producer: 'p', batchSize: 1 });
    produce(s, 'a');
    s.seek(3001);
    expect(produceRequests(s).map((m) => m.sentAt)).toEqual([3000]);
    expect(s.snapshot().producers[0]?.batchSize).toBe(1);
  });
});
