// What a rebalance changed between two generations the view saw.
import { describe, expect, it } from 'vitest';
import type { GroupRow } from './groupRows';
import { ownerChanges, sameOwners, seenGeneration } from './groupChanges';

function row(generation: number, members: [string[], string[]?][], partitions = 3): GroupRow {
  return {
    groupId: 'g',
    state: 'Stable',
    generation,
    protocol: 'range',
    coordinator: 1,
    offsetsPartition: 0,
    autoCommit: true,
    sessionTimeoutMs: 45_000,
    heartbeatIntervalMs: 3_000,
    maxPollIntervalMs: 300_000,
    members: members.map(([owned, revoked = []], index) => ({
      clientId: `consumer-g-${index + 1}`,
      index,
      tag: String(index + 1),
      partitions: owned,
      revoked,
      memberId: `consumer-g-${index + 1}-id`,
      status: 'stable' as const,
      leader: index === 0,
      lastHeartbeatAt: 0,
      sessionExpiresAt: 45_000,
      lastPollAt: 0,
    })),
    partitions: Array.from({ length: partitions }, (_, p) => ({
      id: `t-${p}`,
      position: 0,
      committed: 0,
      highWatermark: 0,
      lag: 0,
      uncommitted: 0,
      unread: 0,
      owner: null,
      revokedBy: null,
    })),
    lag: 0,
    uncommitted: 0,
    scale: 10,
  };
}

const moves = (a: GroupRow, b: GroupRow) =>
  ownerChanges(seenGeneration(a), seenGeneration(b)).map((c) => [
    c.partition,
    c.from?.clientId ?? null,
    c.to?.clientId ?? null,
    c.revoking,
  ]);

describe('ownerChanges', () => {
  it('lists only partitions that changed owner, in partition order', () => {
    const before = row(1, [[['t-0', 't-1', 't-2']]]);
    const after = row(2, [[['t-0', 't-1']], [['t-2']]]);
    expect(moves(before, after)).toEqual([['t-2', 'consumer-g-1', 'consumer-g-2', false]]);
  });

  it('shows partitions of a group that stopped as left without an owner', () => {
    expect(moves(row(2, [[['t-0']], [['t-1', 't-2']]]), row(3, []))).toEqual([
      ['t-0', 'consumer-g-1', null, false],
      ['t-1', 'consumer-g-2', null, false],
      ['t-2', 'consumer-g-2', null, false],
    ]);
  });

  it('gives a new partition (the topic grew) an owner from none', () => {
    expect(moves(row(1, [[['t-0', 't-1']]], 2), row(2, [[['t-0', 't-1', 't-2']]]))).toEqual([
      ['t-2', null, 'consumer-g-1', false],
    ]);
  });

  it('reads a revocation as leaving the revoking member, then the hand-over from it', () => {
    const one = row(1, [[['t-0', 't-1', 't-2']]]);
    const revoking = row(2, [[['t-0', 't-1'], ['t-2']], [[]]]);
    const handed = row(3, [[['t-0', 't-1']], [['t-2']]]);
    expect(moves(one, revoking)).toEqual([['t-2', 'consumer-g-1', null, true]]);
    expect(moves(revoking, handed)).toEqual([['t-2', 'consumer-g-1', 'consumer-g-2', false]]);
  });

  it('tells the same owners from different ones', () => {
    const a = seenGeneration(row(1, [[['t-0']], [['t-1', 't-2']]]));
    expect(sameOwners(a, seenGeneration(row(1, [[['t-0']], [['t-1', 't-2']]])))).toBe(true);
    expect(sameOwners(a, seenGeneration(row(1, [[['t-0', 't-1']], [['t-2']]])))).toBe(false);
  });
});
