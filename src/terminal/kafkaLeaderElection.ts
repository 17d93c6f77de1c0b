// `bin/kafka-leader-election.sh`: asks the controller for preferred or unclean leader elections
// (KIP-460) and prints LeaderElectionCommand's report, predicted from the snapshot.
import { checkBootstrap } from './bootstrap';
import { adminClientFailed } from './kafkaTopicsRun';
import {
  checkLeaderElectionArgs,
  LEADER_ELECTION_OPTIONS,
  uncaught,
} from './kafkaLeaderElectionOptions';
import { scalaHashOrder, topicPartitionHash } from './kafkaLeaderElectionOrder';
import {
  allPartitions,
  predictElection,
  type ElectionType,
  type TopicPartitionRef,
} from './kafkaLeaderElectionPredict';
import { parseErrorText, parseOptions } from './options';
import type { Command, CommandContext, CommandResult } from './types';

export { KAFKA_LEADER_ELECTION_OPTION_NAMES } from './kafkaLeaderElectionOptions';

const fail = (output: string[]): CommandResult => ({ output, exitCode: 1, actions: [] });

/** OptionSet.valueOf: the single value, or joptsimple's exception when repeated. */
function single(values: readonly string[], name: string): string | { error: string } {
  if (values.length > 1) {
    return {
      error: `joptsimple.MultipleArgumentsForOptionException: Found multiple arguments for option ${name}, but you asked for only one`,
    };
  }
  return values[0]!;
}

const conversionError = (value: string, name: string): { error: string } => ({
  error: `joptsimple.OptionArgumentConversionException: Cannot parse argument '${value}' of option ${name}`,
});

/** ElectionTypeConverter (joptsimple EnumConverter): the enum name in any case. */
function electionType(value: string): ElectionType | { error: string } {
  const upper = value.toUpperCase();
  return upper === 'PREFERRED' || upper === 'UNCLEAN'
    ? upper
    : conversionError(value, 'election-type');
}

/** Integer.valueOf as joptsimple's Integer conversion reads it. */
function partitionId(value: string): number | { error: string } {
  const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648)
    return conversionError(value, 'partition');
  return n === 0 ? 0 : n;
}

const name = (tp: TopicPartitionRef): string => `${tp.topic}-${tp.partition}`;
const ordered = (tps: TopicPartitionRef[]): TopicPartitionRef[] =>
  scalaHashOrder(tps, (tp) => topicPartitionHash(tp.topic, tp.partition));

/** LeaderElectionCommand.electLeaders: the three groups in Kafka's order, then the failure. */
function report(
  type: ElectionType,
  asked: TopicPartitionRef[] | null,
  ctx: CommandContext,
): string[] {
  const elected: TopicPartitionRef[] = [];
  const noop: TopicPartitionRef[] = [];
  const failed: { tp: TopicPartitionRef; exception: string }[] = [];
  for (const tp of asked ?? allPartitions(ctx.snapshot)) {
    const outcome = predictElection(ctx.snapshot, type, tp);
    if (outcome.kind === 'elected') elected.push(tp);
    // KafkaApis.handleElectLeaders drops ELECTION_NOT_NEEDED results when all partitions were
    // asked for (from memory of K@3.6 KafkaApis).
    else if (outcome.kind === 'notNeeded') {
      if (asked !== null) noop.push(tp);
    } else failed.push({ tp, exception: outcome.exception });
  }
  const output: string[] = [];
  if (elected.length > 0) {
    output.push(
      `Successfully completed leader election (${type}) for partitions ${ordered(elected).map(name).join(', ')}`,
    );
  }
  if (noop.length > 0)
    output.push(
      `Valid replica already elected for partitions ${ordered(noop).map(name).join(', ')}`,
    );
  if (failed.length > 0) {
    const byTp = new Map(failed.map((f) => [name(f.tp), f.exception]));
    for (const tp of ordered(failed.map((f) => f.tp))) {
      output.push(
        `Error completing leader election (${type}) for partition: ${name(tp)}: ${byTp.get(name(tp))}`,
      );
    }
    output.push(
      uncaught(
        `kafka.common.AdminCommandFailedException: ${failed.length} replica(s) could not be elected`,
      ),
    );
  }
  return output;
}

const TIMEOUT = 'Timeout waiting for election results';

export const kafkaLeaderElection: Command = (args, ctx): CommandResult => {
  const parsed = parseOptions(args, LEADER_ELECTION_OPTIONS);
  if (!parsed.ok) return fail([parseErrorText(parsed.error)]);
  const checked = checkLeaderElectionArgs(args, parsed.options);
  if (checked) return { ...checked, actions: [] };
  const values = (n: string): readonly string[] => parsed.options.values.get(n) ?? [];
  const typeText = single(values('election-type'), 'election-type');
  if (typeof typeText !== 'string') return fail([uncaught(typeText.error)]);
  const type = electionType(typeText);
  if (typeof type !== 'string') return fail([uncaught(type.error)]);
  if (parsed.options.values.has('path-to-json-file')) {
    return fail([
      'This simulator has no files to read --path-to-json-file from; name one partition with --topic and --partition, or use --all-topic-partitions. Nothing was changed.',
    ]);
  }
  let asked: TopicPartitionRef[] | null = null;
  if (parsed.options.values.has('topic')) {
    const topic = single(values('topic'), 'topic');
    if (typeof topic !== 'string') return fail([uncaught(topic.error)]);
    const text = single(values('partition'), 'partition');
    if (typeof text !== 'string') return fail([uncaught(text.error)]);
    const partition = partitionId(text);
    if (typeof partition !== 'number') return fail([uncaught(partition.error)]);
    asked = [{ topic, partition }];
  }
  const server = single(values('bootstrap-server'), 'bootstrap-server');
  if (typeof server !== 'string') return fail([uncaught(server.error)]);
  const reach = checkBootstrap(ctx, server, '[AdminClient clientId=adminclient-1]');
  if (!reach.ok && reach.kind === 'invalid') return fail(adminClientFailed(reach.output));
  // No broker answers, or none is controller: the AdminClient gives up after the tool's 30 s.
  if (!reach.ok || ctx.snapshot.controller.brokerId === null) {
    const before = reach.ok ? [] : reach.output;
    return fail([
      ...before,
      TIMEOUT,
      uncaught(`kafka.common.AdminCommandFailedException: ${TIMEOUT}`),
    ]);
  }
  const output = report(type, asked, ctx);
  const failedAny = output.some((l) => l.startsWith('Exception in thread'));
  return {
    output,
    exitCode: failedAny ? 1 : 0,
    actions: [
      {
        type: 'partition.elect',
        electionType: type === 'PREFERRED' ? 'preferred' : 'unclean',
        partitions: asked,
      },
    ],
  };
};
