// The ZooKeeper data tree: znodes with versions and czxids, one-shot watches delivered as messages.
import { send } from '../engine/network';
import { emit } from '../engine/timeline';
import type { World, Znode } from '../engine/types';
import type { NodeId } from '../snapshotTypes';

export const ZK_NODE = 'zookeeper';

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Direct children names, sorted (ZooKeeper returns them unordered; sorting keeps runs stable). */
export function children(w: World, path: string): string[] {
  const prefix = `${path}/`;
  const out: string[] = [];
  for (const p of Object.keys(w.zk.znodes)) {
    if (p.startsWith(prefix) && p.indexOf('/', prefix.length) < 0) out.push(p.slice(prefix.length));
  }
  return out.sort();
}

function fire(
  w: World,
  watches: Record<string, NodeId[]>,
  path: string,
  type: 'NodeDeleted' | 'NodeChildrenChanged' | 'NodeCreated' | 'NodeDataChanged',
  watchPath: string,
): void {
  const list = watches[watchPath];
  if (!list) return;
  delete watches[watchPath];
  for (const watcher of list) {
    const [node, session] = watcher.split('|') as [NodeId, string];
    send(w, 'ZkWatchEvent', ZK_NODE, node, { t: 'watch', path, type, sessionId: Number(session) });
  }
}

/** Watches belong to a session (ZooKeeper drops them with it): stored as `<node>|<session>`. */
export function addWatch(
  w: World,
  kind: 'data' | 'child',
  path: string,
  node: NodeId,
  sessionId: number,
): void {
  const map = kind === 'data' ? w.zk.dataWatches : w.zk.childWatches;
  const list = map[path] ?? (map[path] = []);
  const watcher = `${node}|${sessionId}`;
  if (!list.includes(watcher)) list.push(watcher);
}

export function dropWatches(w: World, sessionId: number): void {
  const suffix = `|${sessionId}`;
  for (const map of [w.zk.dataWatches, w.zk.childWatches]) {
    for (const path of Object.keys(map)) {
      const kept = (map[path] ?? []).filter((x) => !x.endsWith(suffix));
      if (kept.length) map[path] = kept;
      else delete map[path];
    }
  }
}

export function createZnode(w: World, path: string, data: string, owner: number | null): Znode {
  const node: Znode = { data, ephemeralOwner: owner, version: 0, czxid: ++w.zk.zxid };
  w.zk.znodes[path] = node;
  fire(w, w.zk.dataWatches, path, 'NodeCreated', path);
  fire(w, w.zk.childWatches, parentOf(path), 'NodeChildrenChanged', parentOf(path));
  return node;
}

export function setZnode(w: World, path: string, data: string): Znode | undefined {
  const node = w.zk.znodes[path];
  if (!node) return undefined;
  node.data = data;
  node.version++;
  w.zk.zxid++;
  fire(w, w.zk.dataWatches, path, 'NodeDataChanged', path);
  return node;
}

export function deleteZnode(w: World, path: string): void {
  if (!w.zk.znodes[path]) return;
  delete w.zk.znodes[path];
  w.zk.zxid++;
  fire(w, w.zk.dataWatches, path, 'NodeDeleted', path);
  fire(w, w.zk.childWatches, parentOf(path), 'NodeChildrenChanged', parentOf(path));
}

/** Create a persistent node and any missing parents (ZkUtils-style makeSurePersistentPathExists). */
export function ensurePath(w: World, path: string, data = ''): void {
  if (path === '/' || w.zk.znodes[path]) return;
  ensurePath(w, parentOf(path));
  createZnode(w, path, data, null);
}

/** Ephemeral nodes of an expired or closed session go away (ZooKeeper DataTree.killSession). */
export function deleteEphemerals(w: World, sessionId: number, brokerId: number): void {
  dropWatches(w, sessionId);
  const paths = Object.keys(w.zk.znodes)
    .filter((p) => w.zk.znodes[p]?.ephemeralOwner === sessionId)
    .sort();
  for (const p of paths) {
    deleteZnode(w, p);
    emit(w, 'znode.deleted', { path: p, session: sessionId }, { broker: brokerId });
  }
}
