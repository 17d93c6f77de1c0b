// `kafka-topics.sh --list` and `--describe` from a snapshot, in Kafka 3.6's format (KAFKA.md 7.1):
// TopicCommand.TopicDescription / PartitionDescription / DescribeOptions and getTopics.
import type { PartitionView, TopicView } from '../model/snapshotTypes';
import { brokerConfigsAt, liveBrokerIds } from './cluster';
import { topicError, type TopicsRun } from './kafkaTopicsRun';
import type { CommandResult } from './types';

/** Topic.isInternal: the two topics Kafka itself writes. */
const INTERNAL_TOPICS = ['__consumer_offsets', '__transaction_state'];

// Topic configs whose broker setting of the same name is a synonym (LogConfig / KafkaConfig): a
// broker-level value is a STATIC/DYNAMIC_DEFAULT_BROKER_CONFIG entry, not DEFAULT_CONFIG, so
// describe lists it (ConfigEntry.isDefault, KAFKA.md 7.1).
const BROKER_SYNONYMS = ['min.insync.replicas', 'unclean.leader.election.enable'];

/**
 * IncludeList(regex) as getTopics uses it: ',' means '|', quotes around it are dropped, and a topic
 * must match the whole expression (Java's String.matches). Null for a regex JavaScript cannot read.
 */
function includeList(raw: string): RegExp | null {
  const regex = raw
    .trim()
    .replaceAll(',', '|')
    .replaceAll(' ', '')
    .replace(/^["']+/, '')
    .replace(/["']+$/, '');
  try {
    return new RegExp(`^(?:${regex})$`);
  } catch {
    return null;
  }
}

/** getTopics: sorted names, filtered by --topic and --exclude-internal; a string is an error. */
export function selectTopics(run: TopicsRun): TopicView[] | string {
  const exclude = run.has('exclude-internal');
  const all = [...run.ctx.snapshot.topics].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  // Brokers drop a topic from their metadata once its deletion starts (TopicDeletionManager),
  // so the admin client no longer sees it.
  const kept = all.filter(
    (t) => !t.markedForDeletion && !(exclude && INTERNAL_TOPICS.includes(t.name)),
  );
  const pattern = run.value('topic');
  if (pattern === undefined) return kept;
  const re = includeList(pattern);
  // Teaching simplification: Java's PatternSyntaxException text is not reproduced.
  if (re === null) return `${pattern} is an invalid regex.`;
  const found = kept.filter((t) => re.test(t.name));
  // ensureTopicExists, unless --if-exists.
  if (found.length === 0 && !run.has('if-exists'))
    return `Topic '${pattern}' does not exist as expected`;
  return found;
}

export function listTopics(run: TopicsRun): CommandResult {
  const topics = selectTopics(run);
  if (typeof topics === 'string') return topicError(topics);
  // println(names.mkString("\n")): an empty cluster prints one empty line.
  const output = topics.length === 0 ? [''] : topics.map((t) => t.name);
  return { output, exitCode: 0, actions: [] };
}

/** The non-default config entries of a topic, as describeConfigs reports them (sorted by name). */
function nonDefaultConfigs(run: TopicsRun, topic: TopicView): Map<string, string> {
  const broker = brokerConfigsAt(run.ctx);
  const out = new Map<string, string>();
  for (const key of BROKER_SYNONYMS) {
    if (broker[key] !== undefined) out.set(key, String(broker[key]));
  }
  for (const [key, value] of Object.entries(topic.configs)) out.set(key, String(value));
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function minIsr(configs: Map<string, string>): number {
  return Number(configs.get('min.insync.replicas') ?? 1);
}

export function headerLine(topic: TopicView, configs: Map<string, string>): string {
  const entries = [...configs].map(([k, v]) => `${k}=${v}`).join(',');
  const id = topic.topicId !== '' ? `\tTopicId: ${topic.topicId}` : '';
  const rf = topic.partitions[0]?.replicas.length ?? 0;
  return `Topic: ${topic.name}${id}\tPartitionCount: ${topic.partitions.length}\tReplicationFactor: ${rf}\tConfigs: ${entries}`;
}

export function partitionLine(p: PartitionView): string {
  const leader = p.leader === null ? 'none' : String(p.leader);
  return `\tTopic: ${p.topic}\tPartition: ${p.partition}\tLeader: ${leader}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}`;
}

export function describeTopics(run: TopicsRun): CommandResult {
  if (run.has('topic-id')) return run.unsupported('--topic-id');
  const topics = selectTopics(run);
  if (typeof topics === 'string') return topicError(topics);
  const live = new Set(liveBrokerIds(run.ctx.snapshot));
  const under = run.has('under-replicated-partitions');
  const unavailable = run.has('unavailable-partitions');
  const underMin = run.has('under-min-isr-partitions');
  const atMin = run.has('at-min-isr-partitions');
  const overrides = run.has('topics-with-overrides');
  // DescribeOptions: a partition filter hides the header lines; --topics-with-overrides the partitions.
  const describeConfigs = !under && !unavailable && !underMin && !atMin;
  const output: string[] = [];
  for (const topic of topics) {
    const configs = nonDefaultConfigs(run, topic);
    if (describeConfigs && (!overrides || configs.size > 0) && topic.partitions.length > 0)
      output.push(headerLine(topic, configs));
    if (overrides) continue;
    const min = minIsr(configs);
    for (const p of [...topic.partitions].sort((a, b) => a.partition - b.partition)) {
      const show =
        describeConfigs ||
        (under && p.replicas.length - p.isr.length > 0) ||
        (unavailable && (p.leader === null || !live.has(p.leader))) ||
        (underMin && (p.leader === null || p.isr.length < min)) ||
        (atMin && p.isr.length === min);
      if (show) output.push(partitionLine(p));
    }
  }
  return { output, exitCode: 0, actions: [] };
}
