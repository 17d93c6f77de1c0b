// The pipeline drawn: boxes for sources, topics and sinks, curves for writes and reads.
import { fitText } from '../../diagram/text';
import { NODE_COLORS, INK, MUTED, WARNING, HAIRLINE } from '../../theme';
import type { PipelineLayout, PipelineNode } from './pipelineLayout';

export interface NodeText {
  title: string;
  detail: string;
  warn?: boolean;
}

const HEAD = 22;
const FILL = { source: '#eef7f1', topic: '#eef3fb', sink: '#f4effb' } as const;
const STROKE = {
  source: NODE_COLORS.producer,
  topic: '#1d4ed8',
  sink: NODE_COLORS.consumer,
} as const;

function edgePath(from: PipelineNode, to: PipelineNode): string {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const mid = (x1 + x2) / 2;
  return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
}

export function PipelineGraph({
  layout,
  text,
  headers,
  moving,
}: {
  layout: PipelineLayout;
  text: (n: PipelineNode) => NodeText;
  headers: Record<PipelineNode['kind'], string>;
  /** Edges with records flowing now (animated). */
  moving: ReadonlySet<string>;
}) {
  const columns = (['source', 'topic', 'sink'] as const).map((kind) => ({
    kind,
    node: layout.nodes.find((n) => n.kind === kind),
  }));
  return (
    <svg
      width={layout.width}
      height={layout.height + HEAD}
      aria-hidden="true"
      className="flow-pipeline"
    >
      {columns.map(({ kind, node }) =>
        node ? (
          <text
            key={kind}
            x={node.x + node.width / 2}
            y={14}
            textAnchor="middle"
            fontSize={11.5}
            fontWeight={700}
            fill={MUTED}
          >
            {headers[kind]}
          </text>
        ) : null,
      )}
      <defs>
        {(['topic', 'sink'] as const).map((kind) => (
          <marker
            key={kind}
            id={`flow-arrow-${kind}`}
            viewBox="0 0 8 8"
            refX={7}
            refY={4}
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            <path d="M0,0L8,4L0,8z" fill={STROKE[kind]} />
          </marker>
        ))}
      </defs>
      <g transform={`translate(0,${HEAD})`}>
        {layout.edges.map((e) => (
          <path
            key={e.id}
            d={edgePath(e.from, e.to)}
            fill="none"
            stroke={moving.has(e.id) ? STROKE[e.to.kind] : HAIRLINE}
            strokeWidth={2}
            className={moving.has(e.id) ? 'flow-edge is-moving' : 'flow-edge'}
            markerEnd={moving.has(e.id) ? `url(#flow-arrow-${e.to.kind})` : undefined}
          />
        ))}
        {layout.nodes.map((n) => {
          const tx = text(n);
          return (
            <g key={`${n.kind}-${n.id}`} transform={`translate(${n.x},${n.y})`}>
              <rect
                width={n.width}
                height={n.height}
                rx={8}
                fill={FILL[n.kind]}
                stroke={STROKE[n.kind]}
                strokeWidth={1.5}
              />
              <text x={10} y={21} fontSize={12.5} fontWeight={700} fill={INK}>
                {fitText(tx.title, n.width - 18, 12.5)}
              </text>
              <text
                x={10}
                y={39}
                fontSize={11}
                fill={tx.warn ? WARNING : MUTED}
                fontWeight={tx.warn ? 600 : 400}
              >
                {fitText(tx.detail, n.width - 18, 11)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
