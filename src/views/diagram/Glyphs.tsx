// Small pictograms shared by the diagram: the controller crown, node icons.
import { NODE_COLORS } from '../theme';

/** The controller's crown, 20×14, top-left at (x, y). */
export function Crown({ x, y, title }: { x: number; y: number; title: string }) {
  return (
    <g className="kd-crown" transform={`translate(${x},${y})`} data-testid="controller-crown">
      <title>{title}</title>
      <path
        d="M1,13 L0,3 L5.5,7.5 L10,0 L14.5,7.5 L20,3 L19,13 Z"
        fill={NODE_COLORS.controller}
        stroke="#8a6400"
        strokeWidth={1}
        strokeLinejoin="round"
      />
      <circle cx={10} cy={0.8} r={1.6} fill="#8a6400" />
    </g>
  );
}

/** A right-pointing arrow in a circle: producers. */
export function ProducerIcon({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={9} fill={NODE_COLORS.producer} />
      <path
        d="M-4,0 H4 M1,-3.5 L4.5,0 L1,3.5"
        stroke="#fff"
        strokeWidth={1.8}
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </g>
  );
}

/** Three stacked people-dots: consumer groups. */
export function GroupIcon({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={9} fill={NODE_COLORS.consumer} />
      <circle cx={-3} cy={-1.5} r={2.2} fill="#fff" />
      <circle cx={3} cy={-1.5} r={2.2} fill="#fff" />
      <path d="M-6.5,5 a3.5,3 0 0 1 7,0 M-0.5,5 a3.5,3 0 0 1 7,0" fill="#fff" />
    </g>
  );
}

/** A small tree: ZooKeeper. */
export function ZkIcon({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={10} fill={NODE_COLORS.zookeeper} />
      <path
        d="M0,-5 V5 M0,-1 L-4.5,3 M0,-1 L4.5,3 M0,-5 L-3,-2 M0,-5 L3,-2"
        stroke="#fff"
        strokeWidth={1.6}
        strokeLinecap="round"
        fill="none"
      />
    </g>
  );
}
