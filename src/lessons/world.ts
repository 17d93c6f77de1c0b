// Small readers over a snapshot that lesson goals share (pure; no clocks).
import type { ClusterSnapshot, PartitionView, TimelineEvent } from '../model/snapshotTypes';

export function partition(s: ClusterSnapshot, tp: string): PartitionView | undefined {
  for (const t of s.topics)
    for (const p of t.partitions) if (`${t.name}-${p.partition}` === tp) return p;
  return undefined;
}

export function brokerState(s: ClusterSnapshot, id: number): string | undefined {
  return s.brokers.find((b) => b.id === id)?.state;
}

export function isDown(s: ClusterSnapshot, id: number): boolean {
  const state = brokerState(s, id);
  return state === 'crashed' || state === 'notStarted' || state === 'stopped';
}

export function isOnline(s: ClusterSnapshot, id: number): boolean {
  return brokerState(s, id) === 'online';
}

/** A broker currently up and not the controller: a safe one to crash without moving the crown. */
export function nonController(s: ClusterSnapshot): number {
  return s.brokers.find((b) => b.state === 'online' && b.id !== s.controller.brokerId)?.id ?? 1;
}

/** The controller at virtual time t, from the run's `controller.elected` events (null before any). */
export function controllerAt(events: readonly TimelineEvent[], t: number): number | null {
  let id: number | null = null;
  for (const e of events) {
    if (e.at > t) break;
    if (e.kind === 'controller.elected' && e.broker !== undefined) id = e.broker;
  }
  return id;
}
