// Pure, fixed geometric layout of the cluster diagram: ZooKeeper on top, brokers in the middle,
// producers on the left, consumer groups on the right. Depends only on topology and size.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Topology {
  brokers: number[];
  producers: string[];
  consumers: { groupId: string; members: string[] }[];
}

export interface Size {
  width: number;
  height: number;
}

export interface NodeBox extends Rect {
  /** Network node id (`broker-2`, `producer-1`, `zookeeper`) or `group-<groupId>`. */
  id: string;
}

export interface BrokerBox extends NodeBox {
  brokerId: number;
}

export interface GroupBox extends NodeBox {
  groupId: string;
  /** One row per member, keyed by member id. */
  members: NodeBox[];
}

export interface Layout {
  width: number;
  height: number;
  zookeeper: NodeBox;
  brokers: BrokerBox[];
  producers: NodeBox[];
  consumerGroups: GroupBox[];
  legend: Rect;
}

const MARGIN = 14;
const GAP = 16;
/** Between the side columns and the centre band. */
const SIDE_GAP = 20;

/** Vertical room between ZooKeeper and the brokers for the session links to read as links. */
const LINK_ROOM = 44;
const MIN_CARD_W = 132;
const ARC_ROOM = 44;
const MAX_CARD_W = 300;
const MAX_CARD_H = 150;
const PRODUCER_H = 74;
const GROUP_HEADER_H = 40;
export const MEMBER_ROW_H = 36;

/** Side column width for producers and consumer groups. */
function sideWidth(width: number): number {
  return Math.round(Math.min(220, Math.max(140, width * 0.16)));
}

/** Stack boxes of the given heights in a column, centred on `centreY`, squeezed to fit `bounds`. */
function stack(
  heights: number[],
  x: number,
  width: number,
  top: number,
  bottom: number,
  centreY: number,
): Rect[] {
  const available = bottom - top;
  const gaps = Math.max(0, heights.length - 1) * 12;
  const total = heights.reduce((a, b) => a + b, 0) + gaps;
  const scale = total > available ? Math.max(0.1, (available - gaps) / (total - gaps)) : 1;
  const scaled = heights.map((h) => Math.floor(h * scale));
  const used = scaled.reduce((a, b) => a + b, 0) + gaps;
  let y = Math.round(Math.min(bottom - used, Math.max(top, centreY - used / 2)));
  return scaled.map((height) => {
    const rect = { x, y, width, height };
    y += height + 12;
    return rect;
  });
}

const MIN_CARD_H = 120;

/**
 * The layout for `size`. When the box is too small for legible broker cards, the layout grows
 * taller than the box (layout.height > size.height) and the view scales or scrolls it.
 */
export function clusterLayout(topology: Topology, size: Size): Layout {
  const width = Math.max(520, size.width);
  let height = Math.max(360, size.height);
  let result = layoutIn(topology, { width, height });
  // Grow (a few fixed steps, so the result stays a pure function of the input) until cards fit.
  for (let i = 0; i < 6 && result.cardH < MIN_CARD_H; i++) {
    height += result.rows * (MIN_CARD_H - result.cardH) + 8;
    result = layoutIn(topology, { width, height });
  }
  return result.layout;
}

function layoutIn(
  topology: Topology,
  { width, height }: Size,
): { layout: Layout; rows: number; cardH: number } {
  const side = sideWidth(width);
  const portrait = width < 900 || height > width;

  const sideGap = portrait ? 14 : SIDE_GAP;
  const centreX = MARGIN + side + sideGap;
  const centreW = width - 2 * (MARGIN + side + sideGap);
  // Narrow screens get a two-line legend.
  const legendH = width < 1100 ? 42 : 26;
  const legend = {
    x: MARGIN,
    y: height - MARGIN - legendH,
    width: width - 2 * MARGIN,
    height: legendH,
  };

  const zkMin = height < 600 ? 96 : 150;
  const zkH = Math.round(Math.min(300, Math.max(zkMin, height * (portrait ? 0.22 : 0.23))));
  const linkRoom = height < 600 ? 30 : LINK_ROOM;
  const zookeeper: NodeBox = portrait
    ? { id: 'zookeeper', x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: zkH }
    : { id: 'zookeeper', x: centreX, y: MARGIN, width: centreW, height: zkH };

  // Brokers: a grid in the centre band, as many columns as fit at the minimum card width.
  const bandBottom = legend.y - GAP;
  let bandTop = zookeeper.y + zkH + linkRoom;
  const n = topology.brokers.length;
  const maxCols = Math.max(1, Math.floor((centreW + GAP) / (MIN_CARD_W + GAP)));
  const cols = Math.max(1, Math.min(n, maxCols));
  const rows = Math.max(1, Math.ceil(n / cols));
  const cardW = Math.min(MAX_CARD_W, Math.floor((centreW - (cols - 1) * GAP) / cols));
  const rowGap = rows > 1 ? GAP + 8 : 0;
  // Leave room under the cards for the broker-to-broker replication arcs.
  const cardH = Math.min(
    MAX_CARD_H,
    Math.floor((bandBottom - bandTop - ARC_ROOM - (rows - 1) * rowGap) / rows),
  );
  // Spare height goes partly above the cards (more room for links from ZooKeeper and clients).
  const spare = bandBottom - bandTop - ARC_ROOM - rows * cardH - (rows - 1) * rowGap;
  if (spare > 0) bandTop += Math.round(Math.min(90, spare * 0.45));
  const gridTop = bandTop;
  const brokers: BrokerBox[] = topology.brokers.map((brokerId, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, n - row * cols);
    const rowW = inRow * cardW + (inRow - 1) * GAP;
    const rowLeft = centreX + (centreW - rowW) / 2;
    return {
      id: `broker-${brokerId}`,
      brokerId,
      x: Math.round(rowLeft + (i % cols) * (cardW + GAP)),
      y: Math.round(gridTop + row * (cardH + rowGap)),
      width: cardW,
      height: cardH,
    };
  });

  // Clients sit level with the gap above the brokers, so their links drop onto the card tops.
  const sideTop = portrait ? zookeeper.y + zkH + 12 : MARGIN;
  const sideCentre = portrait ? bandTop + cardH / 2 : bandTop - 24;
  const producerRects = stack(
    topology.producers.map(() => PRODUCER_H),
    MARGIN,
    side,
    sideTop,
    bandBottom,
    sideCentre,
  );
  const producers = topology.producers.map((id, i) => ({ id, ...(producerRects[i] as Rect) }));

  const groupRects = stack(
    topology.consumers.map(
      (g) => GROUP_HEADER_H + Math.max(1, g.members.length) * MEMBER_ROW_H + 6,
    ),
    width - MARGIN - side,
    side,
    sideTop,
    bandBottom,
    sideCentre,
  );
  const consumerGroups: GroupBox[] = topology.consumers.map((g, i) => {
    const rect = groupRects[i] as Rect;
    const rowH = Math.min(
      MEMBER_ROW_H,
      (rect.height - GROUP_HEADER_H - 6) / Math.max(1, g.members.length),
    );
    return {
      id: `group-${g.groupId}`,
      groupId: g.groupId,
      ...rect,
      members: g.members.map((member, m) => ({
        id: member,
        x: rect.x + 6,
        y: rect.y + GROUP_HEADER_H + m * rowH,
        width: rect.width - 12,
        height: rowH,
      })),
    };
  });

  // Centre the composition vertically in whatever height is left over.
  const bottoms = [
    ...brokers.map((b) => b.y + b.height + ARC_ROOM),
    ...[...producers, ...consumerGroups].map((b) => b.y + b.height),
  ];
  const dy = Math.max(0, Math.floor((bandBottom - Math.max(...bottoms)) / 2));
  const shift = <T extends Rect>(r: T): T => ({ ...r, y: r.y + dy });
  const layout = {
    width,
    height,
    zookeeper: shift(zookeeper),
    brokers: brokers.map(shift),
    producers: producers.map(shift),
    consumerGroups: consumerGroups.map((g) => ({ ...shift(g), members: g.members.map(shift) })),
    legend,
  };
  return { layout, rows, cardH };
}

/** Every top-level box of a layout, for overlap checks and anchor lookup. */
export function layoutBoxes(layout: Layout): NodeBox[] {
  return [layout.zookeeper, ...layout.brokers, ...layout.producers, ...layout.consumerGroups];
}
