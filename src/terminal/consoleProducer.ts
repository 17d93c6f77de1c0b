// bin/kafka-console-producer.sh (K@3.6: core/src/main/scala/kafka/tools/ConsoleProducer.scala): a
// model producer (`console-producer`) that sends each typed line as one record, LineMessageReader's
// key parsing, and the broker's auto-creation of a missing topic (auto.create.topics.enable).
import type { TopicSpec } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import { checkBootstrap } from './bootstrap';
import { brokerConfigsAt, liveBrokerIds } from './cluster';
import {
  checkProducerArgs,
  parseKeyValueArgs,
  PRODUCER_OPTIONS,
  producerUsage,
} from './consoleProducerOptions';
import { readFile } from './files';
import { logLine } from './log4j';
import { parseErrorText, parseOptions } from './options';
import { parseProperties } from './properties';
import type { Command, CommandContext, CommandResult, ProcessHandler, ProcessSpec } from './types';

export { CONSOLE_PRODUCER_OPTION_NAMES } from './consoleProducerOptions';

type ProducerSpec = Extract<ProcessSpec, { kind: 'console-producer' }>;

const fail = (output: string[], exitCode = 1): CommandResult => ({ output, exitCode, actions: [] });

/** The model needs unique producer ids: the client.id, else `<client.id>-2`, `-3`… */
function freeProducerId(ctx: CommandContext, clientId: string): string {
  // Closed producers leave the snapshot but keep their ids: every id ever created is taken.
  const taken = new Set([
    ...ctx.snapshot.producers.map((p) => p.id),
    ...ctx.scenario.producers.map((p) => p.id),
    ...ctx.scenario.actions.flatMap((a) => (a.type === 'producer.create' ? [a.producer.id] : [])),
  ]);
  if (!taken.has(clientId)) return clientId;
  let n = 2;
  while (taken.has(`${clientId}-${n}`)) n++;
  return `${clientId}-${n}`;
}

/** ProducerConfig's `acks` validator (ValidString) and its mapping to the model's values. */
function acksOf(value: string): 'all' | '1' | '0' | null {
  const v = value.trim();
  if (v === 'all' || v === '-1') return 'all';
  if (v === '1' || v === '0') return v;
  return null;
}

const COMPRESSION = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/**
 * A numeric producer config after CommandLineUtils.maybeMergeOptions: the option when given (or the
 * props lack the key, then the option's default), else the props' value; checked as ConfigDef does
 * (LONG/INT, atLeast(0)). A number, or the ConfigException main prints.
 */
function mergedNumber(
  props: Map<string, string>,
  key: string,
  given: string | undefined,
  fallback: number,
): number | string {
  const raw = given ?? props.get(key) ?? String(fallback);
  const v = raw.trim();
  if (!/^[+-]?\d+$/.test(v)) {
    return `org.apache.kafka.common.config.ConfigException: Invalid value ${raw} for configuration ${key}: Not a number of type ${key === 'linger.ms' ? 'LONG' : 'INT'}`;
  }
  const n = Number(v);
  if (n < 0) {
    return `org.apache.kafka.common.config.ConfigException: Invalid value ${n} for configuration ${key}: Value must be at least 0`;
  }
  return n;
}

/** A properties file the tool loads (Utils.loadProps), or the exception main prints. */
function loadProps(ctx: CommandContext, path: string | undefined): Map<string, string> | string {
  if (path === undefined) return new Map();
  const text = readFile(ctx, path);
  return text === null ? `java.nio.file.NoSuchFileException: ${path}` : parseProperties(text);
}

export const kafkaConsoleProducer: Command = (args, ctx) => {
  const parsed = parseOptions(args, PRODUCER_OPTIONS);
  // tryParse: joptsimple's message, then the usage.
  if (!parsed.ok) {
    const message = parseErrorText(parsed.error).replace(
      /^Exception in thread "main" [\w.]+: /,
      '',
    );
    return { ...producerUsage(message), actions: [] };
  }
  const checked = checkProducerArgs(parsed.options);
  if (checked) return { ...checked, actions: [] };
  const o = parsed.options.values;
  const first = (n: string) => o.get(n)?.[0];
  const topic = first('topic')!;
  const reader = first('line-reader');
  if (reader !== undefined && !reader.endsWith('ConsoleProducer$LineMessageReader')) {
    return fail([
      `This simulator reads lines with the default LineMessageReader only (--line-reader ${reader}).`,
    ]);
  }
  const readerProps = loadProps(ctx, first('reader-config'));
  const producerProps = loadProps(ctx, first('producer.config'));
  if (typeof readerProps === 'string') return fail([readerProps]);
  if (typeof producerProps === 'string') return fail([producerProps]);
  for (const [k, v] of parseKeyValueArgs(o.get('property') ?? [])) readerProps.set(k, v);
  for (const [k, v] of parseKeyValueArgs(o.get('producer-property') ?? [])) producerProps.set(k, v);
  // maybeMergeOptions: the option wins when given or when the props lack the key.
  const acksRaw = first('request-required-acks') ?? producerProps.get('acks') ?? '-1';
  const acks = acksOf(acksRaw);
  if (acks === null) {
    return fail([
      `org.apache.kafka.common.config.ConfigException: Invalid value ${acksRaw} for configuration acks: String must be one of: all, -1, 0, 1`,
    ]);
  }
  const compression = o.has('compression-codec')
    ? first('compression-codec') || 'gzip'
    : (producerProps.get('compression.type') ?? 'none');
  if (!COMPRESSION.includes(compression)) {
    return fail([
      `org.apache.kafka.common.config.ConfigException: Invalid value ${compression} for configuration compression.type: String must be one of: ${COMPRESSION.join(', ')}`,
    ]);
  }
  // ConsoleProducer.producerProps: --timeout (default 1000) is linger.ms; --batch-size, then
  // --max-partition-memory-bytes (both default 16384) are batch.size. --sync only makes the tool
  // wait for each send (send(record).get()): linger.ms still applies.
  const lingerMs = mergedNumber(producerProps, 'linger.ms', first('timeout'), 1000);
  if (typeof lingerMs === 'string') return fail([lingerMs]);
  const batchSize = mergedNumber(
    producerProps,
    'batch.size',
    first('max-partition-memory-bytes') ?? first('batch-size'),
    16384,
  );
  if (typeof batchSize === 'string') return fail([batchSize]);
  const clientId = producerProps.get('client.id') ?? 'console-producer';
  const bootstrap = first('bootstrap-server') ?? first('broker-list')!;
  const reach = checkBootstrap(ctx, bootstrap, `[Producer clientId=${clientId}]`);
  if (!reach.ok && reach.kind === 'invalid') {
    return fail([
      'org.apache.kafka.common.KafkaException: Failed to construct kafka producer',
      `Caused by: ${reach.output[0]}`,
    ]);
  }
  if (!reach.ok) {
    return fail([
      ...reach.output,
      `No broker answers at ${bootstrap}: the console producer would keep retrying; this simulator stops it here.`,
    ]);
  }
  const actions: LearnerAction[] = [];
  if (!ctx.snapshot.topics.some((t) => t.name === topic)) {
    const created = autoCreate(ctx, topic);
    if (typeof created === 'string') return fail([created]);
    actions.push({ type: 'topic.create', topic: created });
  }
  const producerId = freeProducerId(ctx, clientId);
  actions.push({
    type: 'producer.create',
    producer: {
      id: producerId,
      topic,
      recordsPerSec: 0,
      keys: [],
      configs: { acks, 'linger.ms': lingerMs, 'batch.size': batchSize },
    },
  });
  const process: ProducerSpec = {
    kind: 'console-producer',
    startedAt: ctx.snapshot.now,
    topic,
    producerId,
    parseKey: (readerProps.get('parse.key') ?? '').trim().toLowerCase() === 'true',
    keySeparator: readerProps.get('key.separator') ?? '\t',
    ignoreError: (readerProps.get('ignore.error') ?? '').trim().toLowerCase() === 'true',
    lineNumber: 0,
  };
  return { output: [], exitCode: 0, actions, process };
};

/**
 * The broker creates a missing topic on the producer's metadata request (auto.create.topics.enable,
 * num.partitions, default.replication.factor: KafkaApis / AutoTopicCreationManager). Teaching
 * simplification: it is created when the producer starts, not at its first record.
 */
function autoCreate(ctx: CommandContext, topic: string): TopicSpec | string {
  const cfg = brokerConfigsAt(ctx);
  if (String(cfg['auto.create.topics.enable'] ?? true) === 'false') {
    return `Topic ${topic} does not exist and auto.create.topics.enable=false: the producer would wait max.block.ms (60000 ms) for it and fail. Create it first with kafka-topics.sh --create.`;
  }
  const partitions = Number(cfg['num.partitions'] ?? 1);
  const replicationFactor = Number(cfg['default.replication.factor'] ?? 1);
  const live = liveBrokerIds(ctx.snapshot).length;
  if (replicationFactor > live) {
    return `The broker cannot auto-create topic ${topic}: default.replication.factor=${replicationFactor} is larger than the ${live} live broker(s). Create it with kafka-topics.sh --create --replication-factor ${live}.`;
  }
  return { name: topic, partitions, replicationFactor, configs: {} };
}

/** Whether this producer's start created its topic (so its first metadata answer had no leader). */
function createdAtStart(p: ProducerSpec, ctx: CommandContext): boolean {
  return (ctx.events ?? []).some(
    (e) => e.kind === 'topic.created' && e.params.topic === p.topic && e.at === p.startedAt,
  );
}

export const consoleProducerProcess: ProcessHandler<ProducerSpec> = {
  output() {
    return { output: [], exited: false };
  },
  input(p, line, ctx) {
    const lineNumber = p.lineNumber + 1;
    const output: string[] = [];
    if (lineNumber === 1 && createdAtStart(p, ctx)) {
      // NetworkClient's WARN for the auto-created topic (correlation id as typically seen: from memory).
      output.push(
        logLine(
          ctx.snapshot.now,
          'WARN',
          `[Producer clientId=${p.producerId}] Error while fetching metadata with correlation id 3 : {${p.topic}=LEADER_NOT_AVAILABLE}`,
          'org.apache.kafka.clients.NetworkClient',
        ),
      );
    }
    let key: string | null = null;
    let value = line;
    if (p.parseKey) {
      const at = line.indexOf(p.keySeparator);
      if (at < 0 && !p.ignoreError) {
        // LineMessageReader.parse (3.6): main prints the exception and exits 1.
        output.push(
          `org.apache.kafka.common.KafkaException: No key separator found on line number ${lineNumber}: '${line}'`,
        );
        return { output, actions: [], process: null };
      }
      if (at >= 0) {
        key = line.slice(0, at);
        value = line.slice(at + p.keySeparator.length);
      }
    }
    return {
      output,
      actions: [{ type: 'produce', topic: p.topic, key, value, producer: p.producerId }],
      process: { ...p, lineNumber },
    };
  },
  // Ctrl+C: the shutdown hook closes the producer; nothing is printed.
  interrupt(p) {
    return { output: [], actions: [{ type: 'producer.close', producer: p.producerId }] };
  },
  exit(p) {
    return { output: [], actions: [{ type: 'producer.close', producer: p.producerId }] };
  },
  prompt() {
    return '>';
  },
};
