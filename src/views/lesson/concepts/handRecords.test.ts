import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model/scenarioTypes';
import type { ProducedRecordView } from '../../../model/snapshotTypes';
import { handRecords } from './handRecords';

const record = (over: Partial<ProducedRecordView>): ProducedRecordView => ({
  recordId: 'producer-1#1',
  producerId: 'producer-1',
  topic: 'orders',
  partition: 1,
  key: 'user-42',
  value: 'a',
  sentAt: 1000,
  fate: 'acknowledged',
  offset: 0,
  error: null,
  ...over,
});

const scenario = (actions: Scenario['actions']): Scenario => ({
  version: 1,
  seed: 1,
  brokers: 1,
  brokerConfigs: {},
  networkLatencyMs: 5,
  topics: [],
  producers: [],
  consumerGroups: [],
  actions,
});

describe('handRecords', () => {
  it('keeps only records sent by a produce action, newest first', () => {
    const produced = [
      record({ recordId: 'producer-1#1', sentAt: 500, value: 'automatic' }),
      record({ recordId: 'producer-1#2', sentAt: 1000, value: 'a' }),
      record({ recordId: 'producer-1#3', sentAt: 2000, key: null, value: 'b', offset: 3 }),
    ];
    const s = scenario([
      { at: 1000, type: 'produce', topic: 'orders', key: 'user-42', value: 'a' },
      { at: 1500, type: 'broker.crash', broker: 1 },
      { at: 2000, type: 'produce', topic: 'orders', key: null, value: 'b' },
    ]);
    expect(handRecords(s, produced, 'producer-1').map((r) => r.recordId)).toEqual([
      'producer-1#3',
      'producer-1#2',
    ]);
  });

  it('matches the producer the action names, and stops at the limit', () => {
    const produced = [
      record({ producerId: 'producer-2' }),
      record({ recordId: 'x', sentAt: 2000 }),
    ];
    const s = scenario([
      { at: 1000, type: 'produce', topic: 'orders', key: 'user-42', value: 'a' },
      { at: 2000, type: 'produce', topic: 'orders', key: 'user-42', value: 'a' },
    ]);
    expect(handRecords(s, produced, 'producer-1')).toEqual([produced[1]]);
    expect(handRecords(s, produced, 'producer-1', 0)).toEqual([]);
    expect(handRecords(null, produced, 'producer-1')).toEqual([]);
  });
});
