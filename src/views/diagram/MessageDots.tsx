// Messages on the wire: each dot sits where its send and arrival times put it at `now`.
import type { MessageView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { messageStyle } from '../theme';
import type { Layout } from './clusterLayout';
import { messageCurve, messageProgress, pointAt, restingProgress } from './linkGeometry';
import { dt } from './text';

export interface MessageDotsProps {
  messages: MessageView[];
  now: number;
  layout: Layout;
  locale: Locale;
  reducedMotion: boolean;
}

export function MessageShape({ kind, size = 5 }: { kind: MessageView['kind']; size?: number }) {
  const s = messageStyle(kind);
  const fill = s.hollow ? '#fff' : s.color;
  const common = { fill, stroke: s.hollow ? s.color : '#fff', strokeWidth: s.hollow ? 2 : 1.5 };
  if (s.shape === 'diamond') {
    const d = size * 1.35;
    return <path d={`M0,${-d} L${d},0 L0,${d} L${-d},0 Z`} {...common} />;
  }
  if (s.shape === 'triangle') {
    // Equilateral, pointing up, centred on the message's position; larger, so its area matches.
    const r = size * 1.5;
    const x = r * 0.866;
    return (
      <path d={`M0,${-r} L${x},${r / 2} L${-x},${r / 2} Z`} strokeLinejoin="round" {...common} />
    );
  }
  if (s.shape === 'square') {
    const d = size * 0.95;
    return <rect x={-d} y={-d} width={2 * d} height={2 * d} rx={1.5} {...common} />;
  }
  return <circle r={size} {...common} />;
}

/** Messages sharing a link (either direction), in id order: for spreading them at rest. */
function siblings(messages: MessageView[]): Map<number, { index: number; count: number }> {
  const byLink = new Map<string, MessageView[]>();
  for (const m of messages) {
    const key = [m.from, m.to].sort().join('|');
    byLink.set(key, [...(byLink.get(key) ?? []), m]);
  }
  const out = new Map<number, { index: number; count: number }>();
  for (const list of byLink.values()) {
    [...list]
      .sort((a, b) => a.id - b.id)
      .forEach((m, index) => out.set(m.id, { index, count: list.length }));
  }
  return out;
}

export function MessageDots({ messages, now, layout, locale, reducedMotion }: MessageDotsProps) {
  const resting = siblings(messages);
  return (
    <g
      className="kd-messages"
      role="img"
      aria-label={dt(locale, 'messagesLayer', { count: messages.length })}
    >
      {messages.map((m) => {
        const curve = messageCurve(layout, m.from, m.to);
        if (!curve) return null;
        const rest = resting.get(m.id);
        const t =
          reducedMotion && rest
            ? restingProgress(rest.index, rest.count)
            : messageProgress(m, now, reducedMotion);
        const p = pointAt(curve, t);
        return (
          <g
            key={m.id}
            className="kd-message"
            data-kind={m.kind}
            transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}
          >
            <title>
              {dt(locale, 'messageTitle', {
                kind: m.kind,
                from: m.from,
                to: m.to,
                summary: m.summary,
              })}
            </title>
            <circle r={10} fill="transparent" />
            <MessageShape kind={m.kind} />
          </g>
        );
      })}
    </g>
  );
}
