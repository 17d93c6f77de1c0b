// The wire parser reads the model's own message summaries (engine/messages.ts summarize).
import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../model/snapshotTypes';
import { wireMessages } from './producerRows';

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
