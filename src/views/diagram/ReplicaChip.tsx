// One partition replica on a broker card: a keyboard-focusable chip styled by its role.
import type { KeyboardEvent } from 'react';
import { FOCUS, INK, WARNING, roleStyle, type ReplicaRole } from '../theme';
import { fitText } from './text';

export interface ReplicaChipProps {
  partition: string;
  brokerId: number;
  role: ReplicaRole;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
  dimmed: boolean;
  highlighted: boolean;
  label: string;
  title: string;
  onSelect: (partition: string) => void;
}

export function ReplicaChip(props: ReplicaChipProps) {
  const { partition, brokerId, role, x, y, width, height, selected, dimmed, highlighted } = props;
  const style = roleStyle(role, brokerId);
  const text = fitText(partition, width - (role === 'outOfSync' ? 22 : 12), 11.5);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelect(partition);
    }
  };
  return (
    <g
      className="kd-chip"
      role="button"
      tabIndex={0}
      aria-label={props.label}
      aria-pressed={selected}
      data-role={role}
      data-partition={partition}
      transform={`translate(${x},${y})`}
      opacity={dimmed ? 0.45 : 1}
      onClick={() => props.onSelect(partition)}
      onKeyDown={onKeyDown}
    >
      <title>{props.title}</title>
      {(selected || highlighted) && (
        <rect
          x={-3.5}
          y={-3.5}
          width={width + 7}
          height={height + 7}
          rx={7}
          fill="none"
          stroke={selected ? INK : '#f59e0b'}
          strokeWidth={selected ? 2 : 2.5}
        />
      )}
      <rect
        width={width}
        height={height}
        rx={5}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dash}
      />
      {style.hatched && <rect width={width} height={height} rx={5} fill="url(#kd-hatch)" />}
      <text
        x={role === 'outOfSync' ? 8 : width / 2}
        y={height / 2}
        dy="0.35em"
        textAnchor={role === 'outOfSync' ? 'start' : 'middle'}
        fill={style.text}
        fontSize={11.5}
        fontWeight={role === 'leader' ? 650 : 500}
        textDecoration={style.struck ? 'line-through' : undefined}
      >
        {text}
      </text>
      {role === 'outOfSync' && (
        <g transform={`translate(${width - 11},${height / 2})`} aria-hidden="true">
          <circle r={6} fill={WARNING} />
          <text y={0} dy="0.35em" textAnchor="middle" fill="#fff" fontSize={9.5} fontWeight={800}>
            !
          </text>
        </g>
      )}
      <rect
        className="kd-focus-ring"
        x={-3}
        y={-3}
        width={width + 6}
        height={height + 6}
        rx={7}
        fill="none"
        stroke={FOCUS}
        strokeWidth={2.5}
      />
    </g>
  );
}
