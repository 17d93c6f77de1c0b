// Rows of the groups view (lag as kafka-consumer-groups.sh computes it, owners, revoking) and ids
// of added clients.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../scenario';
import type { ConsumerGroupView } from '../../../model/snapshotTypes';
import { groupProtocolDefaults, stableMember } from '../../fixtures/groupFixtures';
import { anotherProducer, groupRow, newGroupId, niceScale } from './groupRows';

const group: ConsumerGroupView = {
  groupId: 'orders-app',
  state: 'Stable',
  generationId: 2,
  protocol: 'range',
  ...groupProtocolDefaults,
  leaderId: 'm1',
  members: [
    {
      memberId: 'm1',
      clientId: 'consumer-orders-app-1',
      assignment: [{ topic: 'orders', partition: 0 }],
      revoked: [],
      ...stableMember(1_000),
    },
    {
      memberId: 'm2',
      clientId: 'consumer-orders-app-2',
      assignment: [],
      revoked: [],
      ...stableMember(2_000),
      status: 'joining',
    },
  ],
  offsets: [
    { topic: 'orders', partition: 1, position: 7, committed: 5, highWatermark: 7 },
    { topic: 'orders', partition: 0, position: 3, committed: null, highWatermark: 9 },
  ],
  consumed: 10,
};

describe('groupRow', () => {
  it('lists partitions in order with lag = high watermark − committed (the tool’s LAG)', () => {
    const row = groupRow(group);
    expect(row.partitions.map((p) => [p.id, p.lag])).toEqual([
      ['orders-0', null],
      ['orders-1', 2],
    ]);
    expect(row.lag).toBe(2);
    expect(row.generation).toBe(2);
    expect(row.protocol).toBe('range');
  });

  it('splits a lag bar into read-but-uncommitted and unread, on a 1-2-5 scale', () => {
    const row = groupRow(group);
    expect(row.partitions.map((p) => [p.uncommitted, p.unread])).toEqual([
      [0, 6],
      [2, 0],
    ]);
    expect(row.scale).toBe(10);
    expect([0, 10, 11, 20, 21, 50, 51, 999, 1001].map(niceScale)).toEqual([
      10, 10, 20, 20, 50, 50, 100, 1000, 2000,
    ]);
  });

  it('has no group lag while nothing is committed (the tool prints -)', () => {
    const none = { ...group, offsets: [group.offsets[1]!] };
    expect(groupRow(none).lag).toBeNull();
  });

  it('shows a member without partitions as idle (an empty list), with its index and tag', () => {
    expect(groupRow(group).members).toEqual([
      {
        clientId: 'consumer-orders-app-1',
        index: 0,
        tag: '1',
        partitions: ['orders-0'],
        revoked: [],
        memberId: 'm1',
        status: 'stable',
        leader: true,
        lastHeartbeatAt: 1_000,
        sessionExpiresAt: 46_000,
        lastPollAt: 1_000,
      },
      {
        clientId: 'consumer-orders-app-2',
        index: 1,
        tag: '2',
        partitions: [],
        revoked: [],
        memberId: 'm2',
        status: 'joining',
        leader: false,
        lastHeartbeatAt: 2_000,
        sessionExpiresAt: 47_000,
        lastPollAt: 2_000,
      },
    ]);
  });

  it('carries the coordinator, commit mode and timeouts, and what was read but not committed', () => {
    const row = groupRow({ ...group, coordinator: 3, offsetsPartition: 5, autoCommit: false });
    expect(row).toMatchObject({
      coordinator: 3,
      offsetsPartition: 5,
      autoCommit: false,
      sessionTimeoutMs: 45_000,
      heartbeatIntervalMs: 3_000,
      maxPollIntervalMs: 300_000,
    });
    // orders-1: position 7, committed 5; orders-0 has no commit, so nothing counts there.
    expect(row.uncommitted).toBe(2);
    expect(groupRow({ ...group, leaderId: null }).members.map((m) => m.leader)).toEqual([
      false,
      false,
    ]);
  });

  it('knows each partition’s owner, and who is revoking it', () => {
    const moving: ConsumerGroupView = {
      ...group,
      protocol: 'cooperative-sticky',
      state: 'PreparingRebalance',
      members: [
        { ...group.members[0]!, assignment: [], revoked: [{ topic: 'orders', partition: 0 }] },
        group.members[1]!,
      ],
    };
    const row = groupRow(moving);
    expect(row.partitions.map((p) => [p.id, p.owner, p.revokedBy])).toEqual([
      ['orders-0', null, 0],
      ['orders-1', null, null],
    ]);
  });

  it('never shows a negative lag (a commit past a high watermark seen earlier)', () => {
    const ahead = {
      ...group,
      offsets: [{ ...group.offsets[0]!, position: 9, committed: 9, highWatermark: 8 }],
    };
    expect(groupRow(ahead).lag).toBe(0);
  });
});

describe('ids of added clients', () => {
  it('names a new group after an application not yet running', () => {
    expect(newGroupId(['orders-app'])).toBe('analytics');
    expect(newGroupId(['analytics', 'audit-log'])).toBe('search-index');
    const all = ['analytics', 'audit-log', 'search-index', 'billing', 'reporting'];
    expect(newGroupId(all)).toBe('group-6');
  });

  it('copies the first producer under the next free producer id', () => {
    const s = defaultScenario();
    const p = anotherProducer(s, ['producer-1']);
    expect(p).toMatchObject({ id: 'producer-2', topic: 'orders', keys: s.producers[0]!.keys });
    expect(anotherProducer(s, ['producer-1', 'producer-2'])?.id).toBe('producer-3');
    expect(anotherProducer({ ...s, producers: [] }, [])).toBeNull();
  });
});
