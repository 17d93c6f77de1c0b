// Notable events as markers on a d3 time axis that lines up with the Time slider below it.
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { formatTick } from '../playback/formatTime';
import { THUMB_PX, timeRangeMax } from '../playback/timeRange';
import { TimeSlider } from '../playback/TimeSlider';
import { useElementSize } from '../sandbox/useElementSize';
import { useT } from '../shell/useT';
import { TimelineMarkers } from './TimelineMarkers';

const HEIGHT = 62;
const AXIS = HEIGHT - 14;

export function Timeline() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const events = useAppStore((s) => s.events);
  const horizon = useAppStore((s) => s.horizon);
  const now = useAppStore((s) => s.now);
  const seek = useAppStore((s) => s.seek);
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const max = timeRangeMax(horizon, now);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, max])
        .range([THUMB_PX / 2, Math.max(THUMB_PX, width - THUMB_PX / 2)]),
    [max, width],
  );
  const ticks = x.ticks(Math.max(2, Math.floor(width / 90)));
  return (
    <div className="timeline" ref={ref}>
      <svg width={width} height={HEIGHT} role="group" aria-label={t('timeline.label')}>
        {/* Simulated but after now (replayable), then not simulated yet. */}
        <rect
          className="timeline-replay"
          x={x(now)}
          y={0}
          width={Math.max(0, x(horizon) - x(now))}
          height={AXIS}
        >
          <title>{t('timeline.replay')}</title>
        </rect>
        <rect
          className="timeline-future"
          x={x(horizon)}
          y={0}
          width={Math.max(0, x(max) - x(horizon))}
          height={AXIS}
        >
          <title>{t('timeline.future')}</title>
        </rect>
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`} className="tick" aria-hidden="true">
            <line y1={0} y2={AXIS} />
            <text y={HEIGHT - 2} textAnchor="middle">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        <TimelineMarkers events={events} x={x} locale={locale} seek={seek} />
        <line className="now-line" x1={x(now)} x2={x(now)} y1={0} y2={AXIS} aria-hidden="true" />
      </svg>
      <TimeSlider max={max} />
    </div>
  );
}
