import { describe, expect, it } from 'vitest';
import type { PartitionView, TopicView } from '../../model/snapshotTypes';
import { describeRows } from './describeRows';

function partition(
  p: number,
  leader: number | null,
  replicas: number[],
  isr: number[],
): PartitionView {
  return {
    topic: 'x',
    partition: p,
    replicas,
    leader,
    leaderEpoch: 0,
    isr,
    zkVersion: 0,
    state: leader === null ? 'OfflinePartition' : 'OnlinePartition',
    replicaViews: [],
  };
}

const topic = (name: string, partitions: PartitionView[]): TopicView => ({
  name,
  topicId: 'id',
  configs: {},
  partitions,
  markedForDeletion: false,
});

describe('describeRows (kafka-topics.sh --describe)', () => {
  it('prints Leader none, and Replicas/Isr comma-separated in the order Kafka holds them', () => {
    const rows = describeRows([
      topic('orders', [partition(1, null, [3, 1, 2], [3]), partition(0, 2, [2, 3, 1], [3, 2])]),
    ]);
    expect(rows.map((r) => [r.topic, r.partition, r.leader, r.replicas, r.isr])).toEqual([
      ['orders', 0, '2', '2,3,1', '3,2'],
      ['orders', 1, 'none', '3,1,2', '3'],
    ]);
    expect(rows[1]).toMatchObject({ id: 'orders-1', offline: true, underReplicated: true });
    expect(rows[0]).toMatchObject({ offline: false, underReplicated: true });
  });

  it('sorts topics by name and partitions by id; an empty ISR prints empty', () => {
    const rows = describeRows([
      topic('payments', [partition(0, 1, [1], [1])]),
      topic('clicks', [partition(2, null, [1, 2], []), partition(10, 1, [1, 2], [1, 2])]),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['clicks-2', 'clicks-10', 'payments-0']);
    expect(rows[0]?.isr).toBe('');
    expect(rows[1]?.underReplicated).toBe(false);
  });

  it('uses the localised word for no leader', () => {
    expect(describeRows([topic('t', [partition(0, null, [1], [])])], '없음')[0]?.leader).toBe(
      '없음',
    );
  });
});
