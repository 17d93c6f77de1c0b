// A producer: its target topic and acks, and how many records were sent, acknowledged, failed.
import type { ProducerView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { DANGER, HIGHLIGHT, INK, MUTED, NODE_COLORS } from '../theme';
import type { NodeBox } from './clusterLayout';
import { ProducerIcon } from './Glyphs';
import { dt, fitText } from './text';

export interface ProducerNodeProps {
  box: NodeBox;
  producer: ProducerView;
  locale: Locale;
  highlighted: boolean;
}

export function ProducerNode({ box, producer, locale, highlighted }: ProducerNodeProps) {
  const w = box.width - 20;
  const stats = dt(locale, 'producerStats', {
    sent: producer.sent,
    acked: producer.acknowledged,
    failed: producer.failed,
  });
  const target = dt(locale, 'producerTarget', { topic: producer.topic, acks: producer.acks });
  const title = [
    producer.id,
    target,
    stats,
    dt(locale, 'producerInFlight', { count: producer.inFlight }),
    producer.lastError ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  const narrow = box.width < 190;
  const cells = [
    { key: 'sent', n: producer.sent, label: dt(locale, 'statSent'), color: INK },
    { key: 'acked', n: producer.acknowledged, label: dt(locale, 'statAcked'), color: INK },
    {
      key: 'failed',
      n: producer.failed,
      label: dt(locale, 'statFailed'),
      color: producer.failed > 0 ? DANGER : INK,
    },
  ];
  const cellW = (box.width - 20) / 3;
  return (
    <g className="kd-producer" data-testid={box.id} transform={`translate(${box.x},${box.y})`}>
      <title>{title}</title>
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
        stroke={NODE_COLORS.producer}
        strokeWidth={1.5}
        filter="url(#kd-shadow)"
      />
      <ProducerIcon x={18} y={16} />
      <text x={33} y={16} dy="0.35em" fontSize={13} fontWeight={700} fill={INK}>
        {fitText(producer.id, w - 24 - (narrow || producer.inFlight === 0 ? 0 : 56), 13)}
      </text>
      {!narrow && producer.inFlight > 0 && (
        <text x={box.width - 10} y={16} dy="0.35em" textAnchor="end" fontSize={10.5} fill={MUTED}>
          {dt(locale, 'producerInFlight', { count: producer.inFlight })}
        </text>
      )}
      <text x={10} y={35} dy="0.35em" fontSize={10.5} fill={MUTED}>
        {fitText(target, w, 10.5)}
      </text>
      {box.height >= 62 &&
        cells.map((c, i) => (
          <g key={c.key} transform={`translate(${10 + i * cellW},0)`}>
            <text y={50} dy="0.35em" fontSize={12} fontWeight={700} fill={c.color}>
              {c.n}
            </text>
            <text y={62} dy="0.35em" fontSize={9.5} fill={MUTED}>
              {fitText(c.label, cellW - 4, 9.5)}
            </text>
          </g>
        ))}
    </g>
  );
}
