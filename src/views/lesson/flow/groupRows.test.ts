// Rows of the groups view (lag as kafka-consumer-groups.sh computes it) and ids of added clients.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../scenario';
import type { ConsumerGroupView } from '../../../model/snapshotTypes';
import { anotherProducer, groupRow, newGroupId } from './groupRows';

const group: ConsumerGroupView = {
  groupId: 'orders-app',
  state: 'Stable',
  generationId: 2,
  protocol: 'range',
  members: [
    {
      memberId: 'm1',
      clientId: 'consumer-orders-app-1',
      assignment: [{ topic: 'orders', partition: 0 }],
      revoked: [],
    },
    { memberId: 'm2', clientId: 'consumer-orders-app-2', assignment: [], revoked: [] },
  ],
  offsets: [
    { topic: 'orders', partition: 1, position: 7, committed: 5, highWatermark: 7 },
    { topic: 'orders', partition: 0, position: 3, committed: null, highWatermark: 9 },
  ],
  consumed: 10,
};

describe('groupRow', () => {
  it('lists partitions in order with lag = high watermark − position', () => {
    const row = groupRow(group);
    expect(row.partitions.map((p) => [p.id, p.lag])).toEqual([
      ['orders-0', 6],
      ['orders-1', 0],
    ]);
    expect(row.lag).toBe(6);
    expect(row.scale).toBe(9);
  });

  it('shows a member without partitions as idle (an empty list)', () => {
    expect(groupRow(group).members).toEqual([
      { clientId: 'consumer-orders-app-1', partitions: ['orders-0'] },
      { clientId: 'consumer-orders-app-2', partitions: [] },
    ]);
  });

  it('never shows a negative lag (a position past a high watermark seen earlier)', () => {
    const ahead = { ...group, offsets: [{ ...group.offsets[0]!, position: 9, highWatermark: 8 }] };
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
