// Scheduling on the virtual clock: tasks, message arrivals and xstate delayed events share one heap.
import { heapPush, makeEvent } from './heap';
import type { Task, World } from './types';

export function scheduleTask(w: World, at: number, task: Task): void {
  heapPush(w.heap, makeEvent(at, w.seq++, 2, 0, '', task));
}

export function scheduleArrival(w: World, at: number, msgId: number): void {
  heapPush(w.heap, makeEvent(at, w.seq++, 0, msgId, '', null));
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
  heapPush(w.heap, makeEvent(w.now + delay, seq, 1, 0, key, null));
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
