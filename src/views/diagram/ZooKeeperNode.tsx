// The ZooKeeper ensemble: a card whose body is the znode tree, as a compact collapsible list.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { HIGHLIGHT, INK, MUTED, NODE_COLORS, brokerColor } from '../theme';
import type { NodeBox } from './clusterLayout';
import { ZkIcon } from './Glyphs';
import { dt } from './text';
import { znodeGroups } from './znodeTree';

export interface ZooKeeperNodeProps {
  box: NodeBox;
  snapshot: ClusterSnapshot;
  locale: Locale;
  selectedPartition: string | null;
  highlight: ReadonlySet<string>;
}

const HEADER = 34;
const GROUP_PREFIX: Record<string, string> = {
  brokers: '/brokers/ids',
  controller: '',
  topics: '/brokers/topics',
  other: '',
};

export function ZooKeeperNode({
  box,
  snapshot,
  locale,
  selectedPartition,
  highlight,
}: ZooKeeperNodeProps) {
  const groups = znodeGroups(snapshot, locale);
  const live = snapshot.zookeeper.sessions.filter((s) => s.state === 'connected').length;
  return (
    <g className="kd-zookeeper" data-testid="zookeeper" transform={`translate(${box.x},${box.y})`}>
      {highlight.has('zookeeper') && (
        <rect
          className="kd-highlight"
          x={-6}
          y={-6}
          width={box.width + 12}
          height={box.height + 12}
          rx={14}
          fill="none"
          stroke={HIGHLIGHT}
          strokeWidth={3}
        />
      )}
      <rect
        width={box.width}
        height={box.height}
        rx={10}
        fill="#fffdf7"
        stroke={NODE_COLORS.zookeeper}
        strokeWidth={1.5}
        filter="url(#kd-shadow)"
      />
      <ZkIcon x={22} y={18} />
      <text x={40} y={18} dy="0.35em" fontSize={14.5} fontWeight={700} fill={INK}>
        {dt(locale, 'zookeeper')}
      </text>
      <text x={box.width - 12} y={18} dy="0.35em" textAnchor="end" fontSize={11} fill={MUTED}>
        {dt(locale, 'zkSessions', { count: live })}
      </text>
      <foreignObject x={8} y={HEADER} width={box.width - 16} height={box.height - HEADER - 6}>
        <div className="kd-znodes-scroll">
          <div className="kd-znodes" lang={locale}>
            {groups
              .filter((g) => g.rows.length > 0)
              .map((group) => (
                <details key={group.id} className="kd-zgroup" open={group.id !== 'other'}>
                  <summary>
                    <span className="kd-zpath">{GROUP_PREFIX[group.id]}</span>
                    <span className="kd-zheading">{dt(locale, group.heading)}</span>
                  </summary>
                  <ul>
                    {group.rows.map((row) => {
                      const marked =
                        row.partition !== null &&
                        (row.partition === selectedPartition || highlight.has(row.partition));
                      return (
                        <li
                          key={row.path}
                          className={`kd-zrow${marked ? ' kd-zrow-marked' : ''}`}
                          style={{ paddingLeft: `${row.depth * 12}px` }}
                          title={row.title}
                          data-path={row.path}
                        >
                          <span
                            className="kd-zname"
                            style={
                              row.brokerId !== null
                                ? { color: brokerColor(row.brokerId) }
                                : undefined
                            }
                          >
                            {row.ephemeral && <span className="kd-eph" aria-hidden="true" />}
                            {row.label}
                          </span>
                          <span className="kd-zdetail">{row.detail}</span>
                        </li>
                      );
                    })}
                  </ul>
                </details>
              ))}
          </div>
        </div>
      </foreignObject>
    </g>
  );
}
