// bin/kafka-console-consumer.sh: the Command (ConsoleConsumer.ConsumerConfig's checks, then a group
// member or an assign()ed partition) and its foreground process, whose output is the records read
// so far (K@3.6: core/src/main/scala/kafka/tools/ConsoleConsumer.scala).
import type { ConsumerConfigs } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import { checkBootstrap } from './bootstrap';
import { brokerConfigsAt, liveBrokerIds } from './cluster';
import {
  checkConsoleConsumerOptions,
  formatConsumerRecords,
  formatterPropsFrom,
  leaderReplica,
  processedTotal,
  startPositions,
  type ConsoleRecord,
} from './consoleConsumer';
import { CONSUMER_OPTIONS, consumerUsage, DEFAULT_FORMATTER } from './consoleConsumerOptions';
import { parseKeyValueArgs } from './consoleProducerOptions';
import { readFile } from './files';
import { logLine } from './log4j';
import { parseErrorText, parseOptions } from './options';
import { parseProperties } from './properties';
import type { Command, CommandContext, CommandResult, ProcessHandler, ProcessSpec } from './types';

export { CONSOLE_CONSUMER_OPTION_NAMES } from './consoleConsumerOptions';

type ConsumerSpec = Extract<ProcessSpec, { kind: 'console-consumer' }>;

const fail = (output: string[], exitCode = 1): CommandResult => ({ output, exitCode, actions: [] });
const usage = (message: string): CommandResult => ({ ...consumerUsage(message), actions: [] });

/** The group's instance count the learner asked for by `before` (scenario spec, then its actions). */
export function desiredMembers(ctx: CommandContext, groupId: string, before: number): number {
  let n = ctx.scenario.consumerGroups.find((g) => g.groupId === groupId)?.members ?? 0;
  for (const a of ctx.scenario.actions) {
    if (a.at >= before) break;
    if (a.type === 'group.create' && a.group.groupId === groupId) n = a.group.members;
    if (a.type === 'group.scale' && a.groupId === groupId) n = a.members;
  }
  return n;
}

/** A number as joptsimple converts `ofType(Integer)`, or the exception the JVM prints. */
function integerOption(name: string, value: string | undefined): number | undefined | string {
  if (value === undefined) return undefined;
  if (/^[+-]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 31) return Number(value);
  return `Exception in thread "main" joptsimple.OptionArgumentConversionException: Cannot parse argument '${value}' of option ${name}`;
}

export const kafkaConsoleConsumer: Command = (args, ctx) => {
  const parsed = parseOptions(args, CONSUMER_OPTIONS);
  if (!parsed.ok) {
    return usage(parseErrorText(parsed.error).replace(/^Exception in thread "main" [\w.]+: /, ''));
  }
  const o = parsed.options.values;
  const first = (n: string) => o.get(n)?.[0];
  // printHelpAndExitIfNeeded.
  if (args.length === 0 || o.has('help'))
    return usage(
      'This tool helps to read data from Kafka topics and outputs it to standard output.',
    );
  const formatter = first('formatter');
  if (formatter !== undefined && formatter !== DEFAULT_FORMATTER) {
    return fail([
      `This simulator prints records with ${DEFAULT_FORMATTER} only (--formatter ${formatter}).`,
    ]);
  }
  const partition = integerOption('partition', first('partition'));
  if (typeof partition === 'string') return fail([partition]);
  const maxMessages = integerOption('max-messages', first('max-messages'));
  if (typeof maxMessages === 'string') return fail([maxMessages]);
  const checked = checkConsoleConsumerOptions({
    bootstrapServer: first('bootstrap-server'),
    topic: first('topic'),
    include: first('include') ?? first('whitelist'),
    partition: first('partition'),
    offset: first('offset'),
    fromBeginning: o.has('from-beginning'),
  });
  if ('error' in checked) return usage(checked.error);
  const topic = first('topic');
  if (topic === undefined) {
    return fail([
      'This simulator subscribes to one named topic (--topic); --include patterns are not simulated.',
    ]);
  }
  // --consumer.config, then --consumer-property over it.
  const configFile = first('consumer.config');
  const fileText = configFile === undefined ? '' : readFile(ctx, configFile);
  if (fileText === null) return fail([`java.nio.file.NoSuchFileException: ${configFile}`]);
  const fileProps = parseProperties(fileText);
  const extra = parseKeyValueArgs(o.get('consumer-property') ?? []);
  const groups = [
    ...new Set([first('group'), fileProps.get('group.id'), extra.get('group.id')]),
  ].filter((g): g is string => g !== undefined);
  if (groups.length > 1) {
    return usage(
      "The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. " +
        `Detected group ids: ${groups.map((g) => `'${g}'`).join(', ')}`,
    );
  }
  if (groups.length === 1 && partition !== undefined)
    return usage('Options group and partition cannot be specified together.');
  const props = new Map([...fileProps, ...extra]);
  const reset = props.get('auto.offset.reset');
  const fromBeginning = o.has('from-beginning');
  if (reset !== undefined && fromBeginning && reset !== 'earliest') {
    return fail([
      `Can't simultaneously specify --from-beginning and 'auto.offset.reset=${reset}', please remove one option`,
    ]);
  }
  const autoReset: 'earliest' | 'latest' =
    reset === 'earliest' || (reset === undefined && fromBeginning) ? 'earliest' : 'latest';
  if (reset !== undefined && reset !== 'earliest' && reset !== 'latest') {
    return fail([
      `This simulator supports auto.offset.reset=earliest or latest only (not ${reset}).`,
    ]);
  }
  // ConsoleConsumer: without a group id, `console-consumer-<Random.nextInt(100000)>`, no commits.
  const generatedGroup = groups.length === 0;
  const groupId = groups[0] ?? `console-consumer-${Math.floor((ctx.random ?? 0) * 100000)}`;
  const clientPrefix = `[Consumer clientId=console-consumer, groupId=${groupId}]`;
  const reach = checkBootstrap(ctx, first('bootstrap-server')!, clientPrefix);
  if (!reach.ok && reach.kind === 'invalid') {
    return fail([
      'org.apache.kafka.common.KafkaException: Failed to construct kafka consumer',
      `Caused by: ${reach.output[0]}`,
    ]);
  }
  if (!reach.ok) {
    return fail([
      ...reach.output,
      `No broker answers at ${first('bootstrap-server')}: the console consumer would keep retrying; this simulator stops it here.`,
    ]);
  }
  const output: string[] = [];
  const actions: LearnerAction[] = [];
  let snapshot: ClusterSnapshot = ctx.snapshot;
  if (!ctx.snapshot.topics.some((t) => t.name === topic)) {
    const created = autoCreate(ctx, topic);
    if (typeof created === 'string') return fail([created]);
    actions.push(created);
    // NetworkClient's WARN as the consumer's first metadata answer has no leader yet (from memory).
    output.push(
      logLine(
        ctx.snapshot.now,
        'WARN',
        `${clientPrefix} Error while fetching metadata with correlation id 2 : {${topic}=LEADER_NOT_AVAILABLE}`,
        'org.apache.kafka.clients.NetworkClient',
      ),
    );
    snapshot = { ...ctx.snapshot, topics: [] };
  }
  const useGroup = partition === undefined;
  const existing = ctx.snapshot.consumerGroups.some((g) => g.groupId === groupId);
  // ConsoleConsumer turns auto-commit off for a generated group unless the learner set it.
  const autoCommit = props.get('enable.auto.commit');
  const configs: ConsumerConfigs = { 'auto.offset.reset': autoReset };
  if (autoCommit !== undefined)
    configs['enable.auto.commit'] = autoCommit.trim().toLowerCase() === 'true';
  else if (generatedGroup) configs['enable.auto.commit'] = false;
  if (useGroup) {
    const now = ctx.snapshot.now;
    if (existing) {
      actions.push({
        type: 'group.scale',
        groupId,
        members: desiredMembers(ctx, groupId, now + 1) + 1,
      });
    } else {
      actions.push({
        type: 'group.create',
        group: {
          groupId,
          topics: [topic],
          members: 1,
          configs,
        },
      });
    }
  }
  const offset = checked.offset;
  const process: ConsumerSpec = {
    kind: 'console-consumer',
    startedAt: ctx.snapshot.now,
    topic,
    groupId: useGroup ? groupId : null,
    generatedGroup,
    partition: partition ?? null,
    startPositions: startPositions(snapshot, {
      topic,
      fromBeginning: autoReset === 'earliest',
      ...(partition !== undefined
        ? { partition, offset: offset ?? (fromBeginning ? 'earliest' : 'latest') }
        : {}),
      ...(useGroup && existing ? { groupId } : {}),
    }),
    maxMessages: maxMessages !== undefined && maxMessages >= 0 ? maxMessages : null,
    properties: Object.fromEntries(parseKeyValueArgs(o.get('property') ?? [])),
  };
  return { output, exitCode: 0, actions, process };
};

/** The consumer's metadata request auto-creates a missing topic (allow.auto.create.topics=true). */
function autoCreate(ctx: CommandContext, topic: string): LearnerAction | string {
  const cfg = brokerConfigsAt(ctx);
  if (String(cfg['auto.create.topics.enable'] ?? true) === 'false') {
    return `Topic ${topic} does not exist and auto.create.topics.enable=false: the consumer would wait for it. Create it first with kafka-topics.sh --create.`;
  }
  const replicationFactor = Number(cfg['default.replication.factor'] ?? 1);
  const live = liveBrokerIds(ctx.snapshot).length;
  if (replicationFactor > live) {
    return `The broker cannot auto-create topic ${topic}: default.replication.factor=${replicationFactor} is larger than the ${live} live broker(s). Create it with kafka-topics.sh --create.`;
  }
  const partitions = Number(cfg['num.partitions'] ?? 1);
  return {
    type: 'topic.create',
    topic: { name: topic, partitions, replicationFactor, configs: {} },
  };
}

/**
 * The records the process has printed by now, oldest first. A group member reads up to its
 * group's position (what it has fetched); an assign()ed partition up to the high watermark.
 * Teaching simplifications: records are ordered by timestamp across partitions; a partition with
 * no start position (no leader at start) starts at its log start; with several members in the
 * group, this process shows the partitions of the member that joined in its turn, as assigned now.
 */
export function consumedRecords(p: ConsumerSpec, ctx: CommandContext): ConsoleRecord[] {
  const topic = ctx.snapshot.topics.find((t) => t.name === p.topic);
  if (!topic) return [];
  const group =
    p.groupId === null
      ? undefined
      : ctx.snapshot.consumerGroups.find((g) => g.groupId === p.groupId);
  if (p.groupId !== null && !group) return [];
  let mine: Set<number> | null = null;
  if (group && p.groupId !== null && desiredMembers(ctx, p.groupId, ctx.snapshot.now + 1) > 1) {
    const index = desiredMembers(ctx, p.groupId, p.startedAt);
    const member = group.members[Math.min(index, group.members.length - 1)];
    mine = new Set(
      (member?.assignment ?? []).filter((a) => a.topic === p.topic).map((a) => a.partition),
    );
  }
  const out: ConsoleRecord[] = [];
  for (const part of topic.partitions) {
    if (p.partition !== null && part.partition !== p.partition) continue;
    if (mine && !mine.has(part.partition)) continue;
    const leader = leaderReplica(part);
    if (!leader) continue;
    const start =
      p.startPositions.find((s) => s.partition === part.partition)?.offset ?? leader.logStartOffset;
    let upper = leader.highWatermark;
    if (group) {
      const position = group.offsets.find(
        (x) => x.topic === p.topic && x.partition === part.partition,
      )?.position;
      upper = Math.min(upper, position ?? start);
    }
    for (const r of leader.records) {
      if (r.offset < start || r.offset >= upper) continue;
      out.push({
        topic: p.topic,
        partition: part.partition,
        offset: r.offset,
        timestamp: r.timestamp,
        key: r.key,
        value: r.value,
      });
    }
  }
  out.sort((a, b) => a.timestamp - b.timestamp || a.partition - b.partition || a.offset - b.offset);
  return p.maxMessages === null ? out : out.slice(0, p.maxMessages);
}

/** Leaving: the group runs one instance fewer (ConsumerWrapper.cleanup closes the consumer). */
function leave(p: ConsumerSpec, ctx: CommandContext): LearnerAction[] {
  if (p.groupId === null) return [];
  const members = desiredMembers(ctx, p.groupId, ctx.snapshot.now + 1);
  return [{ type: 'group.scale', groupId: p.groupId, members: Math.max(0, members - 1) }];
}

export const consoleConsumerProcess: ProcessHandler<ConsumerSpec> = {
  output(p, ctx) {
    const records = consumedRecords(p, ctx);
    const output = formatConsumerRecords(records, formatterPropsFrom(p.properties));
    return { output, exited: p.maxMessages !== null && records.length >= p.maxMessages };
  },
  interrupt(p, ctx) {
    return { output: [processedTotal(consumedRecords(p, ctx).length)], actions: leave(p, ctx) };
  },
  exit(p, ctx) {
    return { output: [processedTotal(consumedRecords(p, ctx).length)], actions: leave(p, ctx) };
  },
  prompt() {
    return null;
  },
};
