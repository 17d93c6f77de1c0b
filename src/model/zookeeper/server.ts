// The ZooKeeper server node: sessions, heartbeats, and requests applied in arrival order.
import { brokerNum } from '../engine/config';
import type { Body, ZkOp } from '../engine/messages';
import { brokerOf, send } from '../engine/network';
import { emit } from '../engine/timeline';
import type { Msg, World } from '../engine/types';
import { sessionMachine } from '../machines/sessionMachine';
import { initMachine, registerEffects, stepMachine } from '../machines/step';
import { CONTROLLER, CONTROLLER_EPOCH } from './znodes';
import {
  ZK_NODE,
  addWatch,
  createZnode,
  deleteEphemerals,
  deleteZnode,
  parentOf,
  setZnode,
} from './tree';

/** ZooKeeper clamps the session timeout to [2, 20] × tickTime; tickTime 3000 (ZooKeeperServer.java). */
function negotiatedTimeout(requested: number): number {
  return Math.min(60000, Math.max(6000, requested));
}

export function sessionEntity(id: number): string {
  return `session:${id}`;
}

export function stepSession(w: World, id: number, event: { type: string }): void {
  const s = w.zk.sessions[id];
  if (!s) return;
  stepMachine(w, sessionEntity(id), sessionMachine, s.machine, event, (m) => (s.machine = m));
}

function sessionLive(w: World, id: number): boolean {
  return w.zk.sessions[id]?.machine.value === 'connected';
}

/** Validate one op of a multi against the tree as the earlier ops of the same multi left it. */
function check(
  w: World,
  op: ZkOp,
  created: Set<string>,
  versions: Map<string, number>,
): string | null {
  const z = w.zk.znodes;
  switch (op.op) {
    case 'create':
      if (z[op.path] || created.has(op.path)) return 'NODEEXISTS';
      if (!z[parentOf(op.path)]) return 'NONODE';
      created.add(op.path);
      return null;
    case 'setData':
    case 'check': {
      const n = z[op.path];
      if (!n && !created.has(op.path)) return 'NONODE';
      const current = versions.get(op.path) ?? n?.version ?? 0;
      if (op.version >= 0 && current !== op.version) return 'BADVERSION';
      if (op.op === 'setData') versions.set(op.path, current + 1);
      return null;
    }
    case 'delete':
      return z[op.path] ? null : 'NONODE';
    case 'electController':
      return z[CONTROLLER] ? 'NODEEXISTS' : null;
  }
}

function apply(w: World, op: ZkOp, sessionId: number): number {
  switch (op.op) {
    case 'create':
      return createZnode(w, op.path, op.data, op.ephemeral ? sessionId : null).czxid;
    case 'setData':
      return setZnode(w, op.path, op.data)?.version ?? -1;
    case 'check':
      return w.zk.znodes[op.path]?.version ?? -1;
    case 'delete':
      deleteZnode(w, op.path);
      return 0;
    case 'electController': {
      // Teaching simplification: Kafka reads /controller_epoch, then sends a multi (create the
      // ephemeral /controller, setData the epoch with a version check); ZooKeeper serialises
      // requests, so folding the read into the multi gives the same winner: the first to arrive.
      const epochNode = w.zk.znodes[CONTROLLER_EPOCH];
      const epoch = Number(epochNode?.data ?? '0') + 1;
      createZnode(w, CONTROLLER, op.data, sessionId);
      setZnode(w, CONTROLLER_EPOCH, String(epoch));
      return epoch;
    }
  }
}

function handleRequest(w: World, m: Msg, b: Extract<Body, { t: 'zkReq' }>): void {
  const reply = (error: string | null, results: number[], sessionId = b.sessionId): void => {
    send(w, 'ZkResponse', ZK_NODE, m.from, {
      t: 'zkResp',
      reqId: b.reqId,
      sessionId,
      error,
      results,
      purpose: b.purpose,
    });
  };
  if (b.purpose.p === 'connect') {
    const id = ++w.zk.nextSessionId;
    const timeout = negotiatedTimeout(brokerNum(w, 'zookeeper.session.timeout.ms'));
    const brokerId = brokerOf(w, m.from)?.id ?? -1;
    w.zk.sessions[id] = {
      id,
      brokerId,
      expiresAt: w.now + timeout,
      machine: { value: 'connected', context: {} },
    };
    initMachine(w, sessionEntity(id), sessionMachine, { timeout }, (s) => {
      const sess = w.zk.sessions[id];
      if (sess) sess.machine = s;
    });
    reply(null, [], id);
    return;
  }
  if (!sessionLive(w, b.sessionId)) {
    reply('SESSION_EXPIRED', []);
    return;
  }
  const created = new Set<string>();
  const versions = new Map<string, number>();
  for (const op of b.ops) {
    const err = check(w, op, created, versions);
    if (err) {
      const results = op.op === 'electController' ? [controllerIdNow(w)] : [];
      reply(err, results);
      armWatches(w, b.watch, m.from, b.sessionId);
      return;
    }
  }
  const results = b.ops.map((op) => apply(w, op, b.sessionId));
  armWatches(w, b.watch, m.from, b.sessionId);
  reply(null, results);
}

function controllerIdNow(w: World): number {
  const c = w.zk.znodes[CONTROLLER];
  return c ? (JSON.parse(c.data) as { brokerid: number }).brokerid : -1;
}

function armWatches(w: World, watches: string[], node: string, sessionId: number): void {
  for (const spec of watches) {
    const [kind, path] = spec.split(':') as ['data' | 'child', string];
    addWatch(w, kind, path, node, sessionId);
  }
}

export function zkReceive(w: World, m: Msg): void {
  const b = m.body;
  if (b.t === 'zkReq') handleRequest(w, m, b);
  else if (b.t === 'ping') {
    const live = sessionLive(w, b.sessionId);
    if (live) {
      const s = w.zk.sessions[b.sessionId];
      if (s) s.expiresAt = w.now + Number(s.machine.context.timeout);
      stepSession(w, b.sessionId, { type: 'PING' });
    }
    send(w, 'ZkHeartbeat', ZK_NODE, m.from, { t: 'pong', sessionId: b.sessionId, expired: !live });
  }
}

registerEffects({
  expireSession: (w, entity) => {
    const id = Number(entity.slice('session:'.length));
    const s = w.zk.sessions[id];
    if (!s) return;
    s.expiresAt = w.now;
    emit(w, 'session.expired', { session: id }, { broker: s.brokerId });
    deleteEphemerals(w, id, s.brokerId);
  },
  closeSession: (w, entity) => {
    const id = Number(entity.slice('session:'.length));
    const s = w.zk.sessions[id];
    if (s) deleteEphemerals(w, id, s.brokerId);
  },
});
