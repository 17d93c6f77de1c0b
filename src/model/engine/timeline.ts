// Notable events for the timeline, with parameters for localised text.
import type { TimelineEventKind } from '../snapshotTypes';
import type { World } from './types';

export function emit(
  w: World,
  kind: TimelineEventKind,
  params: Record<string, string | number>,
  about: { broker?: number; partition?: string } = {},
): void {
  const id = `${w.now}-${w.timelineSeq++}`;
  w.timeline.push(Object.freeze({ id, at: w.now, kind, ...about, params }));
}
