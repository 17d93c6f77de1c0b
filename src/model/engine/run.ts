// The event loop: queued events and scenario actions in virtual-time order.
import type { ScenarioAction } from '../scenarioTypes';
import { applyAction } from './actions';
import { processEvent } from './dispatch';
import { heapPop, releaseEvent } from './heap';
import type { QEvent, World } from './types';

/** The earlier of the heap's top and the arrival queue's head, by (at, seq). */
function firstEvent(w: World): QEvent | undefined {
  const h = w.heap[0];
  const q = w.arrivals[w.arrivalsHead];
  if (h === undefined) return q;
  if (q === undefined) return h;
  return q.at < h.at || (q.at === h.at && q.seq < h.seq) ? q : h;
}

/** Takes `e` (from firstEvent) off its queue. */
function takeEvent(w: World, e: QEvent): void {
  if (e === w.arrivals[w.arrivalsHead]) {
    w.arrivalsHead++;
    // Drop the consumed front now and then, so the queue does not grow for ever (entries before
    // the head are never read; checkpoints and the digest take the queue from the head on).
    if (w.arrivalsHead === w.arrivals.length) {
      w.arrivals.length = 0;
      w.arrivalsHead = 0;
    } else if (w.arrivalsHead > 4096) {
      w.arrivals = w.arrivals.slice(w.arrivalsHead);
      w.arrivalsHead = 0;
    }
  } else heapPop(w.heap);
}

/** Time of the next thing to happen: a queued event, or an action (which runs after events at its time). */
export function nextTime(w: World, actions: readonly ScenarioAction[]): number {
  const e = firstEvent(w);
  const a = actions[w.nextAction];
  return Math.min(e ? e.at : Infinity, a ? a.at : Infinity);
}

/**
 * Process everything at times ≤ t (events first, then actions at equal times), and stop early once
 * `stop()` is true after a whole instant has been processed. Leaves `now` at the last instant processed.
 */
export function runUntil(
  w: World,
  t: number,
  actions: readonly ScenarioAction[],
  stop?: () => boolean,
): void {
  for (;;) {
    const e = firstEvent(w);
    const a = actions[w.nextAction];
    const et = e ? e.at : Infinity;
    const at = a ? a.at : Infinity;
    const next = Math.min(et, at);
    if (next > t) return;
    if (stop && next > w.now && stop()) return;
    w.now = next;
    if (et <= at) {
      const ev = e as QEvent;
      takeEvent(w, ev);
      processEvent(w, ev);
      releaseEvent(ev);
    } else {
      w.nextAction++;
      applyAction(w, a as ScenarioAction);
    }
  }
}
