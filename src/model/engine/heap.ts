// Binary min-heap on (at, seq): the virtual-time event queue, ties broken by insertion order.
import type { QEvent } from './types';

function less(a: QEvent, b: QEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function heapPush(h: QEvent[], e: QEvent): void {
  h.push(e);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pe = h[p] as QEvent;
    if (!less(e, pe)) break;
    h[i] = pe;
    i = p;
  }
  h[i] = e;
}

export function heapPop(h: QEvent[]): QEvent | undefined {
  const top = h[0];
  const last = h.pop();
  if (h.length === 0 || last === undefined) return top;
  let i = 0;
  const n = h.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    let c = l;
    if (r < n && less(h[r] as QEvent, h[l] as QEvent)) c = r;
    if (!less(h[c] as QEvent, last)) break;
    h[i] = h[c] as QEvent;
    i = c;
  }
  h[i] = last;
  return top;
}

// Spent queue entries for reuse (derived, not state): the live world's heap owns its entries (a
// checkpoint copies them), so an entry popped and processed is referenced by nothing else.
const spent: QEvent[] = [];

/** A queue entry, reusing a spent one when there is one: no allocation per event. */
export function makeEvent(
  at: number,
  seq: number,
  type: 0 | 1 | 2,
  a: number,
  s: string,
  task: QEvent['task'],
): QEvent {
  const e = spent.pop();
  if (e === undefined) return { at, seq, type, a, s, task };
  e.at = at;
  e.seq = seq;
  e.type = type;
  e.a = a;
  e.s = s;
  e.task = task;
  return e;
}

/** Give back an entry that was popped and processed. */
export function releaseEvent(e: QEvent): void {
  e.task = null;
  if (spent.length < 4096) spent.push(e);
}
