// The pipeline picture as a pure function of the clients and topics and the width: sources
// (producers) left, topics in the middle, sinks (consumer groups) right, edges between them.
export interface PipelineInput {
  producers: { id: string; topic: string }[];
  topics: string[];
  groups: { groupId: string; topics: string[] }[];
}

export interface PipelineNode {
  id: string;
  kind: 'source' | 'topic' | 'sink';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PipelineEdge {
  id: string;
  from: PipelineNode;
  to: PipelineNode;
}

export interface PipelineLayout {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
  width: number;
  height: number;
}

export const NODE_H = 54;
const GAP = 14;
const PAD = 8;

/** Topics nobody writes or reads are left out; so are producers and groups of unknown topics. */
export function pipelineLayout(input: PipelineInput, width: number): PipelineLayout {
  const used = new Set([
    ...input.producers.map((p) => p.topic),
    ...input.groups.flatMap((g) => g.topics),
  ]);
  const topics = input.topics.filter((t) => used.has(t));
  const colW = Math.max(110, Math.min(220, (width - 2 * PAD) / 4));
  const xs = { source: PAD, topic: (width - colW) / 2, sink: width - PAD - colW };
  const rows = Math.max(input.producers.length, topics.length, input.groups.length, 1);
  const height = rows * NODE_H + (rows - 1) * GAP + 2 * PAD;
  const column = (kind: PipelineNode['kind'], ids: string[]): PipelineNode[] => {
    const h = ids.length * NODE_H + (ids.length - 1) * GAP;
    const top = (height - h) / 2;
    return ids.map((id, i) => ({
      id,
      kind,
      x: xs[kind],
      y: top + i * (NODE_H + GAP),
      width: colW,
      height: NODE_H,
    }));
  };
  const sources = column(
    'source',
    input.producers.map((p) => p.id),
  );
  const mids = column('topic', topics);
  const sinks = column(
    'sink',
    input.groups.map((g) => g.groupId),
  );
  const topicNode = new Map(mids.map((n) => [n.id, n] as const));
  const edges: PipelineEdge[] = [];
  input.producers.forEach((p, i) => {
    const to = topicNode.get(p.topic);
    if (to) edges.push({ id: `${p.id}->${p.topic}`, from: sources[i]!, to });
  });
  input.groups.forEach((g, i) => {
    for (const t of g.topics) {
      const from = topicNode.get(t);
      if (from) edges.push({ id: `${t}->${g.groupId}`, from, to: sinks[i]! });
    }
  });
  return { nodes: [...sources, ...mids, ...sinks], edges, width, height };
}
