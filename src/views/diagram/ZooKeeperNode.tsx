// The ZooKeeper ensemble: a card whose body is the znode tree in three columns — live brokers,
// the controller, topics and partition state — so /controller is always in view. While it is not
// running (an empty machine, or stopped), a dimmed, dashed card that says how to start it.
import type { ClusterSnapshot, ZnodeView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { OFFLINE_INK } from '../theme';
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
/** Kafka's quickstart command; the same in every language. */
export const ZOOKEEPER_START = 'bin/zookeeper-server-start.sh config/zookeeper.properties';
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
  if (!snapshot.zookeeperRunning)
    return (
      <ZooKeeperStopped
        box={box}
        locale={locale}
        hasData={snapshot.zookeeper.znodes.some(writtenByKafka)}
        highlighted={highlight.has('zookeeper')}
      />
    );
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
      data={{ 'data-state': 'running' }}
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

/**
 * A znode a broker or the controller wrote: a topic, a registration, an elected controller. The
 * bare top-level paths alone do not mean ZooKeeper ever served this cluster.
 */
function writtenByKafka(z: ZnodeView): boolean {
  return (
    /^\/brokers\/(topics|ids)\/./.test(z.path) || (z.path === '/controller_epoch' && z.data !== '0')
  );
}

function ZooKeeperStopped(props: {
  box: NodeBox;
  locale: Locale;
  /** Znodes from an earlier run: they wait on disk in dataDir. */
  hasData: boolean;
  highlighted: boolean;
}) {
  const { box, locale } = props;
  return (
    <NodeCard
      box={box}
      kind="zookeeper"
      fill="#f3f4f6"
      stroke={OFFLINE_INK}
      strokeDasharray="6 4"
      shadow={false}
      iconMuted
      data={{ 'data-state': 'stopped' }}
      highlighted={props.highlighted}
      header={{ title: dt(locale, 'zookeeper'), aside: dt(locale, 'zkNotRunning') }}
    >
      <foreignObject x={8} y={HEADER} width={box.width - 16} height={box.height - HEADER - 6}>
        <div className="kd-zk-off" lang={locale}>
          <p>
            {dt(locale, 'zkStartHint')} <code>{ZOOKEEPER_START}</code>
          </p>
          {props.hasData && <p className="kd-zk-off-note">{dt(locale, 'zkStoppedData')}</p>}
        </div>
      </foreignObject>
    </NodeCard>
  );
}
