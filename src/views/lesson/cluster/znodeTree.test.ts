import { describe, expect, it } from 'vitest';
import type { TimelineEvent, ZnodeView } from '../../../model/snapshotTypes';
import { GHOST_MS, prettyData, sessionOf, znodeTree } from './znodeTree';

const z = (path: string, ephemeralOwner: number | null = null): ZnodeView => ({
  path,
  data: '',
  ephemeralOwner,
  version: 0,
  czxid: 1,
});

const deleted = (at: number, path: string, session: number): TimelineEvent => ({
  id: `${at}-0`,
  at,
  kind: 'znode.deleted',
  broker: 2,
  params: { path, session },
});

describe('znodeTree', () => {
  const znodes = [
    z('/controller', 1),
    z('/brokers'),
    z('/brokers/ids'),
    z('/brokers/ids/10', 3),
    z('/brokers/ids/2', 2),
    z('/brokers/topics'),
    z('/brokers/topics/orders/partitions/0/state'),
  ];

  it('nests children under parents in numeric order, the controller and brokers first', () => {
    const roots = znodeTree(znodes, [], 0);
    expect(roots.map((n) => n.path)).toEqual(['/controller', '/brokers']);
    const ids = roots[1]!.children.find((n) => n.name === 'ids')!;
    expect(ids.children.map((n) => n.name)).toEqual(['2', '10']);
  });

  it('hangs a znode whose parents are not listed under its nearest listed ancestor', () => {
    const topics = znodeTree(znodes, [], 0)[1]!.children.find((n) => n.name === 'topics')!;
    expect(topics.children.map((n) => n.path)).toEqual([
      '/brokers/topics/orders/partitions/0/state',
    ]);
  });

  it('keeps a znode deleted moments ago as a ghost with its session, then drops it', () => {
    const live = znodes.filter((n) => n.path !== '/brokers/ids/2');
    const events = [deleted(18_005, '/brokers/ids/2', 2)];
    const ids = (now: number) =>
      znodeTree(live, events, now)[1]!.children.find((n) => n.name === 'ids')!.children;
    const ghost = ids(18_100).find((n) => n.name === '2');
    expect(ghost?.znode).toBeNull();
    expect(ghost?.deleted).toEqual({ at: 18_005, session: 2 });
    expect(ids(18_005 + GHOST_MS + 1).some((n) => n.name === '2')).toBe(false);
    // Not before it happened (scrubbed back).
    expect(ids(10_000).some((n) => n.name === '2')).toBe(false);
  });
});

describe('sessionOf', () => {
  const zookeeper = {
    znodes: [],
    sessions: [
      { id: 1, brokerId: 1, expiresAt: 18_005, state: 'connected' as const },
      { id: 2, brokerId: 2, expiresAt: 18_005, state: 'expired' as const },
    ],
  };
  it('counts down to expiresAt for a connected session', () => {
    expect(sessionOf({ now: 6_005, zookeeper }, 1)).toEqual({ expired: false, secondsLeft: 12 });
  });
  it('reports an expired or unknown session as expired', () => {
    expect(sessionOf({ now: 20_000, zookeeper }, 2).expired).toBe(true);
    expect(sessionOf({ now: 0, zookeeper }, 9).expired).toBe(true);
  });
});

describe('prettyData', () => {
  it('indents JSON and leaves plain text (the /controller_epoch decimal) alone', () => {
    expect(prettyData('{"brokerid":1}')).toBe('{\n  "brokerid": 1\n}');
    expect(prettyData('3')).toBe('3');
    expect(prettyData('not json')).toBe('not json');
  });
});
