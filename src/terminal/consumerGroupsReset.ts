// kafka-consumer-groups.sh --reset-offsets: the plan (GROUP TOPIC PARTITION NEW-OFFSET), Kafka's
// refusal while the group has members, and the `group.resetOffsets` action on --execute
// (ConsumerGroupCommand.scala resetOffsets/prepareOffsetsToReset/printOffsetsToReset, 3.6/3.7).
import type { LearnerAction } from '../model/simulationTypes';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import { earliestOffset, latestOffset, padRight } from './consumerGroupsDescribe';
import type { ParsedArgs } from './consumerGroupsArgs';
import { has, valuesOf } from './consumerGroupsArgs';
import type { CommandResult } from './types';

/** The reset specifications Kafka accepts; this simulator runs the first two only. */
const SUPPORTED_SPECS = ['to-earliest', 'to-latest'] as const;
const UNSUPPORTED_SPECS = [
  'to-offset',
  'shift-by',
  'to-datetime',
  'by-duration',
  'to-current',
  'from-file',
] as const;

interface Tp {
  topic: string;
  partition: number;
}

/** printOffsetsToReset: `%-30s %-30s %-10s %-15s` (the last column padded too). */
function planLine(c: [string, string, string, string]): string {
  return `${padRight(c[0], 30)} ${padRight(c[1], 30)} ${padRight(c[2], 10)} ${padRight(c[3], 15)}`;
}

const HEADER = planLine(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET']);

const fail = (output: string[]): CommandResult => ({ output, exitCode: 1, actions: [] });

/** `--topic t` (every partition) or `--topic t:0,2`; 'unknown' for an unknown topic, or Kafka's message for a bad partition. */
function topicScope(snapshot: ClusterSnapshot, args: readonly string[]): Tp[] | string {
  const out: Tp[] = [];
  for (const arg of args) {
    const [topic = '', parts] = arg.split(':');
    const t = snapshot.topics.find((x) => x.name === topic);
    if (parts !== undefined) {
      for (const p of parts.split(',')) {
        if (!/^-?\d+$/.test(p)) {
          // parseTopicsWithPartitions (its doubled quote is Kafka's).
          return `Invalid partition '${p}' specified in topic arg '${arg}''`;
        }
        out.push({ topic, partition: Number(p) });
      }
    } else if (t) {
      for (const p of t.partitions) out.push({ topic, partition: p.partition });
    } else {
      return 'unknown';
    }
  }
  return out;
}

/** The Error line Kafka prints when describeTopics/listOffsets fails on an unknown topic. */
const UNKNOWN_TOPIC =
  'Error: Executing consumer group command failed due to org.apache.kafka.common.errors.' +
  'UnknownTopicOrPartitionException: This server does not host this topic-partition.';

export function resetOffsets(
  snapshot: ClusterSnapshot,
  args: ParsedArgs,
  groupIds: string[],
): CommandResult {
  const output: string[] = [];
  const unsupported = UNSUPPORTED_SPECS.find((s) => has(args, s));
  if (unsupported) {
    return fail([
      `--${unsupported} is not available in this simulator: it supports --reset-offsets with --to-earliest and --to-latest only.`,
    ]);
  }
  const spec = SUPPORTED_SPECS.find((s) => has(args, s));
  const execute = has(args, 'execute');
  const actions: LearnerAction[] = [];
  const plans: string[] = [];
  for (const groupId of groupIds) {
    const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
    const state = group?.state ?? 'Dead';
    if (state !== 'Empty' && state !== 'Dead') {
      output.push(
        '',
        `Error: Assignments can only be reset if the group '${groupId}' is inactive, but the current state is ${state}.`,
      );
      continue;
    }
    // getPartitionsToReset: --all-topics = every partition with a committed offset.
    let scope: Tp[];
    if (has(args, 'all-topics')) {
      scope = (group?.offsets ?? []).filter((o) => o.committed !== null);
    } else if (has(args, 'topic')) {
      const s = topicScope(snapshot, valuesOf(args, 'topic'));
      if (s === 'unknown') return { output: [...output, '', UNKNOWN_TOPIC], exitCode: 0, actions };
      if (typeof s === 'string') return fail([...output, s]);
      scope = s;
    } else {
      return fail([...output, 'One of the reset scopes should be defined: --all-topics, --topic.']);
    }
    if (!spec) {
      // Kafka prints its Scala HashSet of the eight scenario options here; their order is not reproduced.
      return fail([
        ...output,
        "Option '[reset-offsets]' requires one of the following scenarios: HashSet([to-offset], [shift-by], [to-datetime], [by-duration], [to-earliest], [to-latest], [to-current], [from-file])",
      ]);
    }
    const sorted = [...scope].sort(
      (a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition,
    );
    for (const tp of sorted) {
      const offset =
        spec === 'to-earliest'
          ? earliestOffset(snapshot, tp.topic, tp.partition)
          : latestOffset(snapshot, tp.topic, tp.partition);
      if (offset === null) {
        const which = spec === 'to-earliest' ? 'starting' : 'ending';
        return fail([
          ...output,
          `Error getting ${which} offset of topic partition: ${tp.topic}-${tp.partition}`,
        ]);
      }
      plans.push(planLine([groupId, tp.topic, String(tp.partition), String(offset)]));
    }
    if (execute) {
      const problem = executeProblem(snapshot, groupId, sorted);
      if (problem) return fail([...output, problem]);
      actions.push({
        type: 'group.resetOffsets',
        groupId,
        to: spec === 'to-earliest' ? 'earliest' : 'latest',
      });
    }
  }
  // printOffsetsToReset prints the header whenever a group was looked at, even if refused.
  output.push('', HEADER, ...plans);
  return { output, exitCode: 0, actions };
}

/**
 * Teaching simplification: the model's `group.resetOffsets` resets every partition of an existing
 * group. A scope that is only part of it, or a group the model does not run, is refused plainly
 * rather than half-applied.
 */
function executeProblem(snapshot: ClusterSnapshot, groupId: string, scope: Tp[]): string | null {
  const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
  if (!group) {
    return `This simulator can only reset the offsets of a group that exists: '${groupId}' does not. Start a consumer with --group ${groupId} first.`;
  }
  const topics = new Set(group.offsets.map((o) => o.topic));
  for (const m of group.members) for (const tp of m.assignment) topics.add(tp.topic);
  const all: string[] = [];
  for (const t of snapshot.topics) {
    if (topics.has(t.name)) for (const p of t.partitions) all.push(`${t.name}-${p.partition}`);
  }
  const wanted = new Set(scope.map((tp) => `${tp.topic}-${tp.partition}`));
  const same = wanted.size === all.length && all.every((k) => wanted.has(k));
  return same
    ? null
    : `This simulator resets all of a group's partitions at once: use --all-topics, or --topic with every topic '${groupId}' reads (${[...topics].sort().join(', ')}).`;
}
