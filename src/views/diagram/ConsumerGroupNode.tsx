// A consumer group: its state and generation, each member with its partitions and lag.
import type { ConsumerGroupView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { HIGHLIGHT, INK, MUTED, NODE_COLORS, WARNING } from '../theme';
import type { GroupBox } from './clusterLayout';
import { GroupIcon } from './Glyphs';
import { dt, fitText } from './text';

export interface ConsumerGroupNodeProps {
  box: GroupBox;
  group: ConsumerGroupView;
  locale: Locale;
  highlighted: boolean;
}

/** Lag of the partitions a member owns: high watermark − position, summed. */
export function memberLag(
  group: ConsumerGroupView,
  assignment: { topic: string; partition: number }[],
): number {
  return assignment.reduce((sum, tp) => {
    const o = group.offsets.find((x) => x.topic === tp.topic && x.partition === tp.partition);
    return sum + (o ? Math.max(0, o.highWatermark - o.position) : 0);
  }, 0);
}

export function ConsumerGroupNode({ box, group, locale, highlighted }: ConsumerGroupNodeProps) {
  const w = box.width - 20;
  return (
    <g className="kd-group" data-testid={box.id} transform={`translate(${box.x},${box.y})`}>
      {highlighted && (
        <rect
          className="kd-highlight"
          x={-5}
          y={-5}
          width={box.width + 10}
          height={box.height + 10}
          rx={12}
          fill="none"
          stroke={HIGHLIGHT}
          strokeWidth={3}
        />
      )}
      <rect
        width={box.width}
        height={box.height}
        rx={9}
        fill="#fff"
        stroke={NODE_COLORS.consumer}
        strokeWidth={1.5}
        filter="url(#kd-shadow)"
      />
      <GroupIcon x={18} y={17} />
      <text x={33} y={17} dy="0.35em" fontSize={13} fontWeight={700} fill={INK}>
        {fitText(dt(locale, 'consumerGroup', { groupId: group.groupId }), w - 30, 13)}
      </text>
      <text x={33} y={32} dy="0.35em" fontSize={10.5} fill={MUTED}>
        {fitText(
          dt(locale, 'groupState', { state: group.state, generation: group.generationId }),
          w - 30,
          10.5,
        )}
      </text>
      {group.members.length === 0 && (
        <text x={10} y={58} fontSize={11} fill={MUTED}>
          {dt(locale, 'noMembers')}
        </text>
      )}
      {box.members.map((row) => {
        const member = group.members.find((m) => m.clientId === row.id);
        if (!member) return null;
        const lag = memberLag(group, member.assignment);
        const parts = member.assignment.map((a) => `${a.topic}-${a.partition}`).join(', ');
        const lagText = dt(locale, 'lag', { lag });
        const y = row.y - box.y;
        return (
          <g key={row.id} transform={`translate(${row.x - box.x},${y})`}>
            <title>{`${member.clientId} (${member.memberId})\n${parts || dt(locale, 'noAssignment')}\n${lagText}`}</title>
            <rect width={row.width} height={row.height - 4} rx={6} fill="#f6f3fc" />
            <text x={8} y={12} dy="0.2em" fontSize={11} fontWeight={600} fill={INK}>
              {fitText(member.clientId, row.width - 16, 11)}
            </text>
            {row.height >= 30 && (
              <text x={8} y={25} dy="0.2em" fontSize={10.5} fill={MUTED}>
                {fitText(
                  parts || dt(locale, 'noAssignment'),
                  row.width - 16 - (lagText.length * 6 + 8),
                  10.5,
                )}
              </text>
            )}
            <text
              x={row.width - 8}
              y={row.height >= 30 ? 25 : 12}
              dy="0.2em"
              textAnchor="end"
              fontSize={10.5}
              fontWeight={600}
              fill={lag > 0 ? WARNING : MUTED}
            >
              {lagText}
            </text>
          </g>
        );
      })}
    </g>
  );
}
