// The explicit network: every request and response is a message in flight for networkLatencyMs.
import type { MessageKind, NodeId } from '../snapshotTypes';
import type { Body } from './messages';
import { scheduleArrival } from './scheduler';
import type { Broker, World } from './types';

// Derived cache (a pure function of the id): `broker-<id>` strings, built once per id.
const brokerNodes: NodeId[] = [];

/** `broker-<id>`; small non-negative integer ids are memoised (no string built per message). */
export function brokerNode(id: number): NodeId {
  if (id >= 0 && id < 4096 && (id | 0) === id) {
    const s = brokerNodes[id];
    if (s !== undefined) return s;
    return (brokerNodes[id] = `broker-${id}`);
  }
  return `broker-${id}`;
}

/**
 * The broker with this id. Sandbox brokers are 1..N in order, so `brokers[id - 1]` is the usual
 * hit; brokers started from the terminal may have any id (broker.id=0 as shipped).
 */
export function brokerById(w: World, id: number): Broker | undefined {
  const bs = w.brokers;
  const b = bs[id - 1];
  if (b !== undefined && b.id === id) return b;
  for (let i = 0; i < bs.length; i++) if ((bs[i] as Broker).id === id) return bs[i];
  return undefined;
}

/** `broker-<digits>` → the number, or -1 for anything else (read without a lookup or a substring). */
export function brokerNumber(node: string): number {
  // The usual case: `broker-<one digit>`, most often the very string brokerNode memoised.
  if (node.length === 8) {
    const d = node.charCodeAt(7) - 48;
    if (d >= 0 && d <= 9 && brokerNodes[d] === node) return d;
  }
  // 'b' 'r' 'o' 'k' 'e' 'r' '-'
  if (node.length < 8 || node.charCodeAt(0) !== 98 || node.charCodeAt(6) !== 45) return -1;
  if (!node.startsWith('broker-')) return -1;
  let n = 0;
  for (let k = 7; k < node.length; k++) {
    const c = node.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The broker behind a node id, or undefined for ZooKeeper and clients. */
export function brokerOf(w: World, node: NodeId): Broker | undefined {
  const n = brokerNumber(node);
  return n >= 0 ? brokerById(w, n) : undefined;
}

/** Is the process behind a node running? Clients always are; ZooKeeper once started. */
export function nodeUp(w: World, node: NodeId): boolean {
  const b = brokerOf(w, node);
  if (!b) return node !== 'zookeeper' || w.zkRunning;
  const s = b.machine.value;
  return s !== 'crashed' && s !== 'notStarted' && s !== 'stopped';
}

/** Can a client connect to this broker? Kafka only accepts requests once registered and started. */
export function brokerServing(w: World, node: NodeId): boolean {
  const b = brokerOf(w, node);
  return !!b && b.machine.value === 'online';
}

function cut(w: World, node: NodeId): boolean {
  const b = brokerOf(w, node);
  return !!b && b.isolated;
}

/** Whether any broker is isolated (most of the time none is: no node ids to read). */
function anyIsolated(w: World): boolean {
  const bs = w.brokers;
  for (let i = 0; i < bs.length; i++) if ((bs[i] as Broker).isolated) return true;
  return false;
}

/** Send a message; returns false if the link is cut (the message is lost as it leaves). */
export function send(w: World, kind: MessageKind, from: NodeId, to: NodeId, body: Body): boolean {
  if (anyIsolated(w) && (cut(w, from) || cut(w, to))) return false;
  const id = w.nextMsgId++;
  const arriveAt = w.now + w.latency;
  // A sent message never changes, so checkpoints share it (checkpoint.ts).
  w.inFlight.set(id, { id, kind, from, to, sentAt: w.now, arriveAt, body });
  scheduleArrival(w, arriveAt, id);
  return true;
}

/** Drop every in-flight message matching a predicate (crash: addressed to it; isolate: from or to it). */
export function dropMessages(w: World, pred: (from: NodeId, to: NodeId) => boolean): void {
  for (const m of w.inFlight.toList()) if (pred(m.from, m.to)) w.inFlight.delete(m.id);
}
