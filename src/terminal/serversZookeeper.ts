// bin/zookeeper-server-start.sh and bin/zookeeper-server-stop.sh (K@3.6: bin/*.sh), and the
// foreground ZooKeeper process. The model serves ZooKeeper on localhost:2181 only.
import { parseProperties } from './properties';
import { readFile } from './files';
import {
  firstEventAt,
  localRunningBrokers,
  localZookeeperRunning,
  result,
  sandboxRefusal,
  scriptArgs,
} from './servers';
import {
  zookeeperBindFailedLines,
  zookeeperInvalidConfigLines,
  zookeeperServingLines,
  zookeeperStartLines,
} from './serverLogsZookeeper';
import type { Command, CommandContext, ProcessHandler, ProcessSpec } from './types';

export const ZOOKEEPER_START_OPTION_NAMES: readonly string[] = [];
export const ZOOKEEPER_STOP_OPTION_NAMES: readonly string[] = [];

/** The plain sentence when ZooKeeper would stop under running brokers (the model keeps it). */
export const ZOOKEEPER_KEEPS_RUNNING =
  'ZooKeeper keeps running until the brokers on this machine are stopped (bin/kafka-server-stop.sh): this simulator does not take ZooKeeper away from a running broker.';

export const zookeeperServerStart: Command = (args, ctx) => {
  // The script's own check: `if [ $# -lt 1 ]`.
  if (args.length === 0)
    return result(['USAGE: bin/zookeeper-server-start.sh [-daemon] zookeeper.properties'], 1);
  const { daemon, rest } = scriptArgs(args);
  if (ctx.snapshot.startup !== 'manual') return sandboxRefusal('ZooKeeper');
  const now = ctx.snapshot.now;
  const file = rest[0];
  const text = file === undefined ? null : readFile(ctx, file);
  if (file === undefined || text === null) {
    return result(daemon ? [] : zookeeperInvalidConfigLines(now, file ?? ''), daemon ? 0 : 1);
  }
  const props = parseProperties(text);
  const clientPort = props.get('clientPort')?.trim() ?? '';
  if (clientPort !== '2181') {
    return result(
      [
        `This simulator's ZooKeeper listens on clientPort=2181 only (the file says clientPort=${clientPort}).`,
      ],
      1,
    );
  }
  const dataDir = props.get('dataDir')?.trim() ?? '/tmp/zookeeper';
  if (localZookeeperRunning(ctx)) {
    const out = [...zookeeperStartLines(now, file, dataDir), ...zookeeperBindFailedLines(now)];
    return result(daemon ? [] : out, daemon ? 0 : 1);
  }
  const process: ProcessSpec = { kind: 'zookeeper', startedAt: now };
  return {
    output: [],
    exitCode: 0,
    actions: [{ type: 'zookeeper.start' }],
    ...(daemon ? {} : { process }),
  };
};

export const zookeeperServerStop: Command = (_args, ctx) => {
  if (!localZookeeperRunning(ctx)) return result(['No zookeeper server to stop'], 1);
  if (localRunningBrokers(ctx).length > 0) return result([ZOOKEEPER_KEEPS_RUNNING], 1);
  return { output: [], exitCode: 0, actions: [{ type: 'zookeeper.stop' }] };
};

type ZookeeperSpec = Extract<ProcessSpec, { kind: 'zookeeper' }>;

/** The file the process was started with is not in its spec: the shipped one's lines are shown. */
const FILE = 'config/zookeeper.properties';

function dataDirOf(ctx: CommandContext): string {
  const text = readFile(ctx, FILE);
  return (text && parseProperties(text).get('dataDir')?.trim()) || '/tmp/zookeeper';
}

export const zookeeperProcess: ProcessHandler<ZookeeperSpec> = {
  output(p, ctx) {
    const dataDir = dataDirOf(ctx);
    const before = (ctx.events ?? []).some(
      (e) => e.kind === 'zookeeper.started' && e.at < p.startedAt,
    );
    // The first start writes snapshot.0 into an empty dataDir.
    const firstStart = !before;
    const output = [
      ...zookeeperStartLines(p.startedAt, FILE, dataDir),
      ...zookeeperServingLines(p.startedAt, dataDir, firstStart),
    ];
    const stopped = firstEventAt(ctx, ['zookeeper.stopped'], p.startedAt, undefined, true);
    return { output, exited: stopped !== null };
  },
  interrupt(_p, ctx) {
    if (localRunningBrokers(ctx).length > 0)
      return { output: [ZOOKEEPER_KEEPS_RUNNING], actions: [] };
    return { output: [], actions: [{ type: 'zookeeper.stop' }] };
  },
  exit() {
    return { output: [], actions: [] };
  },
  prompt() {
    return null;
  },
};
