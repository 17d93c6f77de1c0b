// The line at the foot of a broker card that coordinates consumer groups: the group icon and
// "coordinator of orders-app", with the __consumer_offsets partitions it leads in the tooltip.
import type { Locale } from '../../i18n/messages';
import { NODE_COLORS } from '../theme';
import { GroupIcon } from './Glyphs';
import { dt, fitText, textWidth } from './text';

export interface Coordinated {
  groupId: string;
  /** The group's __consumer_offsets partition, which this broker leads. */
  offsetsPartition: number;
}

/** Height the badge takes at the bottom of a broker card. */
export const COORDINATOR_BADGE_H = 18;
const FONT = 10.5;

/** The small group icon of the badge and the legend, centred on (x, y). */
export function CoordinatorGlyph({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y}) scale(0.72)`}>
      <GroupIcon x={0} y={0} />
    </g>
  );
}

export function CoordinatorBadge({
  groups,
  x,
  y,
  width,
  locale,
}: {
  groups: Coordinated[];
  x: number;
  y: number;
  width: number;
  locale: Locale;
}) {
  const names = groups.map((g) => g.groupId).join(', ');
  const partitions = groups.map((g) => `__consumer_offsets-${g.offsetsPartition}`).join(', ');
  // One group by name; several by count, the names in the tooltip. On a narrow card only the name
  // (or count) follows the icon, which the legend keys as the group coordinator.
  const long =
    groups.length === 1
      ? dt(locale, 'coordinatorOf', { groups: names })
      : dt(locale, 'coordinatorOfMany', { count: groups.length });
  const short = groups.length === 1 ? names : `×${groups.length}`;
  const label = textWidth(long, FONT) <= width - 17 ? long : short;
  return (
    <g
      className="kd-coordinator"
      transform={`translate(${x},${y})`}
      data-testid="coordinator-badge"
    >
      <title>{dt(locale, 'coordinatorTitle', { groups: names, partitions })}</title>
      <CoordinatorGlyph x={7} y={COORDINATOR_BADGE_H / 2} />
      <text
        x={17}
        y={COORDINATOR_BADGE_H / 2}
        dy="0.35em"
        fontSize={FONT}
        fontWeight={600}
        fill={NODE_COLORS.consumer}
      >
        {fitText(label, width - 17, FONT)}
      </text>
    </g>
  );
}
