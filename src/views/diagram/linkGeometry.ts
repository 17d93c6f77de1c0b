// Pure geometry for links and in-flight messages: where a link runs, and where a message is at `now`.
import { easeCubicInOut } from 'd3';
import type { MessageView, NodeId } from '../../model/snapshotTypes';
import type { Layout, NodeBox } from './clusterLayout';

export interface Point {
  x: number;
  y: number;
}

export interface Curve {
  p0: Point;
  c1: Point;
  c2: Point;
  p1: Point;
}

interface Port {
  p: Point;
  /** Unit direction the link leaves the box in. */
  n: Point;
}

const DOWN = { x: 0, y: 1 };
const UP = { x: 0, y: -1 };
const LEFT = { x: -1, y: 0 };
const RIGHT = { x: 1, y: 0 };

/** The box a network node is drawn in; consumers fall back to their group's box. */
export function nodeBox(layout: Layout, nodeId: NodeId): NodeBox | undefined {
  if (nodeId === 'zookeeper') return layout.zookeeper;
  const direct =
    layout.brokers.find((b) => b.id === nodeId) ?? layout.producers.find((p) => p.id === nodeId);
  if (direct) return direct;
  for (const group of layout.consumerGroups) {
    const member = group.members.find((m) => m.id === nodeId);
    if (member) return member;
  }
  return layout.consumerGroups.find(
    (g) => nodeId === g.id || nodeId.startsWith(`consumer-${g.groupId}-`),
  );
}

type Kind = 'zookeeper' | 'broker' | 'producer' | 'consumer';

function kindOf(layout: Layout, box: NodeBox): Kind {
  if (box === layout.zookeeper) return 'zookeeper';
  if (layout.brokers.includes(box as (typeof layout.brokers)[number])) return 'broker';
  if (layout.producers.includes(box)) return 'producer';
  return 'consumer';
}

/** Where a link to a peer of kind `peer` leaves a box, and in which direction. */
function port(layout: Layout, box: NodeBox, kind: Kind, other: NodeBox, peer: Kind): Port {
  const bottom = box.y + box.height;
  switch (kind) {
    case 'zookeeper': {
      const x = Math.min(box.x + box.width - 12, Math.max(box.x + 12, other.x + other.width / 2));
      return { p: { x, y: bottom }, n: DOWN };
    }
    case 'producer':
      return { p: { x: box.x + box.width, y: box.y + box.height / 2 }, n: RIGHT };
    case 'consumer':
      return { p: { x: box.x, y: box.y + box.height / 2 }, n: LEFT };
    case 'broker': {
      if (peer === 'zookeeper') return { p: { x: box.x + box.width / 2, y: box.y }, n: UP };
      if (peer === 'producer') return { p: { x: box.x + box.width * 0.22, y: box.y }, n: UP };
      if (peer === 'consumer') return { p: { x: box.x + box.width * 0.78, y: box.y }, n: UP };
      return brokerPort(layout, box, other);
    }
  }
}

/** Brokers in the same grid row as `box`, left to right. */
function rowOf(layout: Layout, box: NodeBox): NodeBox[] {
  return layout.brokers.filter((b) => b.y === box.y).sort((a, b) => a.x - b.x);
}

/**
 * Broker to broker, same row: from the card bottoms, one arc per pair. The nearest peer on each
 * side takes the port nearest that edge and farther peers ports further in, so the arcs nest like
 * an arc diagram and never cross. Between rows: straight down from the upper card to the lower.
 */
function brokerPort(layout: Layout, box: NodeBox, other: NodeBox): Port {
  if (other.y !== box.y) {
    const below = other.y > box.y;
    const f = Math.min(0.85, Math.max(0.15, 0.5 + (other.x - box.x) / (4 * box.width)));
    return below
      ? { p: { x: box.x + box.width * f, y: box.y + box.height }, n: DOWN }
      : { p: { x: box.x + box.width * f, y: box.y }, n: UP };
  }
  const row = rowOf(layout, box);
  const i = row.indexOf(box);
  const j = row.indexOf(other);
  const right = j > i;
  const onSide = right ? row.length - 1 - i : i;
  const d = Math.abs(j - i);
  const f = 0.55 + (0.35 * (onSide - d + 1)) / Math.max(1, onSide);
  return { p: { x: box.x + box.width * (right ? f : 1 - f), y: box.y + box.height }, n: DOWN };
}

/** The curve of the link from box `a` to box `b` (reverse it for the other direction). */
export function linkCurve(layout: Layout, a: NodeBox, b: NodeBox): Curve {
  const ka = kindOf(layout, a);
  const kb = kindOf(layout, b);
  const pa = port(layout, a, ka, b, kb);
  const pb = port(layout, b, kb, a, ka);
  const dist = Math.hypot(pb.p.x - pa.p.x, pb.p.y - pa.p.y);
  // Client links keep short handles, so they bend into the card tops instead of looping over them.
  let k = Math.min(ka === 'zookeeper' || kb === 'zookeeper' ? 160 : 70, Math.max(24, dist * 0.4));
  if (ka === 'broker' && kb === 'broker' && a.y === b.y) {
    // A cubic with both handles at depth k dips 0.75·k: keep every arc inside the arc room.
    const row = rowOf(layout, a);
    const steps = Math.abs(row.indexOf(b) - row.indexOf(a));
    const maxSteps = Math.max(1, row.length - 1);
    k = ((layout.arcRoom - 8) / 0.75) * (0.45 + (0.55 * steps) / maxSteps);
  } else if (ka === 'broker' && kb === 'broker') {
    k = Math.max(12, Math.abs(pb.p.y - pa.p.y) * 0.45);
  }
  return {
    p0: pa.p,
    c1: { x: pa.p.x + pa.n.x * k, y: pa.p.y + pa.n.y * k },
    c2: { x: pb.p.x + pb.n.x * k, y: pb.p.y + pb.n.y * k },
    p1: pb.p,
  };
}

export function reverse({ p0, c1, c2, p1 }: Curve): Curve {
  return { p0: p1, c1: c2, c2: c1, p1: p0 };
}

export function curvePath({ p0, c1, c2, p1 }: Curve): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  return `M${f(p0.x)},${f(p0.y)} C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(p1.x)},${f(p1.y)}`;
}

/** Point on the cubic Bézier at parameter t ∈ [0, 1]. */
export function pointAt({ p0, c1, c2, p1 }: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * c1.x + c * c2.x + d * p1.x,
    y: a * p0.y + b * c1.y + c * c2.y + d * p1.y,
  };
}

/** How far along its link a message is at `now` (0 = just sent, 1 = arriving), eased. */
export function messageProgress(
  message: Pick<MessageView, 'sentAt' | 'arriveAt'>,
  now: number,
  reducedMotion: boolean,
): number {
  if (reducedMotion) return 0.5;
  const span = message.arriveAt - message.sentAt;
  const raw = span <= 0 ? 1 : (now - message.sentAt) / span;
  return easeCubicInOut(Math.min(1, Math.max(0, raw)));
}

/**
 * With reduced motion, messages rest around the middle of their link; several on one link are
 * spread apart (index among `count`) so none hides another.
 */
export function restingProgress(index: number, count: number): number {
  if (count <= 1) return 0.5;
  const step = Math.min(0.12, 0.6 / (count - 1));
  return 0.5 + (index - (count - 1) / 2) * step;
}

/** The curve a message between two nodes travels on, or null if either end is not drawn. */
export function messageCurve(layout: Layout, from: NodeId, to: NodeId): Curve | null {
  const a = nodeBox(layout, from);
  const b = nodeBox(layout, to);
  if (!a || !b || a === b) return null;
  return linkCurve(layout, a, b);
}
