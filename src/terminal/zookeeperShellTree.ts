// The znode tree zookeeper-shell.sh reads: ZooKeeper's own nodes (/, /zookeeper) plus the model's,
// with Stat fields as ZooKeeper's StatPrinter prints them (org.apache.zookeeper.cli.StatPrinter).
import type { TimelineEvent, ZnodeView } from '../model/snapshotTypes';
import { logTimestamp } from './log4j';
import type { CommandContext } from './types';

export interface ShellZnode {
  path: string;
  /** null: created without data (Kafka's createRecursive), printed as `null`. */
  data: string | null;
  czxid: number;
  mzxid: number;
  pzxid: number;
  ctime: number;
  mtime: number;
  cversion: number;
  version: number;
  ephemeralOwner: number;
  numChildren: number;
}

/** Virtual time 0 on the terminal's wall clock, read back from log4j.ts's formatter. */
const EPOCH_MS = ((): number => {
  const m = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+),(\d+)$/.exec(logTimestamp(0))!;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
})();

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** java.util.Date.toString (`EEE MMM dd HH:mm:ss zzz yyyy`) on a UTC machine; `absoluteMs` since 1970. */
export function javaDate(absoluteMs: number): string {
  const d = new Date(absoluteMs);
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
}

/** The wall-clock instant of a virtual time (ms since 1970). */
export const wallClock = (virtualMs: number): number => EPOCH_MS + virtualMs;

/** UTF-8 bytes of a string, as String.getBytes(UTF_8) counts them. */
const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Kafka's znodes that carry their creation time: `"timestamp":"<ms>"` (BrokerIdZNode, ControllerZNode). */
function timestampOf(z: ZnodeView): number | null {
  const m = /"timestamp":"(\d+)"/.exec(z.data);
  return m ? Number(m[1]) : null;
}

/** The last event about a partition state or the controller: when its znode last changed. */
function lastChange(events: readonly TimelineEvent[], path: string): number | null {
  const state = /^\/brokers\/topics\/([^/]+)\/partitions\/(\d+)\/state$/.exec(path);
  let at: number | null = null;
  for (const e of events) {
    const about =
      (state &&
        e.partition === `${state[1]}-${state[2]}` &&
        ['leader.elected', 'isr.shrink', 'isr.expand', 'partition.offline'].includes(e.kind)) ||
      ((path === '/controller_epoch' || path === '/controller') && e.kind === 'controller.elected');
    if (about) at = e.at;
  }
  return at;
}

/**
 * Every znode with its Stat. Teaching simplification: the model keeps only czxid and the data
 * version, so ctime/mtime come from Kafka's own timestamps and the timeline, mZxid of a changed
 * node is the newest czxid, and pZxid/cversion count only the children that exist now.
 */
export function shellTree(ctx: CommandContext): Map<string, ShellZnode> {
  const { snapshot } = ctx;
  const events = ctx.events ?? [];
  const zkStart = events.find((e) => e.kind === 'zookeeper.started')?.at ?? 0;
  const newest = Math.max(0, ...snapshot.zookeeper.znodes.map((z) => z.czxid));
  const nodes = new Map<string, ShellZnode>();
  const builtIn = (path: string): ShellZnode => ({
    path,
    data: '',
    czxid: 0,
    mzxid: 0,
    pzxid: 0,
    ctime: 0,
    mtime: 0,
    cversion: 0,
    version: 0,
    ephemeralOwner: 0,
    numChildren: 0,
  });
  for (const path of ['/', '/zookeeper', '/zookeeper/config', '/zookeeper/quota'])
    nodes.set(path, builtIn(path));
  for (const z of snapshot.zookeeper.znodes) {
    const ctime = wallClock(timestampOf(z) ?? zkStart);
    const changed = z.version > 0 ? lastChange(events, z.path) : null;
    nodes.set(z.path, {
      path: z.path,
      data: z.data === '' ? null : z.data,
      czxid: z.czxid,
      mzxid: z.version > 0 ? newest : z.czxid,
      pzxid: z.czxid,
      ctime,
      mtime: changed !== null ? wallClock(changed) : ctime,
      cversion: 0,
      version: z.version,
      ephemeralOwner: z.ephemeralOwner ?? 0,
      numChildren: 0,
    });
  }
  for (const node of nodes.values()) {
    if (node.path === '/') continue;
    const parent = nodes.get(parentOf(node.path));
    if (!parent) continue;
    parent.numChildren++;
    parent.cversion++;
    parent.pzxid = Math.max(parent.pzxid, node.czxid);
  }
  return nodes;
}

/** Direct children's names, sorted as LsCommand prints them (Collections.sort). */
export function childrenOf(tree: Map<string, ShellZnode>, path: string): string[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  const out: string[] = [];
  for (const p of tree.keys()) {
    if (p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      out.push(p.slice(prefix.length));
  }
  return out.sort();
}

const hex = (n: number): string => `0x${n.toString(16)}`;

/** StatPrinter.print. */
export function statLines(z: ShellZnode): string[] {
  return [
    `cZxid = ${hex(z.czxid)}`,
    `ctime = ${javaDate(z.ctime)}`,
    `mZxid = ${hex(z.mzxid)}`,
    `mtime = ${javaDate(z.mtime)}`,
    `pZxid = ${hex(z.pzxid)}`,
    `cversion = ${z.cversion}`,
    `dataVersion = ${z.version}`,
    'aclVersion = 0',
    `ephemeralOwner = ${hex(z.ephemeralOwner)}`,
    `dataLength = ${z.data === null ? 0 : utf8Length(z.data)}`,
    `numChildren = ${z.numChildren}`,
  ];
}
