// kafka-console-consumer.sh's pure parts: DefaultMessageFormatter's record layout, which records a
// console consumer reads from a snapshot, its option checks and its closing line
// (K@3.6:core/src/main/scala/kafka/tools/ConsoleConsumer.scala).
import type { ClusterSnapshot, PartitionView, ReplicaView } from '../model/snapshotTypes';

/** DefaultMessageFormatter's settings (`--property k=v`), with its defaults. */
export interface FormatterProps {
  printTimestamp: boolean;
  printKey: boolean;
  printValue: boolean;
  printPartition: boolean;
  printOffset: boolean;
  printHeaders: boolean;
  keySeparator: string;
  lineSeparator: string;
  headersSeparator: string;
  nullLiteral: string;
}

export const DEFAULT_FORMATTER_PROPS: Readonly<FormatterProps> = Object.freeze({
  printTimestamp: false,
  printKey: false,
  printValue: true,
  printPartition: false,
  printOffset: false,
  printHeaders: false,
  keySeparator: '\t',
  lineSeparator: '\n',
  headersSeparator: ',',
  nullLiteral: 'null',
});

const BOOLEAN_PROPS: Record<string, keyof FormatterProps> = {
  'print.timestamp': 'printTimestamp',
  'print.key': 'printKey',
  'print.value': 'printValue',
  'print.partition': 'printPartition',
  'print.offset': 'printOffset',
  'print.headers': 'printHeaders',
};

const STRING_PROPS: Record<string, keyof FormatterProps> = {
  'key.separator': 'keySeparator',
  'line.separator': 'lineSeparator',
  'headers.separator': 'headersSeparator',
  'null.literal': 'nullLiteral',
};

/**
 * DefaultMessageFormatter.configure: a boolean is true only for `true` (trimmed, any case);
 * separators are taken as given. Unknown keys are ignored, as Kafka passes them to deserializers.
 */
export function formatterPropsFrom(properties: Readonly<Record<string, string>>): FormatterProps {
  const props: FormatterProps = { ...DEFAULT_FORMATTER_PROPS };
  for (const [key, value] of Object.entries(properties)) {
    const b = BOOLEAN_PROPS[key];
    if (b) (props[b] as boolean) = value.trim().toLowerCase() === 'true';
    const s = STRING_PROPS[key];
    if (s) (props[s] as string) = value;
  }
  return props;
}

/** A record as the console consumer receives it. The model's records have no headers. */
export interface ConsoleRecord {
  topic: string;
  partition: number;
  offset: number;
  /** CreateTime (the producer's timestamp), virtual ms. */
  timestamp: number;
  key: string | null;
  value: string | null;
}

/**
 * DefaultMessageFormatter.writeTo: the exact text written for one record, separators included:
 * `CreateTime:<ms>`, `Partition:<p>`, `Offset:<o>`, headers (`NO_HEADERS`), key, value, each
 * followed by key.separator when more fields follow, the last by line.separator.
 */
export function formatConsumerRecord(record: ConsoleRecord, props: FormatterProps): string {
  const fields: string[] = [];
  if (props.printTimestamp) fields.push(`CreateTime:${record.timestamp}`);
  if (props.printPartition) fields.push(`Partition:${record.partition}`);
  if (props.printOffset) fields.push(`Offset:${record.offset}`);
  if (props.printHeaders) fields.push('NO_HEADERS');
  if (props.printKey) fields.push(record.key ?? props.nullLiteral);
  if (props.printValue) fields.push(record.value ?? props.nullLiteral);
  return fields.length === 0 ? '' : fields.join(props.keySeparator) + props.lineSeparator;
}

/** The terminal lines printed for records (their texts joined, split at newlines). */
export function formatConsumerRecords(
  records: readonly ConsoleRecord[],
  props: FormatterProps,
): string[] {
  const text = records.map((r) => formatConsumerRecord(r, props)).join('');
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** ConsoleConsumer.reportRecordCount, printed to stderr when the consumer stops. */
export function processedTotal(count: number): string {
  return `Processed a total of ${count} messages`;
}

/** Where to start and what to read; the options as ConsoleConsumer has checked them. */
export interface ConsoleConsumerSelection {
  topic: string;
  /** `--partition`: assign just this partition (no group). */
  partition?: number;
  /** `--offset` (only with --partition): earliest, latest, or an offset. Default latest. */
  offset?: 'earliest' | 'latest' | number;
  /** `--from-beginning`: auto.offset.reset=earliest (otherwise latest). */
  fromBeginning?: boolean;
  /** `--max-messages`. */
  maxMessages?: number;
  /** `--group`: the group's committed offsets, where it has them, win over auto.offset.reset. */
  groupId?: string;
}

export interface ConsoleConsumerRead {
  /** The records printed, in the order printed. */
  records: ConsoleRecord[];
  /** Each read partition's next position after these records (where reading would go on). */
  positions: { topic: string; partition: number; offset: number }[];
}

/** The leader's replica of a partition, or undefined while it has no leader. */
export function leaderReplica(p: PartitionView): ReplicaView | undefined {
  return p.leader === null ? undefined : p.replicaViews.find((r) => r.brokerId === p.leader);
}

/**
 * Where a console consumer starts reading a partition: --offset with --partition; else the
 * group's committed offset; else auto.offset.reset (earliest with --from-beginning, else latest:
 * the HW for read_uncommitted). Outside [log start, LEO] the fetch is OFFSET_OUT_OF_RANGE and
 * auto.offset.reset applies.
 */
export function startPosition(
  leader: ReplicaView,
  sel: ConsoleConsumerSelection,
  committed: number | null | undefined,
): number {
  const { logStartOffset: start, logEndOffset: leo, highWatermark: hw } = leader;
  const reset = sel.fromBeginning ? start : hw;
  let position: number;
  if (sel.partition !== undefined && sel.offset !== undefined) {
    position = sel.offset === 'earliest' ? start : sel.offset === 'latest' ? hw : sel.offset;
  } else if (committed !== undefined && committed !== null) {
    position = committed;
  } else {
    position = reset;
  }
  return position < start || position > leo ? reset : position;
}

/** The partitions a selection reads, in partition order. */
function selectedPartitions(
  snapshot: ClusterSnapshot,
  sel: ConsoleConsumerSelection,
): PartitionView[] {
  const topic = snapshot.topics.find((t) => t.name === sel.topic);
  if (!topic) return [];
  return topic.partitions
    .filter((p) => sel.partition === undefined || p.partition === sel.partition)
    .sort((a, b) => a.partition - b.partition);
}

/** Each read partition's start position now (partitions without a leader are left out). */
export function startPositions(
  snapshot: ClusterSnapshot,
  sel: ConsoleConsumerSelection,
): { partition: number; offset: number }[] {
  const group = sel.groupId
    ? snapshot.consumerGroups.find((g) => g.groupId === sel.groupId)
    : undefined;
  const out: { partition: number; offset: number }[] = [];
  for (const p of selectedPartitions(snapshot, sel)) {
    const leader = leaderReplica(p);
    if (!leader) continue;
    const committed = group?.offsets.find(
      (o) => o.topic === sel.topic && o.partition === p.partition,
    )?.committed;
    out.push({ partition: p.partition, offset: startPosition(leader, sel, committed) });
  }
  return out;
}

/**
 * The records a console consumer would print now. It reads only up to each partition leader's high
 * watermark; a partition without a leader yields nothing yet. Teaching simplification: records come
 * partition by partition (a real consumer interleaves partitions as fetches return), and only
 * what the snapshot's record window still holds can be printed.
 */
export function selectConsoleRecords(
  snapshot: ClusterSnapshot,
  sel: ConsoleConsumerSelection,
): ConsoleConsumerRead {
  const limit = sel.maxMessages !== undefined && sel.maxMessages >= 0 ? sel.maxMessages : Infinity;
  const starts = new Map(startPositions(snapshot, sel).map((s) => [s.partition, s.offset]));
  const records: ConsoleRecord[] = [];
  const positions: ConsoleConsumerRead['positions'] = [];
  for (const p of selectedPartitions(snapshot, sel)) {
    const leader = leaderReplica(p);
    let position = starts.get(p.partition);
    if (!leader || position === undefined) continue;
    for (const r of leader.records) {
      if (records.length >= limit) break;
      if (r.offset < position || r.offset >= leader.highWatermark) continue;
      records.push({
        topic: p.topic,
        partition: p.partition,
        offset: r.offset,
        timestamp: r.timestamp,
        key: r.key,
        value: r.value,
      });
      position = r.offset + 1;
    }
    positions.push({ topic: p.topic, partition: p.partition, offset: position });
  }
  return { records, positions };
}

/** The console consumer's options before checks: what the learner typed. */
export interface ConsoleConsumerOptions {
  bootstrapServer?: string;
  topic?: string;
  include?: string;
  partition?: string;
  offset?: string;
  fromBeginning?: boolean;
  group?: string;
}

/**
 * ConsoleConsumer.ConsumerConfig's checks in its order: Kafka's message (printed before the usage
 * text, exit 1) or the parsed offset. `--whitelist` is not modelled.
 */
export function checkConsoleConsumerOptions(
  o: ConsoleConsumerOptions,
): { error: string } | { offset: 'earliest' | 'latest' | number | undefined } {
  const topicOrInclude = [o.topic, o.include].filter((x) => x !== undefined);
  if (topicOrInclude.length !== 1) {
    // The Scala `if` without else interpolates as `()` when --whitelist is absent.
    return { error: 'Exactly one of --include/--topic is required. ()' };
  }
  if (o.partition !== undefined) {
    if (o.topic === undefined)
      return { error: 'The topic is required when partition is specified.' };
    if (o.fromBeginning && o.offset !== undefined) {
      return { error: 'Options from-beginning and offset cannot be specified together.' };
    }
  } else if (o.offset !== undefined) {
    return { error: 'The partition is required when offset is specified.' };
  }
  let offset: 'earliest' | 'latest' | number | undefined;
  if (o.offset !== undefined) {
    // Kafka lower-cases the value first (Locale.ROOT), and reports it lower-cased.
    const v = o.offset.toLowerCase();
    if (v === 'earliest' || v === 'latest') offset = v;
    else if (/^\+?\d+$/.test(v)) offset = Number(v);
    else {
      return {
        error: `The provided offset value '${v}' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.`,
      };
    }
  }
  if (o.bootstrapServer === undefined)
    return { error: 'Missing required argument "[bootstrap-server]"' };
  if (o.group !== undefined && o.partition !== undefined) {
    return { error: 'Options group and partition cannot be specified together.' };
  }
  return { offset };
}
