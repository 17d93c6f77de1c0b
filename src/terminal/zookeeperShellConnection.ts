// Where zookeeper-shell.sh connects and what its ZooKeeper client prints over time: the watcher's
// connection events and ClientCnxn's WARN lines while nothing answers (ZooKeeper 3.8 client).
import type { TimelineEvent } from '../model/snapshotTypes';
import { logLine } from './log4j';
import type { CommandContext } from './types';

export interface ConnectString {
  /** `host:port` pairs, the port defaulting to 2181 (ConnectStringParser). */
  hosts: { host: string; port: number }[];
  /** The chroot suffix (`/kafka`), or ''. */
  chroot: string;
}

export function parseConnectString(server: string): ConnectString {
  const slash = server.indexOf('/');
  const chroot = slash >= 0 && server.length > slash + 1 ? server.slice(slash) : '';
  const list = slash >= 0 ? server.slice(0, slash) : server;
  const hosts = list
    .split(',')
    .filter((h) => h !== '')
    .map((h) => {
      const m = /^(.*):(\d+)$/.exec(h);
      return m ? { host: m[1]!, port: Number(m[2]) } : { host: h, port: 2181 };
    });
  return { hosts, chroot };
}

// zookeeper.properties: clientPort=2181; the terminal runs beside ZooKeeper.
const LOCAL: Record<string, string> = {
  localhost: 'localhost/127.0.0.1',
  '127.0.0.1': '/127.0.0.1',
  '0.0.0.0': '/0.0.0.0',
};

/** Can this connect string ever reach the simulated ZooKeeper (localhost:2181)? */
export function reachesZooKeeper(c: ConnectString): boolean {
  return c.hosts.some((h) => h.host in LOCAL && h.port === 2181);
}

/** Whether ZooKeeper serves at each instant from `from`: flips at zookeeper.started/stopped. */
function upIntervals(ctx: CommandContext, from: number): { at: number; up: boolean }[] {
  const now = ctx.snapshot.now;
  const flips = (ctx.events ?? []).filter(
    (e: TimelineEvent) =>
      (e.kind === 'zookeeper.started' || e.kind === 'zookeeper.stopped') &&
      e.at > from &&
      e.at <= now,
  );
  // Walk back from now to learn the state at `from`.
  let up = ctx.snapshot.zookeeperRunning;
  for (let i = flips.length - 1; i >= 0; i--) up = flips[i]!.kind === 'zookeeper.stopped';
  const out = [{ at: from, up }];
  for (const f of flips) out.push({ at: f.at, up: f.kind === 'zookeeper.started' });
  return out;
}

const CNXN = 'org.apache.zookeeper.ClientCnxn';
// ClientCnxn.SendThread retries after at most a second (a random pause; fixed here).
const RETRY_MS = 1000;

/** An invented but stable session id for the shell's session (ZooKeeper's are server-made). */
export const shellSessionId = (startedAt: number): string =>
  `1000${Math.floor(startedAt).toString(16).padStart(11, '0')}`;

/** ZooKeeperMain.printMessage for a connection event: a blank line before each message. */
export const watcherLines = (state: string): string[] => [
  '',
  'WATCHER::',
  '',
  `WatchedEvent state:${state} type:None path:null`,
];

function refused(at: number, session: string, c: ConnectString): string[] {
  const h = c.hosts[0] ?? { host: 'localhost', port: 2181 };
  const known = LOCAL[h.host];
  const address = known !== undefined ? `${known}:${h.port}` : `${h.host}:${h.port}`;
  // From logs of Kafka 3.x clients (ZooKeeper 3.8); the stack frames are left out.
  const cause =
    known !== undefined
      ? 'java.net.ConnectException: Connection refused'
      : `java.lang.IllegalArgumentException: Unable to canonicalize address ${address} because it's not resolvable`;
  return [
    logLine(
      at,
      'WARN',
      `Session 0x${session} for server ${address}, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.`,
      CNXN,
    ),
    cause,
  ];
}

/** What the client printed from `startedAt` to now: connection events and failed attempts. */
export function connectionLines(ctx: CommandContext, startedAt: number, server: string): string[] {
  const c = parseConnectString(server);
  const reachable = reachesZooKeeper(c);
  const intervals = upIntervals(ctx, startedAt);
  const now = ctx.snapshot.now;
  const out: string[] = [];
  let session = '0';
  let connected = false;
  intervals.forEach((span, i) => {
    const end = intervals[i + 1]?.at ?? now + 1;
    if (span.up && reachable) {
      connected = true;
      session = shellSessionId(startedAt);
      out.push(...watcherLines('SyncConnected'));
      return;
    }
    let at = span.at;
    if (connected) {
      out.push(
        logLine(
          at,
          'WARN',
          `Session 0x${session} for server localhost/127.0.0.1:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException.`,
          CNXN,
        ),
        `EndOfStreamException: Unable to read additional data from server sessionid 0x${session}, likely server has closed socket`,
        ...watcherLines('Disconnected'),
      );
      connected = false;
      at += RETRY_MS;
    }
    for (; at < end && at <= now; at += RETRY_MS) out.push(...refused(at, session, c));
  });
  return out;
}

/** Is the client connected at now? */
export function connectedNow(ctx: CommandContext, server: string): boolean {
  return ctx.snapshot.zookeeperRunning && reachesZooKeeper(parseConnectString(server));
}
