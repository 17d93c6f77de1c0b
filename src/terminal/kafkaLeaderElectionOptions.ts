// kafka-leader-election.sh's options and LeaderElectionCommand.validate's checks, with their texts
// (K@3.6: core/src/main/scala/kafka/admin/LeaderElectionCommand.scala; it moved to tools/ in 3.7).
import { KAFKA_VERSION } from './kafkaTopicsOptions';
import { helpTable, type OptionSpecs, type ParsedOptions } from './options';

export const LEADER_ELECTION_OPTIONS: OptionSpecs = {
  'admin.config': {
    hasArg: true,
    argName: 'String: config file',
    description: 'Configuration properties files to pass to the admin client',
  },
  'all-topic-partitions': {
    hasArg: false,
    description:
      'Perform election on all of the eligible topic partitions based on the type of election (see the --election-type flag). Not allowed if --topic or --path-to-json-file is specified.',
  },
  'bootstrap-server': {
    hasArg: true,
    argName: 'String: host:port',
    description:
      'A hostname and port for the broker to connect to, in the form host:port. Multiple comma separated URLs can be given. REQUIRED.',
  },
  'election-type': {
    hasArg: true,
    // joptsimple shows an EnumConverter's values as the type (from memory).
    argName: '[PREFERRED,UNCLEAN]: election type',
    description:
      'Type of election to attempt. Possible values are "preferred" for preferred leader election or "unclean" for unclean leader election. If preferred election is selection, the election is only performed if the current leader is not the preferred leader for the topic partition. If unclean election is selected, the election is only performed if there are no leader for the topic partition. REQUIRED.',
  },
  help: { hasArg: false, description: 'Print usage information.' },
  partition: {
    hasArg: true,
    argName: 'Integer: partition id',
    description: 'Partition id for which to perform an election. REQUIRED if --topic is specified.',
  },
  'path-to-json-file': {
    hasArg: true,
    argName: 'String: Path to JSON file',
    description:
      'The JSON file with the list  of partition for which leader elections should be performed. This is an example format. {"partitions": [{"topic": "foo", "partition": 1}, {"topic": "foobar", "partition": 2}] } Not allowed if --all-topic-partitions or --topic flags are specified.',
  },
  topic: {
    hasArg: true,
    argName: 'String: topic name',
    description:
      'Name of topic for which to perform an election. Not allowed if --path-to-json-file or --all-topic-partitions is specified.',
  },
  version: { hasArg: false, description: 'Display Kafka version.' },
};

/** The option names kafka-leader-election.sh accepts, for tab completion. */
export const KAFKA_LEADER_ELECTION_OPTION_NAMES: readonly string[] = Object.keys(
  LEADER_ELECTION_OPTIONS,
).map((name) => `--${name}`);

const DESCRIPTION =
  'This tool attempts to elect a new leader for a set of topic partitions. The type of elections supported are preferred replicas and unclean replicas.';

/** An exception escaping main: the JVM prints its class and message (stack trace left out). */
export const uncaught = (exception: string): string => `Exception in thread "main" ${exception}`;

const failed = (message: string): string =>
  uncaught(`kafka.common.AdminCommandFailedException: ${message}`);

/**
 * CommandLineUtils.maybePrintHelpOrVersion, then validate(): null when the arguments may run,
 * else the lines printed (every failure exits 1).
 */
export function checkLeaderElectionArgs(
  args: readonly string[],
  o: ParsedOptions,
): { output: string[]; exitCode: number } | null {
  const has = (name: string): boolean => o.values.has(name);
  if (args.length === 0 || has('help'))
    return { output: [DESCRIPTION, ...helpTable(LEADER_ELECTION_OPTIONS)], exitCode: 1 };
  if (has('version')) return { output: [KAFKA_VERSION], exitCode: 0 };
  // Missing options are prepended to a List, so election-type comes first.
  const missing = ['bootstrap-server', 'election-type'].filter((n) => !has(n)).reverse();
  if (missing.length > 0)
    return { output: [failed(`Missing required option(s): ${missing.join(', ')}`)], exitCode: 1 };
  const exclusive = ['topic', 'all-topic-partitions', 'path-to-json-file'];
  if (exclusive.filter(has).length !== 1) {
    return {
      output: [
        failed(`One and only one of the following options is required: ${exclusive.join(', ')}`),
      ],
      exitCode: 1,
    };
  }
  if (has('topic') && !has('partition'))
    return { output: [failed('Missing required option(s): partition')], exitCode: 1 };
  if (!has('topic') && has('partition'))
    return { output: [failed('Option partition is only allowed if topic is used')], exitCode: 1 };
  return null;
}
