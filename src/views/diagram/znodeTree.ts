// Pure: turns the flat znode list into the compact, grouped tree the ZooKeeper node shows.
import type { ClusterSnapshot, ZnodeView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { dt, sessionHex, type DiagramKey } from './text';

export interface ZnodeRow {
  path: string;
  /** What the row shows as its name (a path tail, indented by `depth`). */
  label: string;
  depth: number;
  detail: string;
  /** Full path and raw data, for the hover title. */
  title: string;
  ephemeral: boolean;
  /** Broker a live-broker or controller znode is about, for its colour. */
  brokerId: number | null;
  /** `orders-0` for partition state znodes. */
  partition: string | null;
}

export interface ZnodeGroup {
  id: 'brokers' | 'controller' | 'topics' | 'other';
  heading: DiagramKey;
  rows: ZnodeRow[];
}

function parse(data: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function znodeGroups(snapshot: ClusterSnapshot, locale: Locale): ZnodeGroup[] {
  const { znodes, sessions } = snapshot.zookeeper;
  const isLeaf = (z: ZnodeView) => !znodes.some((o) => o.path.startsWith(`${z.path}/`));
  const ephemeral = (z: ZnodeView): string => {
    if (z.ephemeralOwner === null) return '';
    const base = dt(locale, 'zkEphemeral', { session: sessionHex(z.ephemeralOwner) });
    const session = sessions.find((s) => s.id === z.ephemeralOwner);
    if (!session || session.state !== 'connected') return base;
    const seconds = Math.max(0, (session.expiresAt - snapshot.now) / 1000).toFixed(1);
    return `${base} · ${dt(locale, 'zkExpiresIn', { seconds })}`;
  };
  const row = (
    z: ZnodeView,
    label: string,
    depth: number,
    detail: string,
    extra: Partial<ZnodeRow> = {},
  ): ZnodeRow => ({
    path: z.path,
    label,
    depth,
    detail,
    title: `${z.path}${z.ephemeralOwner !== null ? ' (EPHEMERAL)' : ''}  v${z.version}\n${z.data || dt(locale, 'zkEmpty')}`,
    ephemeral: z.ephemeralOwner !== null,
    brokerId: null,
    partition: null,
    ...extra,
  });

  const brokers: ZnodeRow[] = [];
  const controller: ZnodeRow[] = [];
  const topics: ZnodeRow[] = [];
  const other: ZnodeRow[] = [];
  const sorted = [...znodes].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));

  for (const z of sorted) {
    const brokerId = /^\/brokers\/ids\/(\d+)$/.exec(z.path);
    const state = /^\/brokers\/topics\/([^/]+)\/partitions\/(\d+)\/state$/.exec(z.path);
    const topic = /^\/brokers\/topics\/([^/]+)$/.exec(z.path);
    if (brokerId) {
      brokers.push(
        row(z, `/${brokerId[1] ?? ''}`, 1, ephemeral(z), { brokerId: Number(brokerId[1]) }),
      );
    } else if (z.path === '/controller') {
      const id = parse(z.data)?.brokerid;
      const detail = [dt(locale, 'zkControllerData', { id: String(id ?? '?') }), ephemeral(z)].join(
        ' · ',
      );
      controller.push(
        row(z, '/controller', 0, detail, { brokerId: typeof id === 'number' ? id : null }),
      );
    } else if (z.path === '/controller_epoch') {
      controller.push(row(z, '/controller_epoch', 0, z.data));
    } else if (topic) {
      const parts = parse(z.data)?.partitions;
      const assignment =
        parts && typeof parts === 'object'
          ? Object.entries(parts as Record<string, unknown>)
              .map(([p, r]) => `${p}:[${Array.isArray(r) ? r.join(',') : ''}]`)
              .join(' ')
          : '';
      topics.push(row(z, `/${topic[1] ?? ''}`, 0, dt(locale, 'zkAssignment', { assignment })));
    } else if (state) {
      const s = parse(z.data) ?? {};
      const leader =
        typeof s.leader === 'number' && s.leader >= 0 ? s.leader : dt(locale, 'leaderNone');
      const isr = Array.isArray(s.isr) ? s.isr.join(',') : '';
      const detail = dt(locale, 'zkPartitionState', {
        leader,
        isr,
        epoch: String(s.leader_epoch ?? '?'),
      });
      const name = `${state[1]}-${state[2]}`;
      topics.push(row(z, `…/${state[2]}/state`, 1, detail, { partition: name }));
    } else if (!z.path.startsWith('/brokers/') && z.path !== '/brokers' && isLeaf(z)) {
      other.push(row(z, z.path, 0, z.data ? z.data : dt(locale, 'zkEmpty')));
    }
  }
  return [
    { id: 'brokers', heading: 'zkGroupBrokers', rows: brokers },
    { id: 'controller', heading: 'zkGroupController', rows: controller },
    { id: 'topics', heading: 'zkGroupTopics', rows: topics },
    { id: 'other', heading: 'zkGroupOther', rows: other },
  ];
}
