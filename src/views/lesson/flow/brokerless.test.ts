// The brokerless lane drops what is sent while the subscriber is offline; Kafka keeps it until read.
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioAction } from '../../../model/scenarioTypes';
import type { ConsumerGroupView, ProducedRecordView } from '../../../model/snapshotTypes';
import { compareLanes, isOnlineAt, offlineIntervals, onlineIntervals } from './brokerless';
import { groupProtocolDefaults } from '../../fixtures/groupFixtures';

function scenario(actions: ScenarioAction[], members = 1): Scenario {
  return {
    version: 1,
    seed: 1,
    brokers: 1,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 1, configs: {} }],
    producers: [],
    consumerGroups: [{ groupId: 'app', topics: ['orders'], members, configs: {} }],
    actions,
  };
}

function record(n: number, sentAt: number, offset: number | null = n): ProducedRecordView {
  return {
    recordId: `p#${n}`,
    producerId: 'p',
    topic: 'orders',
    partition: 0,
    key: null,
    value: `v${n}`,
    sentAt,
    fate: offset === null ? 'pending' : 'acknowledged',
    offset,
    error: null,
  };
}

function group(position: number): ConsumerGroupView {
  return {
    groupId: 'app',
    state: 'Stable',
    generationId: 1,
    protocol: 'range',
    ...groupProtocolDefaults,
    members: [],
    offsets: [{ topic: 'orders', partition: 0, position, committed: position, highWatermark: 6 }],
    consumed: position,
  };
}

describe('onlineIntervals', () => {
  it('opens at 0 for a running scenario group and closes at each stop', () => {
    const s = scenario([
      { at: 1000, type: 'group.scale', groupId: 'app', members: 0 },
      { at: 3000, type: 'group.scale', groupId: 'app', members: 2 },
      { at: 4000, type: 'group.scale', groupId: 'app', members: 1 },
    ]);
    expect(onlineIntervals(s, 'app', 5000)).toEqual([
      { from: 0, to: 1000 },
      { from: 3000, to: null },
    ]);
  });

  it('ignores actions after now (scrubbed back, they have not happened yet)', () => {
    const s = scenario([{ at: 1000, type: 'group.scale', groupId: 'app', members: 0 }]);
    expect(onlineIntervals(s, 'app', 900)).toEqual([{ from: 0, to: null }]);
  });

  it('starts a created group at its group.create and a group of 0 members as offline', () => {
    const created = scenario([
      {
        at: 2000,
        type: 'group.create',
        group: { groupId: 'late', topics: ['orders'], members: 1, configs: {} },
      },
    ]);
    expect(onlineIntervals(created, 'late', 5000)).toEqual([{ from: 2000, to: null }]);
    expect(onlineIntervals(scenario([], 0), 'app', 5000)).toEqual([]);
    expect(onlineIntervals(created, 'unknown', 5000)).toEqual([]);
  });

  it('finds the offline gaps between online stretches, up to now', () => {
    const online = [
      { from: 0, to: 1000 },
      { from: 3000, to: 4000 },
    ];
    expect(offlineIntervals(online, 5000)).toEqual([
      { from: 1000, to: 3000 },
      { from: 4000, to: null },
    ]);
    expect(offlineIntervals([{ from: 2000, to: null }], 5000)).toEqual([{ from: 0, to: 2000 }]);
    expect(offlineIntervals([], 5000)).toEqual([{ from: 0, to: null }]);
  });

  it('treats the end of an interval as offline', () => {
    const iv = [{ from: 0, to: 1000 }];
    expect(isOnlineAt(iv, 999)).toBe(true);
    expect(isOnlineAt(iv, 1000)).toBe(false);
  });
});

describe('compareLanes', () => {
  const offline = [
    { from: 0, to: 2000 },
    { from: 4000, to: null },
  ];
  const records = [0, 1, 2, 3, 4, 5].map((n) => record(n, n * 1000));

  it('drops what is sent while offline without a broker; Kafka keeps it to be read', () => {
    const lanes = compareLanes(records, 'orders', group(2), offline);
    expect(lanes.records.map((r) => r.brokerless)).toEqual([
      'delivered',
      'delivered',
      'dropped',
      'dropped',
      'delivered',
      'delivered',
    ]);
    expect([lanes.delivered, lanes.dropped]).toEqual([4, 2]);
    // Position 2: offsets 0 and 1 were read, 2.. wait in the log (the consumer is still behind).
    expect(lanes.records.map((r) => r.kafka)).toEqual([
      'read',
      'read',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
    expect([lanes.read, lanes.waiting]).toEqual([2, 4]);
  });

  it('lets the returning Kafka consumer catch up on what the brokerless one lost for good', () => {
    const lanes = compareLanes(records, 'orders', group(6), offline);
    expect(lanes.read).toBe(6);
    expect(lanes.dropped).toBe(2);
  });

  it('shows a record without an offset yet as sending, and skips other topics and failures', () => {
    const other = { ...record(9, 100), topic: 'payments' };
    const failed = { ...record(8, 100, null), fate: 'failed' as const };
    const lanes = compareLanes([record(7, 100, null), other, failed], 'orders', group(0), offline);
    expect(lanes.records).toEqual([
      { recordId: 'p#7', sentAt: 100, brokerless: 'delivered', kafka: 'sending' },
    ]);
    expect(lanes.read + lanes.waiting).toBe(0);
  });
});
