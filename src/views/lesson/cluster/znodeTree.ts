// Pure: the flat znode list as a tree (parents before children), with znodes deleted moments ago kept as ghosts.
import type { ClusterSnapshot, TimelineEvent, ZnodeView } from '../../../model/snapshotTypes';

/** How long (virtual ms) a deleted znode stays visible, struck out, so the learner sees it go. */
export const GHOST_MS = 8000;

export interface ZnodeNode {
  path: string;
  /** The last path segment (`/` for the root's children is dropped: `brokers`). */
  name: string;
  znode: ZnodeView | null;
  /** Set for a znode deleted within GHOST_MS: the session whose expiry removed it. */
  deleted: { at: number; session: number | null } | null;
  children: ZnodeNode[];
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

const FIRST = ['/controller', '/controller_epoch', '/brokers'];

const byName = (a: ZnodeNode, b: ZnodeNode) =>
  a.name.localeCompare(b.name, 'en', { numeric: true });

/** Children of `/` as a forest; paths whose parent is missing hang under their nearest ancestor. */
export function znodeTree(
  znodes: readonly ZnodeView[],
  events: readonly TimelineEvent[],
  now: number,
): ZnodeNode[] {
  const nodes = new Map<string, ZnodeNode>();
  const add = (path: string, znode: ZnodeView | null, deleted: ZnodeNode['deleted']) => {
    nodes.set(path, {
      path,
      name: path.slice(path.lastIndexOf('/') + 1),
      znode,
      deleted,
      children: [],
    });
  };
  for (const z of znodes) add(z.path, z, null);
  for (const e of events) {
    if (e.kind !== 'znode.deleted' || e.at > now || now - e.at > GHOST_MS) continue;
    const path = String(e.params.path ?? '');
    if (!path.startsWith('/') || nodes.has(path)) continue;
    const session = typeof e.params.session === 'number' ? e.params.session : null;
    add(path, null, { at: e.at, session });
  }
  const roots: ZnodeNode[] = [];
  for (const node of nodes.values()) {
    let parent = parentOf(node.path);
    while (parent !== '/' && !nodes.has(parent)) parent = parentOf(parent);
    const into = parent === '/' ? roots : (nodes.get(parent)?.children ?? roots);
    into.push(node);
  }
  const sort = (list: ZnodeNode[]) => {
    list.sort(byName);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  // The znodes the lessons talk about come first; the rest keep name order.
  const rank = (n: ZnodeNode) => {
    const i = FIRST.indexOf(n.path);
    return i === -1 ? FIRST.length : i;
  };
  return roots.sort((a, b) => rank(a) - rank(b));
}

/** Subtrees a learner rarely needs, folded at first so the brokers, topics and controller stand out. */
export function foldedAtFirst(path: string): boolean {
  return ['/admin', '/config', '/cluster', '/isr_change_notification', '/brokers/seqid'].includes(
    path,
  );
}

/** The session of an ephemeral znode and how long it has left, from the snapshot. */
export function sessionOf(
  s: Pick<ClusterSnapshot, 'now' | 'zookeeper'>,
  owner: number,
): { expired: boolean; secondsLeft: number } {
  const session = s.zookeeper.sessions.find((x) => x.id === owner);
  if (!session || session.state !== 'connected') return { expired: true, secondsLeft: 0 };
  return { expired: false, secondsLeft: Math.max(0, (session.expiresAt - s.now) / 1000) };
}

/** JSON data pretty-printed for reading; anything else as it is. */
export function prettyData(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}
