// The invariants slice's pure helpers: log tails cut to what every replica shows (so the monitor,
// written for whole logs, does not mistake two tails for diverged records), and what a violation
// line is about.
import { describe, expect, it } from 'vitest';
import { Monitor } from '../../model/properties/monitors';
import type {
  ClusterSnapshot,
  ProducedRecordView,
  RecordView,
  ReplicaView,
} from '../../model/snapshotTypes';
import { fakeSnapshot } from '../testing/fakeSimulation';
import { clipToSharedWindow, describeViolation } from './invariantsSliceDetails';

const rec = (offset: number): RecordView => ({
  offset,
  key: null,
  value: 'v',
  timestamp: 0,
  leaderEpoch: 0,
  recordId: `p#${offset}`,
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => rec(from + i));

function replica(brokerId: number, windowFrom: number, leo: number, hw: number): ReplicaView {
  return {
    brokerId,
    state: 'OnlineReplica',
    role: brokerId === 1 ? 'leader' : 'follower',
    inIsr: true,
    logStartOffset: 0,
    logEndOffset: leo,
    highWatermark: hw,
    leaderEpochCache: [{ epoch: 0, startOffset: 0 }],
    records: range(windowFrom, leo),
    truncations: [],
    segments: [],
  };
}

/** One partition whose leader shows offsets 10–19 and follower 8–17 (a 10-record window each). */
function tails(): ClusterSnapshot {
  return {
    ...fakeSnapshot(1000, 2),
    topics: [
      {
        name: 't',
        topicId: 'id',
        configs: {},
        markedForDeletion: false,
        partitions: [
          {
            topic: 't',
            partition: 0,
            replicas: [1, 2],
            leader: 1,
            leaderEpoch: 0,
            isr: [1, 2],
            zkVersion: 0,
            state: 'OnlinePartition',
            replicaViews: [replica(1, 10, 20, 18), replica(2, 8, 18, 18)],
          },
        ],
      },
    ],
  };
}

describe('clipToSharedWindow', () => {
  it('cuts every replica to the offsets all of them show', () => {
    const raw = new Monitor();
    raw.observe(tails());
    // Unclipped, offsets 8 and 9 look diverged: the leader "has nothing" there.
    expect(raw.violations.noAckedLoss).not.toEqual([]);

    const clipped = clipToSharedWindow(tails());
    const [a, b] = clipped.topics[0]!.partitions[0]!.replicaViews;
    expect(a!.records.map((r) => r.offset)).toEqual(range(10, 20).map((r) => r.offset));
    expect(b!.records.map((r) => r.offset)).toEqual(range(10, 18).map((r) => r.offset));
    expect(b!.logStartOffset).toBe(10);
    const m = new Monitor();
    m.observe(clipped);
    expect(m.violations.noAckedLoss).toEqual([]);
  });

  it('returns the snapshot itself when whole logs are shown', () => {
    const s = tails();
    const whole = {
      ...s,
      topics: s.topics.map((t) => ({
        ...t,
        partitions: t.partitions.map((p) => ({
          ...p,
          replicaViews: p.replicaViews.map((r) => ({ ...r, records: range(0, r.logEndOffset) })),
        })),
      })),
    };
    expect(clipToSharedWindow(whole)).toBe(whole);
  });
});

describe('describeViolation', () => {
  const lost = (offset: number, key: string | null): ProducedRecordView => ({
    recordId: `producer-1#${offset + 1}`,
    producerId: 'producer-1',
    topic: 'payments',
    partition: 0,
    key,
    value: 'v',
    sentAt: 5000,
    fate: 'lost',
    offset,
    error: null,
  });

  it('names the first lost record, its key and how many were lost', () => {
    const s = { ...fakeSnapshot(30_030, 3), producedRecords: [lost(25, 'k'), lost(26, null)] };
    const v = describeViolation(
      'noAckedLoss',
      s,
      't=30030: record producer-1#26 (payments-0@25, sent at 5000) is lost',
    );
    expect(v).toEqual({
      name: 'noAckedLoss',
      at: 30_030,
      detail: { kind: 'lost', partition: 'payments-0', offset: 25, key: 'k', count: 2 },
      message: 'record producer-1#26 (payments-0@25, sent at 5000) is lost',
    });
  });

  it('reads diverged offsets, consumers past the HW and epochs from the monitor’s lines', () => {
    const s = fakeSnapshot(7, 3);
    const detail = (name: Parameters<typeof describeViolation>[0], line: string) =>
      describeViolation(name, s, line).detail;
    expect(
      detail(
        'noAckedLoss',
        't=7: orders-2: committed offset 5 differs: broker 3 has nothing (HW 9), broker 1 has p#6 (HW 9)',
      ),
    ).toEqual({ kind: 'diverged', partition: 'orders-2', offset: 5 });
    expect(
      detail(
        'consumerBelowHw',
        't=7: group orders-app orders-1: position 12 > highest HW so far 9',
      ),
    ).toEqual({
      kind: 'pastHw',
      group: 'orders-app',
      partition: 'orders-1',
      position: 12,
      highWatermark: 9,
    });
    expect(
      detail('oneLeaderPerEpoch', 't=7: my.topic-0 epoch 3: brokers 1 and 2 both acted as leader'),
    ).toEqual({ kind: 'epoch', partition: 'my.topic-0', epoch: 3 });
    expect(
      detail('oneLeaderPerEpoch', 't=7: orders-0: leader epoch went back from 3 to 2'),
    ).toEqual({ kind: 'epoch', partition: 'orders-0', epoch: null });
    expect(
      detail('noAckedLoss', 't=7: record producer-1#3 was acknowledged, its fate is now failed'),
    ).toEqual({ kind: 'other', partition: null });
    expect(
      detail(
        'noAckedLoss',
        't=7: record producer-1#3 (orders-0@2, sent at 5) acknowledged at offset 2, now 3',
      ),
    ).toEqual({ kind: 'other', partition: 'orders-0' });
  });
});
