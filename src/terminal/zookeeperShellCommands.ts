// One zookeeper-shell.sh command (ZooKeeperMain.processZKCmd and the CLI commands of ZooKeeper 3.8):
// ls, get and stat read the znode tree; the rest of ZooKeeper's commands are refused plainly.
import { childrenOf, statLines, type ShellZnode } from './zookeeperShellTree';

// ZooKeeperMain.commandMap (3.8) as Kafka's kafkaTlsUsage prints it, sorted
// (ZooKeeperMainWithTlsSupportForKafka.scala).
const COMMANDS: [string, string][] = [
  [
    'addWatch',
    '[-m mode] path # optional mode is one of [PERSISTENT, PERSISTENT_RECURSIVE] - default is PERSISTENT_RECURSIVE',
  ],
  ['addauth', 'scheme auth'],
  ['close', ''],
  ['config', '[-c] [-w] [-s]'],
  ['connect', 'host:port'],
  ['create', '[-s] [-e] [-c] [-t ttl] path [data] [acl]'],
  ['delete', '[-v version] path'],
  ['deleteall', 'path [-b batch size]'],
  ['delquota', '[-n|-b|-N|-B] path'],
  ['get', '[-s] [-w] path'],
  ['getAcl', '[-s] path'],
  ['getAllChildrenNumber', 'path'],
  ['getEphemerals', 'path'],
  ['history', ''],
  ['listquota', 'path'],
  ['ls', '[-s] [-w] [-R] path'],
  ['printwatches', 'on|off'],
  ['quit', ''],
  [
    'reconfig',
    '[-s] [-v version] [[-file path] | [-members serverID=host:port1:port2;port3[,...]*]] | [-add serverId=host:port1:port2;port3[,...]]* [-remove serverId[,...]*]',
  ],
  ['redo', 'cmdno'],
  ['removewatches', 'path [-c|-d|-a] [-l]'],
  ['set', '[-s] [-v version] path data'],
  ['setAcl', '[-s] [-v version] [-R] path acl'],
  ['setquota', '-n|-b|-N|-B val path'],
  ['stat', '[-w] path'],
  ['sync', 'path'],
  ['version', ''],
  ['whoami', ''],
];

/** kafkaTlsUsage: the header, then `\t<cmd> <options>` per command (note `close ` keeps its space). */
export const USAGE_LINES: readonly string[] = [
  'ZooKeeper -server host:port [-zk-tls-config-file <file>] cmd args',
  ...COMMANDS.map(([cmd, opts]) => `\t${cmd} ${opts}`),
];

/** MyCommandOptions.ARGS_PATTERN: words, or quoted strings with their quotes stripped. */
export function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\s*([^"'\s]\S*|"[^"]*"|'[^']*')\s*/g)) {
    const word = m[1]!;
    out.push(/^(["']).*\1$/.test(word) ? word.slice(1, -1) : word);
  }
  return out;
}

export interface ShellWorld {
  /** The tree as the server holds it, or null while the client is not connected. */
  tree: Map<string, ShellZnode> | null;
  /** The chroot of the connect string (`localhost:2181/kafka`), '' for none. */
  chroot: string;
}

export interface ShellResult {
  output: string[];
  /** ZooKeeperMain's exit code for a one-shot command: 0, 1, or 127 for an unknown command. */
  exitCode: number;
  quit: boolean;
}

const done = (output: string[], exitCode = 0): ShellResult => ({ output, exitCode, quit: false });

/** PathUtils.validatePath: null, or IllegalArgumentException's message. */
function pathError(path: string): string | null {
  if (path.length === 0) return 'Path length must be > 0';
  if (!path.startsWith('/')) return 'Path must start with / character';
  if (path.length === 1) return null;
  if (path.endsWith('/')) return 'Path must not end with / character';
  for (let i = 1; i < path.length; i++) {
    const c = path[i];
    const prev = path[i - 1];
    const next = path[i + 1];
    let reason: string | null = null;
    if (c === '/' && prev === '/') reason = `empty node name specified @${i}`;
    else if (
      c === '.' &&
      prev === '.' &&
      path[i - 2] === '/' &&
      (next === undefined || next === '/')
    )
      reason = `relative paths not allowed @${i}`;
    else if (c === '.' && prev === '/' && (next === undefined || next === '/'))
      reason = `relative paths not allowed @${i}`;
    if (reason !== null) return `Invalid path string "${path}" caused by ${reason}`;
  }
  return null;
}

/** commons-cli DefaultParser over flags only: the set flags and the other words, or the error. */
function parseFlags(
  words: string[],
  allowed: string,
): { flags: Set<string>; args: string[] } | string {
  const flags = new Set<string>();
  const args: string[] = [];
  for (const w of words) {
    if (!w.startsWith('-') || w === '-') {
      args.push(w);
      continue;
    }
    for (const f of w.slice(1)) {
      if (!allowed.includes(f)) return `Unrecognized option: ${w}`;
      flags.add(f);
    }
  }
  return { flags, args };
}

/** Runs one command line's words against the world; `words[0]` is the command. */
export function runShellCommand(words: string[], world: ShellWorld): ShellResult {
  const [cmd, ...rest] = words;
  if (cmd === undefined) return done([...USAGE_LINES, 'No command entered'], 1);
  if (!COMMANDS.some(([c]) => c === cmd))
    return done([...USAGE_LINES, `Command not found: Command not found ${cmd}`], 127);
  if (cmd === 'quit') return { output: [], exitCode: 0, quit: true };
  if (cmd !== 'ls' && cmd !== 'get' && cmd !== 'stat') {
    return done(
      [
        `This simulator's zookeeper-shell.sh only reads znodes (ls, get, stat); ${cmd} is not supported. Nothing was changed.`,
      ],
      1,
    );
  }
  const parsed = parseFlags(rest, cmd === 'ls' ? 'swR' : cmd === 'get' ? 'sw' : 'w');
  if (typeof parsed === 'string') return done([parsed], 1);
  const usage = `${cmd} ${COMMANDS.find(([c]) => c === cmd)![1]}`;
  const path = parsed.args[0];
  if (path === undefined) return done([usage], 1);
  if (parsed.flags.has('w') || parsed.args.length > 1) {
    return done(
      [
        "This simulator's zookeeper-shell.sh does not set watches (-w); run the command without -w.",
      ],
      1,
    );
  }
  const invalid = pathError(path);
  if (invalid !== null) return done([invalid], 1);
  const tree = world.tree;
  if (tree === null) return done([`KeeperErrorCode = ConnectionLoss for ${path}`], 1);
  const full = (p: string): string =>
    world.chroot === '' ? p : p === '/' ? world.chroot : `${world.chroot}${p}`;
  const node = tree.get(full(path));
  // CliWrapperException: NoNodeException with the client's path.
  if (!node) return done([`Node does not exist: ${path}`], 1);
  if (cmd === 'stat') return done(statLines(node));
  if (cmd === 'get')
    return done([node.data ?? 'null', ...(parsed.flags.has('s') ? statLines(node) : [])]);
  if (parsed.flags.has('R')) {
    // ZKUtil.visitSubTreeDFS: the node, then each level's sorted children before going deeper.
    const out = [path];
    const visit = (p: string): void => {
      const kids = childrenOf(tree, full(p)).map((k) => (p === '/' ? `/${k}` : `${p}/${k}`));
      out.push(...kids);
      kids.forEach(visit);
    };
    visit(path);
    return done(out);
  }
  const listed = `[${childrenOf(tree, full(path)).join(', ')}]`;
  return done([listed, ...(parsed.flags.has('s') ? statLines(node) : [])]);
}
