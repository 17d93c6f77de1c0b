// The static links under the nodes: who talks to whom right now.
import { DANGER, NODE_COLORS } from '../theme';
import type { DiagramLink, LinkKind } from './diagramLinks';
import { curvePath } from './linkGeometry';

const LINK_COLOR: Record<LinkKind, string> = {
  produce: NODE_COLORS.producer,
  replication: '#7b8794',
  zookeeper: NODE_COLORS.zookeeper,
  consume: NODE_COLORS.consumer,
};

export function Links({ links }: { links: DiagramLink[] }) {
  return (
    <g className="kd-links" aria-hidden="true" fill="none">
      {links.map((link) => (
        <path
          key={link.id}
          data-link={link.kind}
          d={curvePath(link.curve)}
          stroke={link.cut ? DANGER : LINK_COLOR[link.kind]}
          strokeOpacity={link.cut ? 0.7 : link.kind === 'replication' ? 0.55 : 0.4}
          strokeWidth={link.kind === 'replication' ? 2 : 1.6}
          strokeDasharray={link.cut ? '2 5' : link.kind === 'zookeeper' ? '5 4' : undefined}
          strokeLinecap="round"
        />
      ))}
    </g>
  );
}
