// The throughput lines in SVG: d3 computes the scales and paths, React draws them.
import { line, scaleLinear } from 'd3';
import { formatTick } from '../../playback/formatTime';
import { MUTED, HAIRLINE } from '../../theme';
import { lineStyle } from './lineColors';
import type { ThroughputSeries } from './throughputSeries';

const M = { top: 10, right: 14, bottom: 30, left: 40 };

export function ThroughputChart({
  series,
  width,
  height,
  span,
  axisTime,
  axisRate,
}: {
  series: ThroughputSeries;
  width: number;
  height: number;
  span: number;
  axisTime: string;
  axisRate: string;
}) {
  // The x domain is always a full window: the lines grow from the left, then scroll.
  const start = Math.max(0, series.to - span + 1);
  const x = scaleLinear()
    .domain([start, start + span - 1])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, series.max * 1.1])
    .nice()
    .range([height - M.bottom, M.top]);
  const path = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const xTicks = x.ticks(6).filter((s) => Number.isInteger(s) && s >= 0);
  let consumed = 0;
  return (
    <svg width={width} height={height} aria-hidden="true" className="flow-chart">
      {y.ticks(4).map((v) => (
        <g key={`y-${v}`}>
          <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} stroke={HAIRLINE} />
          <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end" fontSize={10.5} fill={MUTED}>
            {v}
          </text>
        </g>
      ))}
      {xTicks.map((s) => (
        <text
          key={`x-${s}`}
          x={x(s)}
          y={height - M.bottom + 14}
          textAnchor="middle"
          fontSize={10.5}
          fill={MUTED}
        >
          {formatTick(s * 1000)}
        </text>
      ))}
      <text x={width - M.right} y={height - 3} textAnchor="end" fontSize={10.5} fill={MUTED}>
        {axisTime}
      </text>
      <text x={M.left} y={M.top} dy="-0.1em" fontSize={10.5} fill={MUTED} textAnchor="start" dx={4}>
        {axisRate}
      </text>
      {series.lines.map((l) => {
        const style = lineStyle(l.kind, l.kind === 'consumed' ? consumed++ : 0);
        return (
          <path
            key={l.id}
            d={path(l.points) ?? ''}
            fill="none"
            stroke={style.color}
            strokeWidth={style.width}
            strokeDasharray={style.dash || undefined}
            strokeLinejoin="round"
          />
        );
      })}
    </svg>
  );
}
