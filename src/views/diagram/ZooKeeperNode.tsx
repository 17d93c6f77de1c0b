// The ZooKeeper ensemble: a card whose body is the znode tree in three columns — live brokers,
// the controller, topics and partition state — so /controller is always in view.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { ZNODE_LINE, type NodeBox } from './clusterLayout';
import { NodeCard } from './NodeCard';
import { dt } from './text';
import { ZnodeColumn, ZnodeLine } from './ZnodeColumn';
import { znodeGroups, type ZnodeGroup, type ZnodeRow } from './znodeTree';

export interface ZooKeeperNodeProps {
  box: NodeBox;
  snapshot: ClusterSnapshot;
  locale: Locale;
  selectedPartition: string | null;
  highlight: ReadonlySet<string>;
}

const HEADER = 32;
const GROUP_PREFIX: Record<ZnodeGroup['id'], string> = {
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
  const byId = (id: ZnodeGroup['id']) => groups.find((g) => g.id === id) as ZnodeGroup;
  const live = snapshot.zookeeper.sessions.filter((s) => s.state === 'connected').length;
  const bodyH = box.height - HEADER - 6;
  // Lines per column: one for the heading, the rest for rows (and a "+N more" when cut).
  const lines = Math.max(2, Math.floor((bodyH - 4) / ZNODE_LINE));
  const marked = (row: ZnodeRow) =>
    row.partition !== null && (row.partition === selectedPartition || highlight.has(row.partition));
  const column = (id: ZnodeGroup['id']) => (
    <ZnodeColumn
      group={byId(id)}
      locale={locale}
      limit={lines - 1}
      marked={marked}
      prefix={GROUP_PREFIX[id]}
    />
  );
  const other = byId('other');
  return (
    <NodeCard
      box={box}
      kind="zookeeper"
      fill="#fffdf7"
      highlighted={highlight.has('zookeeper')}
      header={{
        title: dt(locale, 'zookeeper'),
        aside: dt(locale, 'zkSessions', { count: live }),
      }}
    >
      <foreignObject x={8} y={HEADER} width={box.width - 16} height={bodyH}>
        <div className="kd-znodes-scroll">
          <div className="kd-znodes" lang={locale}>
            <div className="kd-zcol">
              {column('brokers')}
              {other.rows.length > 0 && (
                <details className="kd-zgroup kd-zother">
                  <summary>
                    <span className="kd-zheading">{dt(locale, other.heading)}</span>
                  </summary>
                  <ul>
                    {other.rows.map((row) => (
                      <ZnodeLine key={row.path} row={row} marked={false} />
                    ))}
                  </ul>
                </details>
              )}
            </div>
            {column('controller')}
            {column('topics')}
          </div>
        </div>
      </foreignObject>
    </NodeCard>
  );
}
