// A consumer group: its state, generation and coordinator, each member with its partitions, lag
// and, when it is not simply stable, where it is in the group protocol.
import type { ConsumerGroupView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { INK, MUTED, WARNING } from '../theme';
import type { GroupBox } from './clusterLayout';
import { NodeCard } from './NodeCard';
import { MEMBER_STATUS_KEYS, ROW_STYLE, groupSubtitle } from './memberStatus';
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
        subtitle: groupSubtitle(group, locale, box.width - 43),
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
        const status =
          member.status === 'stable' ? '' : dt(locale, MEMBER_STATUS_KEYS[member.status]);
        const leader = group.leaderId !== null && group.leaderId === member.memberId;
        const look = ROW_STYLE[member.status];
        const assigned =
          member.assignment.length > 0
            ? assignmentText(
                member.assignment,
                partsRoom - (status ? textWidth(`${status} · `, 10.5) : 0),
                10.5,
              )
            : dt(locale, 'noAssignment');
        const tooltip = [
          `${member.clientId} (${member.memberId})`,
          dt(locale, MEMBER_STATUS_KEYS[member.status]) +
            (leader ? ` · ${dt(locale, 'memberLeader')}` : ''),
          parts || dt(locale, 'noAssignment'),
          lagText,
        ].join('\n');
        return (
          <g
            key={row.id}
            transform={`translate(${row.x - box.x},${row.y - box.y})`}
            data-status={member.status}
          >
            <title>{tooltip}</title>
            <rect
              width={row.width}
              height={row.height - 4}
              rx={6}
              fill={look?.fill ?? '#f6f3fc'}
              stroke={look?.stroke}
              strokeDasharray={member.status === 'crashed' ? '4 3' : undefined}
            />
            <text x={8} y={12} dy="0.2em" fontSize={11} fontWeight={600} fill={INK}>
              {fitText(
                member.clientId,
                row.width - 16 - (two ? 0 : textWidth(lagText, 10.5) + 8),
                11,
              )}
            </text>
            {two && (
              <text x={8} y={25} dy="0.2em" fontSize={10.5} fill={MUTED}>
                {status && (
                  <tspan fontWeight={700} fill={look ? look.ink : INK}>
                    {status}
                    {' · '}
                  </tspan>
                )}
                {fitText(
                  assigned,
                  partsRoom - (status ? textWidth(`${status} · `, 10.5) : 0),
                  10.5,
                )}
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
