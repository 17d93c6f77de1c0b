// The key to the picture: replica roles, the controller crown, the group coordinator badge,
// message kinds.
import type { ReactNode } from 'react';
import type { Locale } from '../../i18n/messages';
import type { MessageKind } from '../../model/snapshotTypes';
import { INK, MUTED, WARNING, roleStyle, type ReplicaRole } from '../theme';
import type { Rect } from './clusterLayout';
import { ROLE_KEYS } from './brokerChips';
import { CoordinatorGlyph } from './CoordinatorBadge';
import { Crown } from './Glyphs';
import { MessageShape } from './MessageDots';
import { dt, textWidth, type DiagramKey } from './text';

const ROLES: ReplicaRole[] = ['leader', 'insync', 'outOfSync', 'offline'];
const FAMILIES: [MessageKind, DiagramKey][] = [
  ['Produce', 'familyProduce'],
  ['Fetch', 'familyFetch'],
  ['LeaderAndIsr', 'familyControl'],
  ['ZkHeartbeat', 'familyZookeeper'],
  ['JoinGroup', 'familyGroup'],
];
const FONT = 11;

function RoleSwatch({ role }: { role: ReplicaRole }) {
  const s = roleStyle(role, 1);
  return (
    <g transform="translate(0,-7)">
      <rect
        width={22}
        height={14}
        rx={3.5}
        fill={s.fill}
        stroke={s.stroke}
        strokeWidth={s.strokeWidth}
        strokeDasharray={s.dash}
      />
      {s.hatched && <rect width={22} height={14} rx={3.5} fill="url(#kd-hatch)" />}
      {role === 'outOfSync' && <circle cx={16} cy={7} r={3.5} fill={WARNING} />}
    </g>
  );
}

export function Legend({ rect, locale }: { rect: Rect; locale: Locale }) {
  const items: {
    key: string;
    glyph: ReactNode;
    glyphW: number;
    text: string;
    heading?: boolean;
  }[] = [
    { key: 'h-roles', glyph: null, glyphW: 0, text: dt(locale, 'legendReplicas'), heading: true },
    ...ROLES.map((role) => ({
      key: role,
      glyph: <RoleSwatch role={role} />,
      glyphW: 22,
      text: dt(locale, ROLE_KEYS[role]),
    })),
    {
      key: 'crown',
      glyph: <Crown x={0} y={-7} title={dt(locale, 'controller')} />,
      glyphW: 20,
      text: dt(locale, 'controller'),
    },
    {
      key: 'coordinator',
      glyph: <CoordinatorGlyph x={7} y={0} />,
      glyphW: 14,
      text: dt(locale, 'legendCoordinator'),
    },
    { key: 'h-msgs', glyph: null, glyphW: 0, text: dt(locale, 'legendMessages'), heading: true },
    ...FAMILIES.map(([kind, key]) => ({
      key,
      glyph: (
        <g transform="translate(6,0)">
          <MessageShape kind={kind} size={4.5} />
        </g>
      ),
      glyphW: 12,
      text: dt(locale, key),
    })),
    {
      key: 'resp',
      glyph: (
        <g transform="translate(6,0)">
          <MessageShape kind="FetchResponse" size={4.5} />
        </g>
      ),
      glyphW: 12,
      text: dt(locale, 'legendResponse'),
    },
  ];
  const twoRows = rect.height >= 40;
  let x = 0;
  let y = twoRows ? -9 : 0;
  let widest = 0;
  const placed = items.map((item) => {
    if (twoRows && item.key === 'h-msgs') {
      widest = Math.max(widest, x);
      x = 0;
      y = 9;
    }
    const at = x + (item.heading && x > 0 ? 14 : 0);
    const textX = at + (item.glyphW ? item.glyphW + 5 : 0);
    x = textX + textWidth(item.text, item.heading ? FONT + 0.5 : FONT) + 14;
    return { ...item, at, textX, y };
  });
  widest = Math.max(widest, x);
  const scale = Math.min(1, rect.width / Math.max(1, widest - 14));
  return (
    <g
      className="kd-legend"
      aria-hidden="true"
      transform={`translate(${rect.x},${rect.y + rect.height / 2}) scale(${scale})`}
    >
      {placed.map((item) => (
        <g key={item.key} transform={`translate(0,${item.y})`}>
          {item.glyph && <g transform={`translate(${item.at},0)`}>{item.glyph}</g>}
          <text
            x={item.textX}
            dy="0.35em"
            fontSize={item.heading ? FONT + 0.5 : FONT}
            fontWeight={item.heading ? 700 : 400}
            fill={item.heading ? INK : MUTED}
          >
            {item.text}
          </text>
        </g>
      ))}
    </g>
  );
}
