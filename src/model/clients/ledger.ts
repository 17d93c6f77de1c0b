// The producer ledger: every record's fate, and loss detection when the leader's log no longer has it.
import { brokerById } from '../engine/network';
import { CHUNK, emptyChunked, get, push, set } from '../engine/chunked';
import type { Chunked } from '../engine/chunked';
import { emit } from '../engine/timeline';
import type { LedgerEntry, World } from '../engine/types';
import { logKey, tpKey } from '../replication/log';
import { parsePartitionState, partitionStatePath } from '../zookeeper/znodes';

// Derived bookkeeping, not state: per ledger list, its length when the world's current generation
// began. An entry added since the world's last checkpoint or restore (index ≥ start) is shared with
// no copy, so it may change in place. (One record per world copy, not one per entry.)
interface GenStart {
  gen: number;
  start: number;
}
const genStarts = new WeakMap<Chunked<LedgerEntry>, GenStart>();

/** Every push goes through ledgerAdd, so the length at the first call in a generation is its start. */
function genStart(w: World): number {
  let g = genStarts.get(w.ledger);
  if (g === undefined) {
    g = { gen: w.gen, start: w.ledger.length };
    genStarts.set(w.ledger, g);
  } else if (g.gen !== w.gen) {
    g.gen = w.gen;
    g.start = w.ledger.length;
  }
  return g.start;
}

export function ledgerAdd(w: World, e: LedgerEntry): number {
  genStart(w);
  push(w.ledger, e, w.gen);
  return w.ledger.length - 1;
}

export function ledgerGet(w: World, i: number): LedgerEntry {
  const e = get(w.ledger, i);
  if (!e) throw new Error(`no ledger entry ${i}`);
  return e;
}

/**
 * Entries shared with a checkpoint are replaced, never mutated. An entry only this world holds, in
 * a chunk that is not full (full chunks are immutable, see chunked.ts), is updated in place.
 */
export function ledgerUpdate(w: World, i: number, patch: Partial<LedgerEntry>): void {
  const e = ledgerGet(w, i);
  if (inPlace(w, i)) {
    Object.assign(e, patch);
    return;
  }
  set(w.ledger, i, { ...e, ...patch }, w.gen);
}

/** Whether entry i may change in place (see ledgerUpdate). */
function inPlace(w: World, i: number): boolean {
  const ci = Math.floor(i / CHUNK);
  const chunk = w.ledger.chunks[ci];
  return i >= genStart(w) && w.ledger.gens[ci] === w.gen && !!chunk && chunk.length < CHUNK;
}

export function ledgerAck(w: World, i: number, offset: number | null): void {
  // ledgerUpdate(w, i, { fate: 'acknowledged', offset, error: null }) without the patch object.
  let e = ledgerGet(w, i);
  if (inPlace(w, i)) {
    e.fate = 'acknowledged';
    e.offset = offset;
    e.error = null;
  } else {
    e = { ...e, fate: 'acknowledged', offset, error: null };
    set(w.ledger, i, e, w.gen);
  }
  if (offset === null) return;
  const tp = tpKey(e.topic, e.partition);
  const list = w.acked[tp] ?? (w.acked[tp] = emptyChunked<number>());
  push(list, i, w.gen);
}

/**
 * Kafka trusts the leader's log absolutely: an acknowledged record is lost once the current leader
 * (as ZooKeeper names it) no longer holds it at its offset. Scans back from the newest
 * acknowledgement until offsets fall below that leader's high watermark.
 */
export function checkLoss(w: World, tp: string): void {
  const list = w.acked[tp];
  if (!list || list.length === 0) return;
  const first = ledgerGet(w, get(list, 0) ?? 0);
  const state = w.zk.znodes[partitionStatePath(first.topic, first.partition)];
  if (!state) return;
  const leader = parsePartitionState(state.data).leader;
  if (leader < 0) return;
  const replica = brokerById(w, leader)?.replicas[tp];
  const log = w.logs[logKey(tp, leader)];
  if (!replica) return;
  const lost: number[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const idx = get(list, k) ?? 0;
    const e = ledgerGet(w, idx);
    if (e.offset === null) continue;
    if (e.offset < replica.hw && e.offset < replica.leo) break;
    if (e.fate !== 'acknowledged') continue;
    const rec = log ? get(log, e.offset) : undefined;
    if (!rec || rec.recordId !== e.recordId) {
      ledgerUpdate(w, idx, { fate: 'lost' });
      lost.push(e.offset);
    }
  }
  if (lost.length === 0) return;
  lost.sort((a, b) => a - b);
  const shown = lost.slice(0, 20).join(',') + (lost.length > 20 ? ',…' : '');
  emit(w, 'data.loss', { count: lost.length, offsets: shown, leader }, { partition: tp });
}
