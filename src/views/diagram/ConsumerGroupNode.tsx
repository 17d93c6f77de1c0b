// A consumer group: its state and generation, each member with its partitions and lag.
import type { ConsumerGroupView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { INK, MUTED, WARNING } from '../theme';
import type { GroupBox } from './clusterLayout';
import { NodeCard } from './NodeCard';
import { dt, fitText, textWidth } from './text';

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

/** `orders-0, orders-1`, or `orders-0,1` when the long form does not fit. */
export function assignmentText(
  assignment: { topic: string; partition: number }[],
  maxWidth: number,
  fontSize: number,
): string {
  const long = assignment.map((a) => `${a.topic}-${a.partition}`).join(', ');
  if (textWidth(long, fontSize) <= maxWidth) return long;
  const byTopic = new Map<string, number[]>();
  for (const a of assignment) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a.partition]);
  const short = [...byTopic].map(([t, ps]) => `${t}-${ps.join(',')}`).join(' ');
  return fitText(short, maxWidth, fontSize);
}

export function ConsumerGroupNode({ box, group, locale, highlighted }: ConsumerGroupNodeProps) {
  const full = dt(locale, 'consumerGroup', { groupId: group.groupId });
  // The word "Group" gives way first, so the group id itself stays readable.
  const title = textWidth(full, 13) <= box.width - 43 ? full : group.groupId;
  return (
    <NodeCard
      box={box}
      kind="consumer"
      highlighted={highlighted}
      tooltip={full}
      header={{
        title,
        subtitle: dt(locale, 'groupState', { state: group.state, generation: group.generationId }),
      }}
    >
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
        const two = row.height >= 30;
        const partsRoom = row.width - 16 - (textWidth(lagText, 10.5) + 8);
        return (
          <g key={row.id} transform={`translate(${row.x - box.x},${row.y - box.y})`}>
            <title>{`${member.clientId} (${member.memberId})\n${parts || dt(locale, 'noAssignment')}\n${lagText}`}</title>
            <rect width={row.width} height={row.height - 4} rx={6} fill="#f6f3fc" />
            <text x={8} y={12} dy="0.2em" fontSize={11} fontWeight={600} fill={INK}>
              {fitText(
                member.clientId,
                row.width - 16 - (two ? 0 : textWidth(lagText, 10.5) + 8),
                11,
              )}
            </text>
            {two && (
              <text x={8} y={25} dy="0.2em" fontSize={10.5} fill={MUTED}>
                {member.assignment.length > 0
                  ? assignmentText(member.assignment, partsRoom, 10.5)
                  : fitText(dt(locale, 'noAssignment'), partsRoom, 10.5)}
              </text>
            )}
            <text
              x={row.width - 8}
              y={two ? 25 : 12}
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
    </NodeCard>
  );
}
