// The wire parser reads the model's own message summaries (engine/messages.ts summarize).
import { describe, expect, it } from 'vitest';
import type { MessageView, ProducerView } from '../../model/snapshotTypes';
import { batchRows, wireMessages } from './producerRows';

const msg = (id: number, kind: MessageView['kind'], from: string, to: string, summary: string) => ({
  id,
  kind,
  from,
  to,
  sentAt: id,
  arriveAt: id + 5,
  summary,
});

describe('wireMessages', () => {
  it('keeps this producer’s Produce requests and answers, oldest first, parsed', () => {
    const out = wireMessages(
      [
        msg(3, 'ProduceResponse', 'broker-2', 'producer-1', 'NOT_ENOUGH_REPLICAS'),
        msg(1, 'Produce', 'producer-1', 'broker-2', 'payments-1 3 record(s) acks=all'),
        msg(2, 'ProduceResponse', 'broker-1', 'producer-1', 'baseOffset 17'),
        msg(4, 'Produce', 'producer-2', 'broker-1', 'payments-0 1 record(s) acks=1'),
        msg(5, 'Fetch', 'broker-2', 'broker-1', 'payments-0@3'),
      ],
      'producer-1',
    );
    expect(out).toEqual([
      {
        id: 1,
        kind: 'produce',
        broker: 2,
        tp: 'payments-1',
        count: 3,
        summary: 'payments-1 3 record(s) acks=all',
        sentAt: 1,
      },
      {
        id: 2,
        kind: 'response',
        broker: 1,
        error: null,
        baseOffset: 17,
        summary: 'baseOffset 17',
        sentAt: 2,
      },
      {
        id: 3,
        kind: 'response',
        broker: 2,
        error: 'NOT_ENOUGH_REPLICAS',
        baseOffset: null,
        summary: 'NOT_ENOUGH_REPLICAS',
        sentAt: 3,
      },
    ]);
  });
});

describe('batchRows', () => {
  const producer = (batches: ProducerView['batches']): ProducerView => ({
    id: 'p',
    topic: 't',
    acks: 'all',
    recordsPerSec: 0,
    sent: 0,
    acknowledged: 0,
    failed: 0,
    inFlight: 0,
    lastError: null,
    batchSize: 200,
    lingerMs: 1000,
    accumulating: batches.reduce((n, b) => n + b.records, 0),
    batches,
  });
  const batch = (over: Partial<ProducerView['batches'][number]>) => ({
    partition: 0,
    records: 1,
    bytes: 88,
    full: false,
    retry: false,
    createdAt: 1000,
    readyAt: 2000,
    ...over,
  });

  it('says what each batch waits for, and how long', () => {
    const rows = batchRows(
      producer([
        batch({}),
        batch({ partition: 0, full: true, bytes: 400, readyAt: 1000 }),
        batch({ partition: 1, retry: true, createdAt: 1200, readyAt: 1300 }),
        batch({ partition: 2, readyAt: 1100 }),
        batch({ partition: -1 }),
      ]),
      1250,
    );
    expect(rows.map((r) => [r.key, r.wait, r.msLeft])).toEqual([
      ['0:0', 'linger', 750],
      ['0:1', 'full', 0],
      ['1:0', 'retry', 50],
      ['2:0', 'blocked', 0],
      ['-1:0', 'noMetadata', 750],
    ]);
    expect(rows[0]!.fill).toBeCloseTo(0.44);
    // A record bigger than batch.size fills its batch, no more.
    expect(rows[1]!.fill).toBe(1);
    expect(rows[0]!.waitMs).toBe(1000);
  });
});
