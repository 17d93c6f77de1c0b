// The event loop: queued events and scenario actions in virtual-time order.
import type { ScenarioAction } from '../scenarioTypes';
import { applyAction } from './actions';
import { processEvent } from './dispatch';
import { heapPop, releaseEvent } from './heap';
import type { World } from './types';

/** Time of the next thing to happen: a queued event, or an action (which runs after events at its time). */
export function nextTime(w: World, actions: readonly ScenarioAction[]): number {
  const e = w.heap[0];
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
    const e = w.heap[0];
    const a = actions[w.nextAction];
    const et = e ? e.at : Infinity;
    const at = a ? a.at : Infinity;
    const next = Math.min(et, at);
    if (next > t) return;
    if (stop && next > w.now && stop()) return;
    w.now = next;
    if (et <= at) {
      const ev = heapPop(w.heap) as NonNullable<typeof e>;
      processEvent(w, ev);
      releaseEvent(ev);
    } else {
      w.nextAction++;
      applyAction(w, a as ScenarioAction);
    }
  }
}
