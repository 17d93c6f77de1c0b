// The visual language shared by every view: broker colours, replica-role styles, message kinds.
import type { MessageKind } from '../model/snapshotTypes';

/**
 * One colour per broker id, colour-blind safe: Okabe–Ito hues (darkened so white text on them reaches 4.5:1), then Paul Tol's wine, olive and indigo for brokers 7–9.
 */
const BROKER_PALETTE = [
  '#0072B2', // blue
  '#BF4E00', // vermilion
  '#007F63', // bluish green
  '#A44D91', // reddish purple
  '#9A6700', // orange (darkened)
  '#4B7A99', // sky blue (darkened, desaturated)
  '#882255', // wine
  '#6B6B1F', // olive
  '#332288', // indigo
] as const;

/** The colour of broker `id` (ids start at 1; wraps past 9). */
export function brokerColor(id: number): string {
  const index =
    (((id - 1) % BROKER_PALETTE.length) + BROKER_PALETTE.length) % BROKER_PALETTE.length;
  return BROKER_PALETTE[index] ?? BROKER_PALETTE[0];
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour that reads on `fill`: white or ink, whichever contrasts more. */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, INK) ? '#ffffff' : INK;
}

/** Mix `hex` with white: amount 0 = the colour, 1 = white. */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export const INK = '#1c2430';
export const MUTED = '#5b6675';
export const HAIRLINE = '#d5dbe3';
export const SURFACE = '#ffffff';
export const CANVAS = '#f6f8fb';
export const WARNING = '#b45309';
export const WARNING_TINT = '#fff4d6';
export const DANGER = '#c0262d';
export const OFFLINE_FILL = '#e7e9ed';
export const OFFLINE_INK = '#6b7280';
export const FOCUS = '#1d4ed8';
export const HIGHLIGHT = '#f59e0b';

/** Entities that are not brokers. */
export const NODE_COLORS = {
  producer: '#1f7a4d',
  consumer: '#6d3fc0',
  zookeeper: '#7a5a12',
  controller: '#d4a017',
} as const;

export type ReplicaRole = 'leader' | 'insync' | 'outOfSync' | 'offline';

export interface RoleStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** SVG/CSS dash pattern, or undefined for a solid line. */
  dash: string | undefined;
  text: string;
  /** Hatched (offline) replicas use the `hatch` pattern on top of the fill. */
  hatched: boolean;
  struck: boolean;
}

/** How a replica of broker `brokerId` is drawn in `role` — the same in every view. */
export function roleStyle(role: ReplicaRole, brokerId: number): RoleStyle {
  const color = brokerColor(brokerId);
  switch (role) {
    case 'leader':
      return {
        fill: color,
        stroke: color,
        strokeWidth: 1.5,
        dash: undefined,
        text: textOn(color),
        hatched: false,
        struck: false,
      };
    case 'insync':
      return {
        fill: SURFACE,
        stroke: color,
        strokeWidth: 1.75,
        dash: undefined,
        text: INK,
        hatched: false,
        struck: false,
      };
    case 'outOfSync':
      return {
        fill: WARNING_TINT,
        stroke: color,
        strokeWidth: 1.75,
        dash: '4 3',
        text: INK,
        hatched: false,
        struck: false,
      };
    case 'offline':
      return {
        fill: OFFLINE_FILL,
        stroke: '#9aa1ac',
        strokeWidth: 1,
        dash: undefined,
        text: OFFLINE_INK,
        hatched: true,
        struck: true,
      };
  }
}

/** Message kinds grouped the way the legend explains them. */
export type MessageFamily = 'produce' | 'fetch' | 'control' | 'zookeeper' | 'group';

export function messageFamily(kind: MessageKind): MessageFamily {
  switch (kind) {
    case 'Produce':
    case 'ProduceResponse':
      return 'produce';
    case 'Fetch':
    case 'FetchResponse':
      return 'fetch';
    case 'LeaderAndIsr':
    case 'UpdateMetadata':
    case 'AlterIsr':
    case 'AlterIsrResponse':
    case 'Metadata':
    case 'MetadataResponse':
      return 'control';
    case 'ZkRequest':
    case 'ZkResponse':
    case 'ZkHeartbeat':
    case 'ZkWatchEvent':
      return 'zookeeper';
    // The classic group protocol between a consumer and its group coordinator (KAFKA.md 6.2).
    case 'FindCoordinator':
    case 'FindCoordinatorResponse':
    case 'JoinGroup':
    case 'JoinGroupResponse':
    case 'SyncGroup':
    case 'SyncGroupResponse':
    case 'Heartbeat':
    case 'HeartbeatResponse':
    case 'LeaveGroup':
    case 'LeaveGroupResponse':
    case 'OffsetCommit':
    case 'OffsetCommitResponse':
    case 'OffsetFetch':
    case 'OffsetFetchResponse':
      return 'group';
  }
}

const FAMILY_COLORS: Record<MessageFamily, string> = {
  produce: '#d6336c',
  fetch: '#0b7fa6',
  control: '#c27c00',
  zookeeper: '#7048c8',
  // Deep green, and the only triangle: darker than every other family, so it stays apart from them
  // under protan, deutan and tritan simulation (CIE ΔE ≥ 24), and 8.6:1 on the canvas.
  group: '#14532d',
};

export interface MessageStyle {
  color: string;
  shape: 'circle' | 'diamond' | 'square' | 'triangle';
  /** Responses are drawn hollow, requests filled. */
  hollow: boolean;
}

const FAMILY_SHAPES: Record<MessageFamily, MessageStyle['shape']> = {
  produce: 'circle',
  fetch: 'circle',
  control: 'diamond',
  zookeeper: 'square',
  group: 'triangle',
};

export function messageStyle(kind: MessageKind): MessageStyle {
  const family = messageFamily(kind);
  const hollow = kind.endsWith('Response');
  return { color: FAMILY_COLORS[family], shape: FAMILY_SHAPES[family], hollow };
}

export function familyColor(family: MessageFamily): string {
  return FAMILY_COLORS[family];
}

/** Light backgrounds for leader epochs in the log view (epoch mod 6), each with a darker edge. */
const EPOCH_TINTS = [
  { fill: '#e3edfb', edge: '#6f95c9' },
  { fill: '#fde8d4', edge: '#cf8a4c' },
  { fill: '#dcf2e6', edge: '#5da57f' },
  { fill: '#f1e2f4', edge: '#a774b3' },
  { fill: '#fbf1c7', edge: '#b89a2b' },
  { fill: '#e4e7ec', edge: '#7d8796' },
] as const;

export function epochColor(epoch: number): { fill: string; edge: string } {
  const index = ((epoch % EPOCH_TINTS.length) + EPOCH_TINTS.length) % EPOCH_TINTS.length;
  return EPOCH_TINTS[index] ?? EPOCH_TINTS[0];
}

/** Font stack for every view (Korean glyphs included). */
export const FONT_FAMILY =
  "'Inter', 'Pretendard', 'Noto Sans KR', 'Apple SD Gothic Neo', system-ui, -apple-system, 'Segoe UI', sans-serif";
export const MONO_FAMILY = "'JetBrains Mono', 'SFMono-Regular', Menlo, Consolas, monospace";
