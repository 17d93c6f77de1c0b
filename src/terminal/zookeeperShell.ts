// `bin/zookeeper-shell.sh host:port [cmd args]`: Kafka's ZooKeeperMainWithTlsSupportForKafka. With a
// command it runs it and exits; without one it reads commands until `quit` (a foreground process).
import type { ProcessSpec } from './types';
import type { Command, CommandContext, ProcessHandler } from './types';
import { runShellCommand, splitCommandLine, USAGE_LINES } from './zookeeperShellCommands';
import {
  connectedNow,
  connectionLines,
  parseConnectString,
  watcherLines,
} from './zookeeperShellConnection';
import { shellTree } from './zookeeperShellTree';

export type ZookeeperShellProcess = Extract<ProcessSpec, { kind: 'zookeeper-shell' }>;

/** The commands zookeeper-shell.sh accepts (for completion; ZooKeeperMain takes no -- options). */
export const ZOOKEEPER_SHELL_COMMAND_NAMES: readonly string[] = USAGE_LINES.slice(1).map(
  (l) => l.trim().split(' ')[0]!,
);
/** Its dash options before the command (ZooKeeperMain.MyCommandOptions, Kafka's TLS option). */
export const ZOOKEEPER_SHELL_OPTION_NAMES: readonly string[] = [
  '-timeout',
  '-r',
  '-client-configuration',
  '-waitforconnection',
  '-zk-tls-config-file',
];

const TAKES_VALUE = ['-server', '-timeout', '-client-configuration'];

/** MyCommandOptions.parseOptions: -server and friends, then the command and its words. */
function parseShellArgs(args: readonly string[]): { server: string; words: string[] | null } {
  let server = 'localhost:2181';
  for (let i = 0; i < args.length; i++) {
    const opt = args[i]!;
    if (!opt.startsWith('-')) return { server, words: args.slice(i) };
    if (opt === '-server' && i + 1 < args.length) server = args[i + 1]!;
    if (TAKES_VALUE.includes(opt)) i++;
  }
  return { server, words: null };
}

/** The tree as the client sees it: null while it is not connected. */
function world(ctx: CommandContext, server: string) {
  return {
    tree: connectedNow(ctx, server) ? shellTree(ctx) : null,
    chroot: parseConnectString(server).chroot,
  };
}

export const zookeeperShell: Command = (args, ctx) => {
  // bin/zookeeper-shell.sh itself checks for an argument ($0 as typed; assumed bin/...).
  if (args.length < 1) {
    return {
      output: [
        'USAGE: bin/zookeeper-shell.sh zookeeper_host:port[/path] [-zk-tls-config-file file] [args...]',
      ],
      exitCode: 1,
      actions: [],
    };
  }
  // ZooKeeperMainWithTlsSupportForKafka.main takes out -zk-tls-config-file <file>.
  const tls = args.indexOf('-zk-tls-config-file');
  if (tls === args.length - 1) {
    return {
      output: [
        'Exception in thread "main" java.lang.IllegalArgumentException: Error: no filename provided with option -zk-tls-config-file',
      ],
      exitCode: 1,
      actions: [],
    };
  }
  const rest = tls < 0 ? args : [...args.slice(0, tls), ...args.slice(tls + 2)];
  const { server, words } = parseShellArgs(['-server', ...rest]);
  const header = `Connecting to ${server}`;
  if (words === null) {
    return {
      output: [header, 'Welcome to ZooKeeper!', 'JLine support is disabled'],
      exitCode: 0,
      actions: [],
      process: { kind: 'zookeeper-shell', startedAt: ctx.snapshot.now, server },
    };
  }
  const result = runShellCommand(words, world(ctx, server));
  const connected = connectedNow(ctx, server);
  // The connection is made while the command is parsed: its lines come first when it was needed.
  const needed = result.output[0]?.startsWith('KeeperErrorCode = ConnectionLoss') === true;
  const before = connected
    ? watcherLines('SyncConnected')
    : needed
      ? connectionLines(ctx, ctx.snapshot.now, server)
      : [];
  const unknown = result.exitCode === 127 || result.quit;
  return {
    output: [header, ...(unknown ? [] : before), ...result.output],
    exitCode: result.exitCode,
    actions: [],
  };
};

/**
 * The interactive shell. Kafka ships no JLine 2, so ZooKeeperMain reads stdin with no prompt
 * ("JLine support is disabled"); the prompt is therefore empty.
 */
export const zookeeperShellProcess: ProcessHandler<ZookeeperShellProcess> = {
  output(p, ctx) {
    return { output: connectionLines(ctx, p.startedAt, p.server), exited: false };
  },
  input(p, line, ctx) {
    const words = splitCommandLine(line);
    // executeLine skips an empty line.
    if (words.length === 0) return { output: [], actions: [], process: p };
    const result = runShellCommand(words, world(ctx, p.server));
    return { output: result.output, actions: [], process: result.quit ? null : p };
  },
  interrupt() {
    return { output: [], actions: [] };
  },
  exit() {
    return { output: [], actions: [] };
  },
  prompt() {
    return '';
  },
};
