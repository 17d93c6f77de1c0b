// Pure, fixed geometric layout of the cluster diagram: ZooKeeper across the top, brokers in the
// middle, producers on the left, consumer groups on the right. Depends only on topology and size.

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
  /** Most replicas any broker hosts: cards grow to list them when the canvas has room. */
  replicasPerBroker?: number;
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
  /** The centre band the broker grid fills; with no brokers, where the empty-machine hint goes. */
  brokerBand: Rect;
  legend: Rect;
  /** Height under each broker row kept for its replication arcs. */
  arcRoom: number;
}

const MARGIN = 14;
const GAP = 16;
/** Between the side columns and the centre band. */
const SIDE_GAP = 16;

/** Vertical room between ZooKeeper and the brokers for the session links to read as links. */
const LINK_ROOM = 44;
const MIN_CARD_W = 132;
/** Under each row of brokers: the replication arcs between the cards of that row. */
const ARC_ROOM = 40;
const MAX_CARD_W = 300;
const MAX_CARD_H = 170;
/** A card's header and padding, and one row of replica chips (22 px chip + 7 px gap). */
const CARD_CHROME_H = 64;
const CHIP_ROW_H = 29;
const TALLEST_CARD_H = 330;

/** The tallest a card should be: room for one chip per row, within bounds. */
function cardHeightCap(replicasPerBroker: number | undefined): number {
  const wanted = CARD_CHROME_H + (replicasPerBroker ?? 0) * CHIP_ROW_H;
  return Math.max(MAX_CARD_H, Math.min(TALLEST_CARD_H, wanted));
}
const MIN_CARD_H = 120;
const PRODUCER_H = 74;
const GROUP_HEADER_H = 42;
export const MEMBER_ROW_H = 36;
/** One line of the znode list (diagram.css sets the same line height) and the card chrome. */
export const ZNODE_LINE = 17;
const ZK_CHROME = 32 + 14;

/** Side column width for producers and consumer groups: wide enough for `consumer-<group>-1`. */
function sideWidth(width: number): number {
  return Math.round(Math.min(230, Math.max(166, width * 0.205)));
}

/**
 * ZooKeeper's height: a heading and enough lines per column for every live broker (up to 6), and
 * at least four (the controller column's) so /controller and /controller_epoch never scroll away.
 */
function zookeeperHeight(brokers: number, brokerRows: number, height: number): number {
  const needed = height < 520 ? 3 : Math.min(6, Math.max(height < 540 ? 4 : 5, brokers));
  // A tall canvas with one or two rows of brokers gives ZooKeeper about a quarter of its height, so
  // fewer lists need "+N more".
  const roomy =
    brokerRows > 2 ? 0 : Math.min(9, Math.floor((height * 0.24 - ZK_CHROME) / ZNODE_LINE) - 1);
  const rows = Math.max(needed, roomy);
  return ZK_CHROME + (1 + rows) * ZNODE_LINE;
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

/**
 * ZooKeeper spans the top; below it producers (left), the broker grid (centre) and consumer
 * groups (right) share one band, each broker row with its replication arcs underneath.
 */
function layoutIn(
  topology: Topology,
  { width, height }: Size,
): { layout: Layout; rows: number; cardH: number } {
  const side = sideWidth(width);
  const centreX = MARGIN + side + SIDE_GAP;
  const centreW = width - 2 * (MARGIN + side + SIDE_GAP);
  // Narrow screens get a two-line legend.
  const legendH = width < 1100 ? 42 : 26;
  const legend = {
    x: MARGIN,
    y: height - MARGIN - legendH,
    width: width - 2 * MARGIN,
    height: legendH,
  };

  const n = topology.brokers.length;
  const maxCols = Math.max(1, Math.floor((centreW + GAP) / (MIN_CARD_W + GAP)));
  const cols = Math.max(1, Math.min(n, maxCols));
  const rows = Math.max(1, Math.ceil(n / cols));
  const zkH = zookeeperHeight(n, rows, height);
  const zookeeper: NodeBox = {
    id: 'zookeeper',
    x: MARGIN,
    y: MARGIN,
    width: width - 2 * MARGIN,
    height: zkH,
  };

  // Brokers: a grid in the centre band, as many columns as fit at the minimum card width.
  const linkRoom = height < 600 ? 34 : LINK_ROOM;
  const bandBottom = legend.y - 8;
  let bandTop = zookeeper.y + zkH + linkRoom;
  // The band takes the side columns too when no clients sit there (an empty machine has none).
  const bandLeft = topology.producers.length > 0 ? centreX : MARGIN;
  const bandRight = topology.consumers.length > 0 ? centreX + centreW : width - MARGIN;
  const brokerBand = {
    x: bandLeft,
    y: bandTop,
    width: bandRight - bandLeft,
    height: bandBottom - bandTop,
  };
  const cardW = Math.min(MAX_CARD_W, Math.floor((centreW - (cols - 1) * GAP) / cols));
  // More rows: flatter arcs, so the cards keep their height.
  const arcRoom = rows >= 3 ? 24 : rows === 2 ? 28 : ARC_ROOM;
  const cardH = Math.min(
    cardHeightCap(topology.replicasPerBroker),
    Math.floor((bandBottom - bandTop) / rows - arcRoom),
  );
  // Spare height widens the room for links above the cards and below the last row's arcs.
  const spare = bandBottom - bandTop - rows * (cardH + arcRoom);
  if (spare > 0) bandTop += Math.round(spare * 0.5);
  const brokers: BrokerBox[] = topology.brokers.map((brokerId, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, n - row * cols);
    const rowW = inRow * cardW + (inRow - 1) * GAP;
    const rowLeft = centreX + (centreW - rowW) / 2;
    return {
      id: `broker-${brokerId}`,
      brokerId,
      x: Math.round(rowLeft + (i % cols) * (cardW + GAP)),
      y: Math.round(bandTop + row * (cardH + arcRoom)),
      width: cardW,
      height: cardH,
    };
  });

  // Clients sit level with the top of the first broker row, so their links run across the gap
  // above the cards instead of over them.
  const sideTop = zookeeper.y + zkH + 12;
  const sideCentre = bandTop + Math.min(cardH, 150) / 2;
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

  const layout = {
    width,
    height,
    zookeeper,
    brokers,
    producers,
    consumerGroups,
    brokerBand,
    legend,
    arcRoom,
  };
  return { layout, rows, cardH };
}

/** Every top-level box of a layout, for overlap checks and anchor lookup. */
export function layoutBoxes(layout: Layout): NodeBox[] {
  return [layout.zookeeper, ...layout.brokers, ...layout.producers, ...layout.consumerGroups];
}
