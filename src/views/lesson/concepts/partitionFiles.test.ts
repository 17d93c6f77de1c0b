import { describe, expect, it } from 'vitest';
import type { SegmentView } from '../../../model/snapshotTypes';
import { indexFileSize, leaderEpochCheckpoint, partitionFiles } from './partitionFiles';

const segment = (over: Partial<SegmentView>): SegmentView => ({
  baseOffset: 0,
  fileStem: '00000000000000000000',
  sizeInBytes: 225,
  batchCount: 3,
  recordCount: 3,
  nextOffset: 3,
  firstTimestamp: 1000,
  largestTimestamp: 3000,
  createdAt: 0,
  offsetIndexEntries: [],
  offsetIndexCount: 0,
  timeIndexEntries: [],
  timeIndexCount: 1,
  active: false,
  ...over,
});

describe('partitionFiles', () => {
  it('lists .log, .index and .timeindex per segment, named by the 20-digit base offset', () => {
    const files = partitionFiles(
      [
        segment({}),
        segment({ baseOffset: 3, fileStem: '00000000000000000003', sizeInBytes: 75, active: true }),
      ],
      [{ epoch: 0, startOffset: 0 }],
      'AAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(files.map((f) => f.name)).toEqual([
      '00000000000000000000.log',
      '00000000000000000000.index',
      '00000000000000000000.timeindex',
      '00000000000000000003.log',
      '00000000000000000003.index',
      '00000000000000000003.timeindex',
      'leader-epoch-checkpoint',
      'partition.metadata',
    ]);
    // A rolled segment's indexes are trimmed to their entries; the active one's are pre-allocated.
    expect(files[1]?.sizeInBytes).toBe(0);
    expect(files[2]?.sizeInBytes).toBe(12);
    expect(files[4]?.sizeInBytes).toBe(10485760);
    expect(files[5]?.sizeInBytes).toBe(10485756);
    expect(files[3]?.sizeInBytes).toBe(75);
  });

  it('writes the leader-epoch-checkpoint as Kafka does: version, count, then epoch and start offset', () => {
    const text = leaderEpochCheckpoint([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 7 },
    ]);
    expect(text).toBe('0\n2\n0 0\n2 7\n');
    const files = partitionFiles([], [{ epoch: 0, startOffset: 0 }], '');
    expect(files.map((f) => [f.name, f.sizeInBytes])).toEqual([['leader-epoch-checkpoint', 8]]);
  });

  it('rounds a pre-allocated index down to whole entries', () => {
    expect(indexFileSize(5, 8, false)).toBe(40);
    expect(indexFileSize(5, 12, true) % 12).toBe(0);
  });
});
