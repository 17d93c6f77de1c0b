// Which broker a client asks for metadata: the next one it can connect to (bootstrap.servers order).
import { brokerById } from '../engine/network';
import type { World } from '../engine/types';

/**
 * Teaching simplification: a client skips brokers it cannot reach as if the TCP connect failed at
 * once, instead of waiting out the connection timeout on an isolated broker.
 */
export function pickBroker(w: World, cursor: number): number {
  const n = w.brokers.length;
  for (let k = 0; k < n; k++) {
    const b = w.brokers[(cursor + k) % n];
    if (b && b.machine.value === 'online' && !b.isolated) return b.id;
  }
  return -1;
}

/** Is the connection to this broker broken in a way the client notices at once (process gone)? */
export function connectionRefused(w: World, brokerId: number): boolean {
  const b = brokerById(w, brokerId);
  return !b || b.machine.value === 'crashed' || b.machine.value === 'notStarted';
}

// Derived cache (a pure function of the string): `broker-N` → N.
const ids = new Map<string, number>();

export function brokerIdOf(node: string): number {
  let id = ids.get(node);
  if (id === undefined) ids.set(node, (id = Number(node.slice(7))));
  return id;
}
