// One lane's records as dots along virtual time (x = when each was sent), with the stretches in
// which the consumer was offline shaded. Shapes differ per outcome, not only colours.
import type { ScaleLinear } from 'd3';
import { DANGER, NODE_COLORS, OFFLINE_FILL, WARNING, MUTED, HAIRLINE } from '../../theme';
import type { LaneRecord, OnlineInterval } from './brokerless';

export const STRIP_H = 34;

export type DotKind = 'delivered' | 'dropped' | 'read' | 'waiting' | 'sending';

export function Dot({ kind, x, y }: { kind: DotKind; x: number; y: number }) {
  if (kind === 'dropped') {
    const d = 4;
    return (
      <path
        d={`M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`}
        stroke={DANGER}
        strokeWidth={2.2}
        strokeLinecap="round"
      />
    );
  }
  if (kind === 'waiting')
    return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} rx={2} fill={WARNING} />;
  if (kind === 'sending') return <circle cx={x} cy={y} r={3} fill={MUTED} />;
  return <circle cx={x} cy={y} r={4.5} fill={NODE_COLORS.consumer} />;
}

export function LaneStrip({
  records,
  lane,
  offline,
  x,
  width,
}: {
  records: readonly LaneRecord[];
  lane: 'brokerless' | 'kafka';
  offline: readonly OnlineInterval[];
  x: ScaleLinear<number, number>;
  width: number;
}) {
  const [t0, t1] = x.domain() as [number, number];
  const mid = STRIP_H / 2;
  return (
    <svg width={width} height={STRIP_H} aria-hidden="true" className="flow-strip">
      <rect x={0} y={0} width={width} height={STRIP_H} rx={6} fill="#fbfcfd" stroke={HAIRLINE} />
      {offline.map((o) => {
        const from = Math.max(o.from, t0);
        const to = Math.min(o.to ?? t1, t1);
        if (to <= from) return null;
        return (
          <rect
            key={`off-${o.from}`}
            x={x(from)}
            y={1}
            width={x(to) - x(from)}
            height={STRIP_H - 2}
            fill={OFFLINE_FILL}
          />
        );
      })}
      {records
        .filter((r) => r.sentAt >= t0 && r.sentAt <= t1)
        .map((r) => (
          <Dot
            key={r.recordId}
            kind={lane === 'brokerless' ? r.brokerless : r.kafka}
            x={x(r.sentAt)}
            y={mid}
          />
        ))}
    </svg>
  );
}
