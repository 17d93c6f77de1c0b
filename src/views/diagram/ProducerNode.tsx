// A producer: its target topic and acks, and how many records were sent, acknowledged, failed.
import type { ProducerView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { DANGER, INK, MUTED } from '../theme';
import type { NodeBox } from './clusterLayout';
import { NodeCard } from './NodeCard';
import { dt, fitText } from './text';

export interface ProducerNodeProps {
  box: NodeBox;
  producer: ProducerView;
  locale: Locale;
  highlighted: boolean;
}

export function ProducerNode({ box, producer, locale, highlighted }: ProducerNodeProps) {
  const stats = dt(locale, 'producerStats', {
    sent: producer.sent,
    acked: producer.acknowledged,
    failed: producer.failed,
  });
  const target = dt(locale, 'producerTarget', { topic: producer.topic, acks: producer.acks });
  const inFlight = dt(locale, 'producerInFlight', { count: producer.inFlight });
  const title = [producer.id, target, stats, inFlight, producer.lastError ?? '']
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
    <NodeCard
      box={box}
      kind="producer"
      highlighted={highlighted}
      tooltip={title}
      header={{
        title: producer.id,
        subtitle: target,
        aside: !narrow && producer.inFlight > 0 ? inFlight : undefined,
      }}
    >
      {box.height >= 62 &&
        cells.map((c, i) => (
          <g key={c.key} transform={`translate(${10 + i * cellW},0)`}>
            <text y={52} dy="0.35em" fontSize={12} fontWeight={700} fill={c.color}>
              {c.n}
            </text>
            <text y={64} dy="0.35em" fontSize={9.5} fill={MUTED}>
              {fitText(c.label, cellW - 4, 9.5)}
            </text>
          </g>
        ))}
    </NodeCard>
  );
}
