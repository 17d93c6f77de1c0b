// The event markers: one described dot per event, drawn again only when the events change.
// One Tab stop for the whole row (roving tabindex): ← / → / Home / End move between markers,
// Enter or Space seeks to the focused one.
import type { ScaleLinear } from 'd3';
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import type { TimelineEvent } from '../../model/snapshotTypes';
import { eventColor, eventLane, eventText, eventTime, type Lane } from './eventText';

export const LANE_Y: Record<Lane, number> = { broker: 10, controller: 24, partition: 38 };

interface Props {
  events: readonly TimelineEvent[];
  x: ScaleLinear<number, number>;
  locale: Locale;
  seek(t: number): void;
}

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

export const TimelineMarkers = memo(function TimelineMarkers({ events, x, locale, seek }: Props) {
  const group = useRef<SVGGElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = Math.max(
    0,
    events.findIndex((e) => e.id === activeId),
  );
  const onKey = (e: KeyboardEvent, index: number) => {
    const event = events[index];
    if (!event) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      seek(event.at);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    // Handled here, so the global ← / → (step back / forward) shortcuts stay out of it.
    e.preventDefault();
    const next = move(index, events.length - 1);
    setActiveId(events[next]?.id ?? null);
    group.current?.querySelectorAll<SVGGElement>('.marker')[next]?.focus();
  };
  return (
    <g ref={group}>
      {events.map((event, index) => {
        const text = eventText(locale, event);
        const label = translate(locale, 'timeline.markerLabel', {
          time: eventTime(locale, event.at),
          text,
        });
        return (
          <g
            key={event.id}
            className="marker"
            transform={`translate(${x(event.at)},${LANE_Y[eventLane(event.kind)]})`}
            tabIndex={index === active ? 0 : -1}
            role="button"
            aria-label={label}
            onClick={() => seek(event.at)}
            onFocus={() => setActiveId(event.id)}
            onKeyDown={(e) => onKey(e, index)}
          >
            <title>{label}</title>
            <circle r={8} className="marker-hit" />
            <circle r={4.5} fill={eventColor(event)} />
          </g>
        );
      })}
    </g>
  );
});
