import { describe, expect, it } from 'vitest';
import type { Replica } from '../engine/types';
import { assignEpoch } from './log';

const replica = (epochCache: { epoch: number; startOffset: number }[]): Replica =>
  ({ epochCache }) as unknown as Replica;

describe('LeaderEpochFileCache.assign (K@2.8.2)', () => {
  it('adds an entry for a new epoch and ignores the same epoch again', () => {
    const r = replica([{ epoch: 0, startOffset: 0 }]);
    assignEpoch(r, 0, 7);
    assignEpoch(r, 2, 9);
    assignEpoch(r, 2, 12);
    expect(r.epochCache).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 9 },
    ]);
  });

  it('drops entries at or past the new start offset (an epoch led without writing)', () => {
    const r = replica([
      { epoch: 0, startOffset: 0 },
      { epoch: 3, startOffset: 5 },
    ]);
    assignEpoch(r, 5, 5);
    expect(r.epochCache).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 5, startOffset: 5 },
    ]);
  });

  it('drops entries with a higher epoch when an older epoch arrives (maybeTruncateNonMonotonicEntries)', () => {
    const r = replica([
      { epoch: 0, startOffset: 0 },
      { epoch: 4, startOffset: 6 },
    ]);
    assignEpoch(r, 2, 8);
    expect(r.epochCache).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 8 },
    ]);
  });
});
