// How the diagram writes a consumer group's protocol state: the status words of its members, the
// look of a member row in trouble, and the subtitle with the coordinator.
import type { ConsumerGroupView, ConsumerMemberView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { DANGER, OFFLINE_FILL, WARNING, WARNING_TINT } from '../theme';
import { dt, textWidth, type DiagramKey } from './text';

export const MEMBER_STATUS_KEYS: Record<ConsumerMemberView['status'], DiagramKey> = {
  finding: 'memberFinding',
  joining: 'memberJoining',
  syncing: 'memberSyncing',
  stable: 'memberStable',
  stalled: 'memberStalled',
  crashed: 'memberCrashed',
  left: 'memberLeft',
};

/** A member row's background and outline: trouble shows in the row, not only in its words. */
export const ROW_STYLE: Partial<
  Record<ConsumerMemberView['status'], { fill: string; stroke: string; ink: string }>
> = {
  crashed: { fill: '#fdecec', stroke: DANGER, ink: DANGER },
  stalled: { fill: WARNING_TINT, stroke: WARNING, ink: WARNING },
  left: { fill: OFFLINE_FILL, stroke: '#9aa1ac', ink: '#4b5563' },
};

/** "Stable · gen 3 · coordinator: broker 2", or without the coordinator when it does not fit. */
export function groupSubtitle(group: ConsumerGroupView, locale: Locale, room: number): string {
  const short = dt(locale, 'groupState', { state: group.state, generation: group.generationId });
  const long = dt(locale, 'groupStateCoordinator', {
    state: group.state,
    generation: group.generationId,
    broker: group.coordinator ?? dt(locale, 'leaderNone'),
  });
  return textWidth(long, 10.5) <= room ? long : short;
}
