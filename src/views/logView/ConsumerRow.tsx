// Consumer groups' positions on the partition, drawn under the leader's row at their offsets.
import type { ConsumerGroupView, PartitionView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { lt } from './text';

export interface ConsumerRowProps {
  partition: PartitionView;
  groups: ConsumerGroupView[];
  offsets: number[];
  locale: Locale;
}

export function ConsumerRow({ partition, groups, offsets, locale }: ConsumerRowProps) {
  const positions = groups.flatMap((g) =>
    g.offsets
      .filter((o) => o.topic === partition.topic && o.partition === partition.partition)
      .map((o) => ({ groupId: g.groupId, ...o })),
  );
  // One lane per group, so markers at nearby offsets never overlap.
  const lane = new Map(positions.map((p, i) => [p.groupId, i]));
  if (positions.length === 0) return null;
  const first = offsets[0] ?? 0;
  const last = offsets[offsets.length - 1] ?? 0;
  // Near the right end a label grows leftwards so the scroller never clips it (unless the
  // window is so short that it would run under the row headers instead).
  const alignEnd = (offset: number) => offset > last - 4 && offset - first >= 4;
  return (
    <tr className="kl-consumers" style={{ height: `${positions.length * 18 + 6}px` }}>
      <th scope="row">{lt(locale, 'consumers')}</th>
      {offsets.map((offset) => {
        const here = positions.filter(
          (p) => Math.min(last, Math.max(first, p.position)) === offset,
        );
        return (
          <td key={offset}>
            {here.map((p) => (
              <span
                key={p.groupId}
                className="kl-consumer"
                style={{
                  top: `${(lane.get(p.groupId) ?? 0) * 18 + 3}px`,
                  ...(alignEnd(offset) ? { left: 'auto', right: '2px' } : {}),
                }}
                title={lt(locale, 'consumerTitle', {
                  groupId: p.groupId,
                  position: p.position,
                  committed: p.committed ?? '–',
                  lag: Math.max(0, p.highWatermark - p.position),
                })}
              >
                {alignEnd(offset)
                  ? `${p.groupId} @${p.position} ▲`
                  : `▲ ${p.groupId} @${p.position}`}
              </span>
            ))}
          </td>
        );
      })}
    </tr>
  );
}
