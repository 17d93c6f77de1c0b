// The frame every diagram node shares: positioned group, lesson highlight, card, optional header.
import type { ReactNode } from 'react';
import { HIGHLIGHT, INK, MUTED, NODE_COLORS } from '../theme';
import type { NodeBox } from './clusterLayout';
import { GroupIcon, ProducerIcon, ZkIcon } from './Glyphs';
import { fitText } from './text';

export type NodeKind = 'broker' | 'producer' | 'consumer' | 'zookeeper';

export interface NodeCardProps {
  box: NodeBox;
  kind: NodeKind;
  /** Card outline colour; clients and ZooKeeper default to their role colour. */
  stroke?: string;
  fill?: string;
  strokeWidth?: number;
  strokeDasharray?: string | undefined;
  /** Off for offline nodes, which lie flat. */
  shadow?: boolean;
  highlighted: boolean;
  /** Extra attributes for the outer group (`data-state`, …). */
  data?: Record<`data-${string}`, string>;
  /** Drawn over the card, under the header: hatching, a colour band. */
  decoration?: ReactNode;
  header?: NodeHeaderProps;
  /** Hover text for the whole node. */
  tooltip?: string;
  /** Greys the header icon: the node's process is not running. */
  iconMuted?: boolean;
  children?: ReactNode;
}

export interface NodeHeaderProps {
  title: string;
  /** A muted line under the title. */
  subtitle?: string | undefined;
  /** A muted note right-aligned on the title line. */
  aside?: string | undefined;
}

const RADIUS = 9;
/** Vertical centre of the title line and the icon. */
const HEADER_Y = 17;
const TEXT_X = 33;

const KIND: Record<NodeKind, { className: string; stroke: string; icon: ReactNode }> = {
  broker: { className: 'kd-broker', stroke: INK, icon: null },
  producer: {
    className: 'kd-producer',
    stroke: NODE_COLORS.producer,
    icon: <ProducerIcon x={18} y={HEADER_Y} />,
  },
  consumer: {
    className: 'kd-group',
    stroke: NODE_COLORS.consumer,
    icon: <GroupIcon x={18} y={HEADER_Y} />,
  },
  zookeeper: {
    className: 'kd-zookeeper',
    stroke: NODE_COLORS.zookeeper,
    icon: <ZkIcon x={18} y={HEADER_Y} />,
  },
};

export function NodeCard(props: NodeCardProps) {
  const { box, highlighted, header } = props;
  const kind = KIND[props.kind];
  return (
    <g
      className={kind.className}
      data-testid={box.id}
      transform={`translate(${box.x},${box.y})`}
      {...props.data}
    >
      {props.tooltip !== undefined && <title>{props.tooltip}</title>}
      {highlighted && (
        <rect
          className="kd-highlight"
          x={-5}
          y={-5}
          width={box.width + 10}
          height={box.height + 10}
          rx={RADIUS + 3}
          fill="none"
          stroke={HIGHLIGHT}
          strokeWidth={3}
        />
      )}
      <rect
        width={box.width}
        height={box.height}
        rx={RADIUS}
        fill={props.fill ?? '#fff'}
        stroke={props.stroke ?? kind.stroke}
        strokeWidth={props.strokeWidth ?? 1.5}
        strokeDasharray={props.strokeDasharray}
        filter={props.shadow === false ? undefined : 'url(#kd-shadow)'}
      />
      {props.decoration}
      {header && (
        <NodeHeader
          width={box.width}
          icon={
            props.iconMuted ? (
              <g opacity={0.55} style={{ filter: 'grayscale(1)' }}>
                {kind.icon}
              </g>
            ) : (
              kind.icon
            )
          }
          {...header}
        />
      )}
      {props.children}
    </g>
  );
}

/** Icon, bold title (with an optional right-aligned note) and a muted subtitle. */
function NodeHeader({
  width,
  icon,
  title,
  subtitle,
  aside,
}: NodeHeaderProps & { width: number; icon: ReactNode }) {
  const asideW = aside ? aside.length * 5.6 + 8 : 0;
  const room = width - TEXT_X - 10;
  return (
    <>
      {icon}
      <text x={TEXT_X} y={HEADER_Y} dy="0.35em" fontSize={13} fontWeight={700} fill={INK}>
        {fitText(title, room - asideW, 13)}
      </text>
      {aside && (
        <text x={width - 10} y={HEADER_Y} dy="0.35em" textAnchor="end" fontSize={10.5} fill={MUTED}>
          {aside}
        </text>
      )}
      {subtitle && (
        <text x={TEXT_X} y={HEADER_Y + 15} dy="0.35em" fontSize={10.5} fill={MUTED}>
          {fitText(subtitle, room, 10.5)}
        </text>
      )}
    </>
  );
}
