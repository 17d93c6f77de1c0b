// Scheduling on the virtual clock: tasks and xstate delayed events in the heap, message arrivals in a FIFO.
import { heapPush, makeEvent } from './heap';
import type { Task, World } from './types';

export function scheduleTask(w: World, at: number, task: Task): void {
  heapPush(w.heap, makeEvent(at, w.seq++, 2, 0, '', task));
}

export function scheduleArrival(w: World, at: number, msgId: number): void {
  const e = makeEvent(at, w.seq++, 0, msgId, '', null);
  const tail = w.arrivals[w.arrivals.length - 1];
  // In order behind the last queued arrival (always, with one latency): the queue; else the heap.
  if (w.arrivalsHead === w.arrivals.length || (tail !== undefined && tail.at <= at)) {
    w.arrivals.push(e);
  } else heapPush(w.heap, e);
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
