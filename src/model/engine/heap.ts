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
