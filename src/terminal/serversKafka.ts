// bin/kafka-server-start.sh and bin/kafka-server-stop.sh (K@3.6: bin/*.sh, core/.../kafka/Kafka.scala,
// KafkaServer.startup). The start reads its properties file through readFile (editor changes
// apply), refuses what Kafka itself refuses before it would register, and otherwise sends
// broker.start; the foreground process's lines come from the timeline (serversKafkaProcess.ts).
import type { LearnerAction } from '../model/simulationTypes';
import { readFile, statPath } from './files';
import { clusterId } from './filesLogDirs';
import { helpTable, parseErrorText, parseOptions, type OptionSpecs } from './options';
import { parseProperties } from './properties';
import {
  bootLines,
  configDumpLines,
  exitingLines,
  fatalStartupLines,
  zkTimeoutLines,
  type KafkaRun,
} from './serverLogs';
import {
  localRunningBrokers,
  localZookeeperRunning,
  result,
  sandboxRefusal,
  scriptArgs,
} from './servers';
import { RESERVED_BROKER_MAX_ID, serverConfigFrom } from './serversConfig';
import type { Command, CommandContext, CommandResult, ProcessSpec } from './types';
import { logLine } from './log4j';

/** kafka.Kafka's own options (Kafka.getPropsFromArgs). */
export const KAFKA_MAIN_OPTIONS: OptionSpecs = {
  override: {
    hasArg: true,
    argName: 'String',
    description: 'Optional property that should override values set in server.properties file',
  },
  version: { hasArg: false, description: 'Print version information and exit.' },
};

export const KAFKA_SERVER_START_OPTION_NAMES: readonly string[] = Object.keys(KAFKA_MAIN_OPTIONS);
export const KAFKA_SERVER_STOP_OPTION_NAMES: readonly string[] = [];

const KAFKA_USAGE =
  'USAGE: java [options] kafka.Kafka server.properties [--override property=value]*';

/** zookeeper.connect reaches this machine's ZooKeeper (the model serves localhost:2181). */
function zookeeperTarget(connect: string): 'local' | 'chroot' | 'elsewhere' {
  const slash = connect.indexOf('/');
  const hosts = (slash >= 0 ? connect.slice(0, slash) : connect).split(',').map((h) => h.trim());
  const local = hosts.some((h) => h === 'localhost:2181' || h === '127.0.0.1:2181');
  if (!local) return 'elsewhere';
  return slash >= 0 && connect.slice(slash) !== '/' ? 'chroot' : 'local';
}

/** broker.id in meta.properties of the first log dir, if the dir has one (KafkaServer.getOrGenerateBrokerId). */
function storedBrokerId(ctx: CommandContext, logDirs: string): number | null {
  const first = logDirs.split(',')[0]?.trim().replace(/\/+$/, '') ?? '';
  const text = readFile(ctx, `${first}/meta.properties`);
  const id = text === null ? undefined : parseProperties(text).get('broker.id');
  return id === undefined || !/^\d+$/.test(id.trim()) ? null : Number(id.trim());
}

/** /brokers/seqid: generated ids start at reserved.broker.max.id + 1 (KAFKA.md 4.1). */
function generatedBrokerId(ctx: CommandContext): number {
  const used = ctx.snapshot.brokers.map((b) => b.id).filter((id) => id > RESERVED_BROKER_MAX_ID);
  return used.length === 0 ? RESERVED_BROKER_MAX_ID + 1 : Math.max(...used) + 1;
}

function dirsOf(logDirs: string): string[] {
  return logDirs
    .split(',')
    .map((d) => d.trim().replace(/\/+$/, ''))
    .filter((d) => d !== '');
}

/** What Kafka logs up to the config dump once ZooKeeper answered. */
function connectedLines(ctx: CommandContext, run: KafkaRun): string[] {
  const now = ctx.snapshot.now;
  return [
    logLine(
      now,
      'INFO',
      '[ZooKeeperClient Kafka server] Connected.',
      'kafka.zookeeper.ZooKeeperClient',
    ),
    logLine(
      now,
      'INFO',
      `Cluster ID = ${clusterId(ctx.snapshot) ?? ''}`,
      'kafka.server.KafkaServer',
    ),
    ...configDumpLines(now, run),
  ];
}

/**
 * KafkaServer.startup's refusals, in its order: a broker.id that does not match meta.properties,
 * a log dir locked by a running broker, a taken port, a broker id already in /brokers/ids.
 */
function refusal(
  ctx: CommandContext,
  run: KafkaRun,
  stored: number | null,
  configuredId: number,
): string[] | null {
  const now = ctx.snapshot.now;
  const running = localRunningBrokers(ctx);
  const head = () => [...bootLines(now, run), ...connectedLines(ctx, run)];
  if (configuredId >= 0 && stored !== null && stored !== configuredId) {
    return [
      ...head(),
      ...fatalStartupLines(now, null, [
        `kafka.common.InconsistentBrokerIdException: Configured broker.id ${configuredId} doesn't match stored broker.id Some(${stored}) in meta.properties. If you moved your data, make sure your configured broker.id matches. If you intend to create a new broker, you should remove all data in your data directories (log.dirs).`,
      ]),
    ];
  }
  const id = run.brokerId;
  const dirs = dirsOf(run.logDirs);
  const locked = dirs.find((d) => running.some((b) => dirsOf(b.logDirs).includes(d)));
  if (locked !== undefined) {
    return [
      ...head(),
      ...fatalStartupLines(now, id, [
        `org.apache.kafka.common.KafkaException: Failed to acquire lock on file .lock in ${locked}. A Kafka instance in another process or thread is using this directory.`,
      ]),
    ];
  }
  if (running.some((b) => b.port === run.port) || run.port === 2181) {
    return [
      ...head(),
      ...fatalStartupLines(now, id, [
        `org.apache.kafka.common.KafkaException: Socket server failed to bind to 0.0.0.0:${run.port}: Address already in use.`,
      ]),
    ];
  }
  const znode = ctx.snapshot.zookeeper.znodes.find((z) => z.path === `/brokers/ids/${id}`);
  if (znode) {
    const session = Math.max(0, ...ctx.snapshot.zookeeper.sessions.map((s) => s.id)) + 1;
    return [
      ...head(),
      logLine(
        now,
        'INFO',
        `Creating /brokers/ids/${id} (is it secure? false)`,
        'kafka.zk.KafkaZkClient',
      ),
      logLine(
        now,
        'ERROR',
        `Error while creating ephemeral at /brokers/ids/${id}, node already exists and owner '${znode.ephemeralOwner ?? 0}' does not match current session '${session}'`,
        'kafka.zk.KafkaZkClient$CheckedEphemeral',
      ),
      ...fatalStartupLines(now, id, [
        'org.apache.zookeeper.KeeperException$NodeExistsException: KeeperErrorCode = NodeExists',
      ]),
    ];
  }
  return null;
}

export const kafkaServerStart: Command = (args, ctx): CommandResult => {
  if (args.length === 0) {
    return result(
      ['USAGE: bin/kafka-server-start.sh [-daemon] server.properties [--override property=value]*'],
      1,
    );
  }
  const { daemon, rest } = scriptArgs(args);
  // With -daemon Kafka writes to logs/kafkaServer.out, not the terminal.
  const quiet = (r: CommandResult): CommandResult =>
    daemon ? { ...r, output: [], exitCode: 0 } : r;
  if (rest.length === 0) return quiet(result([KAFKA_USAGE, ...helpTable(KAFKA_MAIN_OPTIONS)], 1));
  if (rest.includes('--help'))
    return quiet(result([KAFKA_USAGE, ...helpTable(KAFKA_MAIN_OPTIONS)], 1));
  if (rest.includes('--version')) return quiet(result(['3.6.2'], 0));
  if (ctx.snapshot.startup !== 'manual') return sandboxRefusal('a Kafka broker');
  const now = ctx.snapshot.now;
  const file = rest[0]!;
  const text = readFile(ctx, file);
  if (text === null) {
    const isDir = statPath(ctx, file)?.kind === 'dir';
    const exception = isDir
      ? `java.io.IOException: Is a directory`
      : `java.nio.file.NoSuchFileException: ${file}`;
    return quiet(result(exitingLines(now, exception), 1));
  }
  const parsed = parseOptions(rest.slice(1), KAFKA_MAIN_OPTIONS);
  if (!parsed.ok) {
    return quiet(
      result(
        exitingLines(now, parseErrorText(parsed.error).replace(/^Exception in thread "main" /, '')),
        1,
      ),
    );
  }
  if (parsed.options.nonOptions.length > 0) {
    return quiet(
      result(
        [
          `Found non argument parameters: ${parsed.options.nonOptions.join(',')}`,
          ...helpTable(KAFKA_MAIN_OPTIONS),
        ],
        1,
      ),
    );
  }
  // CommandLineUtils.parseKeyValueArgs: `k=v`, or `k` with an empty value.
  const overrides = new Map<string, string>();
  for (const kv of parsed.options.values.get('override') ?? []) {
    const eq = kv.indexOf('=');
    overrides.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
  }
  const config = serverConfigFrom(text, overrides);
  if (config.problems.length > 0) {
    return quiet(
      result(
        exitingLines(now, `org.apache.kafka.common.config.ConfigException: ${config.problems[0]}`),
        1,
      ),
    );
  }
  if (config.brokerId < -1 || config.brokerId > RESERVED_BROKER_MAX_ID) {
    return quiet(
      result(
        exitingLines(
          now,
          'java.lang.IllegalArgumentException: requirement failed: broker.id must be greater than or equal to -1 and not greater than reserved.broker.max.id',
        ),
        1,
      ),
    );
  }
  const target = zookeeperTarget(config.zookeeperConnect);
  if (target === 'chroot') {
    return result(
      [
        'This simulator does not model a ZooKeeper chroot path in zookeeper.connect; use localhost:2181.',
      ],
      1,
    );
  }
  const stored = storedBrokerId(ctx, config.logDirs);
  const brokerId = config.brokerId >= 0 ? config.brokerId : (stored ?? generatedBrokerId(ctx));
  const run: KafkaRun = {
    brokerId,
    port: config.port,
    logDirs: config.logDirs,
    zookeeperConnect: config.zookeeperConnect,
    configs: config.configs,
    values: config.values,
  };
  // No ZooKeeper answers: Kafka waits zookeeper.connection.timeout.ms, then gives up. Teaching
  // simplification: the lines are printed at once (the model's broker is not started).
  if (target === 'elsewhere' || !localZookeeperRunning(ctx)) {
    if (target === 'elsewhere' || localRunningBrokers(ctx).some((b) => b.id === brokerId)) {
      return quiet(result([...bootLines(now, run), ...zkTimeoutLines(now)], 1));
    }
  } else {
    const refused = refusal(ctx, run, stored, config.brokerId);
    if (refused) return quiet(result(refused, 1));
  }
  const actions: LearnerAction[] = [
    {
      type: 'broker.start',
      broker: brokerId,
      port: config.port,
      logDirs: config.logDirs,
      configs: config.configs,
    },
  ];
  const process: ProcessSpec = {
    kind: 'kafka',
    startedAt: now,
    brokerId,
    port: config.port,
    logDirs: config.logDirs,
  };
  return { output: [], exitCode: 0, actions, ...(daemon ? {} : { process }) };
};

export const kafkaServerStop: Command = (_args, ctx) => {
  const running = localRunningBrokers(ctx);
  // The script's own text when `ps` finds no kafka.Kafka process.
  if (running.length === 0) return result(['No kafka server to stop'], 1);
  return {
    output: [],
    exitCode: 0,
    actions: running.map((b) => ({ type: 'broker.stop', broker: b.id })),
  };
};
