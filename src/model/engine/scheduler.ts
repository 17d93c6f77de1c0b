// Scheduling on the virtual clock: tasks, message arrivals and xstate delayed events share one heap.
import { heapPush } from './heap';
import type { QEvent, Task, World } from './types';

export function scheduleTask(w: World, at: number, task: Task): void {
  const e: QEvent = { at, seq: w.seq++, type: 2, a: 0, s: '', task };
  heapPush(w.heap, e);
}

export function scheduleArrival(w: World, at: number, msgId: number): void {
  heapPush(w.heap, { at, seq: w.seq++, type: 0, a: msgId, s: '', task: null });
}

/** An xstate `raise` with a delay: replaces any pending timer with the same key. */
export function startTimer(
  w: World,
  entity: string,
  id: string,
  delay: number,
  event: { type: string },
): void {
  const key = `${entity}/${id}`;
  const seq = w.seq++;
  w.timers[key] = { seq, entity, event };
  heapPush(w.heap, { at: w.now + delay, seq, type: 1, a: 0, s: key, task: null });
}

/** An xstate `cancel`: the heap entry stays and is skipped when it comes up. */
export function cancelTimer(w: World, entity: string, id: string): void {
  delete w.timers[`${entity}/${id}`];
}

/** Cancel every timer of an entity (a crashed node's timers). */
export function cancelTimersOf(w: World, entity: string): void {
  for (const key of Object.keys(w.timers)) {
    if (w.timers[key]?.entity === entity) delete w.timers[key];
  }
}
