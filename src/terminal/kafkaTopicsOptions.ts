// kafka-topics.sh's options and its argument checks, in the order TopicCommandOptions.checkArgs runs
// them (K@3.4: core/src/main/scala/kafka/admin/TopicCommand.scala; CommandLineUtils for the texts).
import { helpTable, type OptionSpecs, type ParsedOptions } from './options';

const TOPIC_CONFIG_HINT =
  ' (the kafka-configs CLI supports altering topic configs with a --bootstrap-server option)';

export const TOPICS_OPTIONS: OptionSpecs = {
  alter: {
    hasArg: false,
    description:
      'Alter the number of partitions, replica assignment, and/or configuration for the topic.',
  },
  'at-min-isr-partitions': {
    hasArg: false,
    description:
      'if set when describing topics, only show partitions whose isr count is equal to the configured minimum.',
  },
  'bootstrap-server': {
    hasArg: true,
    argName: 'String: server to connect to',
    description: 'REQUIRED: The Kafka server to connect to.',
  },
  'command-config': {
    hasArg: true,
    argName: 'String: command config property file',
    description:
      'Property file containing configs to be passed to Admin Client. This is used only with --bootstrap-server option for describing and altering broker configs.',
  },
  config: {
    hasArg: true,
    argName: 'String: name=value',
    description:
      'A topic configuration override for the topic being created or altered. See the Kafka documentation for full details on the topic configs. It is supported only in combination with --create if --bootstrap-server option is used' +
      TOPIC_CONFIG_HINT +
      '.',
  },
  create: { hasArg: false, description: 'Create a new topic.' },
  delete: { hasArg: false, description: 'Delete a topic' },
  'delete-config': {
    hasArg: true,
    argName: 'String: name',
    description:
      'A topic configuration override to be removed for an existing topic (see the list of configurations under the --config option). Not supported with the --bootstrap-server option.',
  },
  describe: { hasArg: false, description: 'List details for the given topics.' },
  'disable-rack-aware': { hasArg: false, description: 'Disable rack aware replica assignment' },
  'exclude-internal': {
    hasArg: false,
    description:
      'exclude internal topics when running list or describe command. The internal topics will be listed by default',
  },
  help: { hasArg: false, description: 'Print usage information.' },
  'if-exists': {
    hasArg: false,
    description:
      'if set when altering or deleting or describing topics, the action will only execute if the topic exists.',
  },
  'if-not-exists': {
    hasArg: false,
    description:
      'if set when creating topics, the action will only execute if the topic does not already exist.',
  },
  list: { hasArg: false, description: 'List all available topics.' },
  partitions: {
    hasArg: true,
    argName: 'Integer: # of partitions',
    description:
      'The number of partitions for the topic being created or altered (WARNING: If partitions are increased for a topic that has a key, the partition logic or ordering of the messages will be affected). If not supplied for create, defaults to the cluster default.',
  },
  'replica-assignment': {
    hasArg: true,
    argName:
      'String: broker_id_for_part1_replica1 : broker_id_for_part1_replica2 , broker_id_for_part2_replica1 : broker_id_for_part2_replica2 , ...',
    description:
      'A list of manual partition-to-broker assignments for the topic being created or altered.',
  },
  'replication-factor': {
    hasArg: true,
    argName: 'Integer: replication factor',
    description:
      'The replication factor for each partition in the topic being created. If not supplied, defaults to the cluster default.',
  },
  topic: {
    hasArg: true,
    argName: 'String: topic',
    description:
      'The topic to create, alter, describe or delete. It also accepts a regular expression, except for --create option. Put topic name in double quotes and use the \'\\\' prefix to escape regular expression symbols; e.g. "test\\.topic".',
  },
  'topic-id': {
    hasArg: true,
    argName: 'String: topic-id',
    description:
      'The topic-id to describe.This is used only with --bootstrap-server option for describing topics.',
  },
  'topics-with-overrides': {
    hasArg: false,
    description: 'if set when describing topics, only show topics that have overridden configs',
  },
  'unavailable-partitions': {
    hasArg: false,
    description:
      'if set when describing topics, only show partitions whose leader is not available',
  },
  'under-min-isr-partitions': {
    hasArg: false,
    description:
      'if set when describing topics, only show partitions whose isr count is less than the configured minimum.',
  },
  'under-replicated-partitions': {
    hasArg: false,
    description: 'if set when describing topics, only show under replicated partitions',
  },
  version: { hasArg: false, description: 'Display Kafka version.' },
};

/** The Kafka version `--version` prints (AppInfoParser.getVersion); the simulator follows 3.6.2. */
export const KAFKA_VERSION = '3.6.2';

/** CommandLineUtils.printUsageAndExit: the message, then the option table, exit 1 (stderr). */
export function usage(message: string): { output: string[]; exitCode: number } {
  return { output: [message, ...helpTable(TOPICS_OPTIONS)], exitCode: 1 };
}

const ACTIONS = ['create', 'list', 'alter', 'describe', 'delete'] as const;
const REPORTS = [
  'under-replicated-partitions',
  'under-min-isr-partitions',
  'at-min-isr-partitions',
  'unavailable-partitions',
] as const;

/** joptsimple's OptionSpec.toString: the option's names in brackets. */
const spec = (name: string): string => `[${name}]`;

/**
 * TopicCommandOptions.checkArgs: null when the arguments may run, else what the tool prints and
 * its exit code (usage errors exit 1; --help exits 1 too; --version exits 0).
 */
export function checkArgs(
  args: readonly string[],
  o: ParsedOptions,
): { output: string[]; exitCode: number } | null {
  const has = (name: string): boolean => o.values.has(name);
  if (args.length === 0) return usage('Create, delete, describe, or change a topic.');
  // CommandLineUtils.maybePrintHelpOrVersion.
  if (has('help')) return usage('This tool helps to create, delete, describe, or change a topic.');
  if (has('version')) return { output: [KAFKA_VERSION], exitCode: 0 };
  if (ACTIONS.filter(has).length !== 1) {
    return usage(
      'Command must include exactly one action: --list, --describe, --create, --alter or --delete',
    );
  }
  // Thrown outside main's try: the JVM prints it (Teaching simplification: no stack trace).
  if (!has('bootstrap-server')) {
    return {
      output: [
        'Exception in thread "main" java.lang.IllegalArgumentException: --bootstrap-server must be specified',
      ],
      exitCode: 1,
    };
  }
  if (has('describe') && has('if-exists')) {
    if (!has('topic') && !has('topic-id'))
      return usage('--topic or --topic-id is required to describe a topic');
  }
  if (!has('list') && !has('describe') && !has('topic'))
    return usage(`Missing required argument "${spec('topic')}"`);
  if (has('alter')) {
    if (has('bootstrap-server') && has('config')) {
      return usage(
        `Option combination "${spec('bootstrap-server')},${spec('config')}" can't be used with option "${spec('alter')}"${TOPIC_CONFIG_HINT}`,
      );
    }
    if (!has('partitions')) return usage(`Missing required argument "${spec('partitions')}"`);
  }
  const others = (allowed: readonly string[]): string[] =>
    ACTIONS.filter((a) => !allowed.includes(a));
  const invalid: [string, string[]][] = [
    ['config', others(['alter', 'create'])],
    ['delete-config', [...others(['alter']), 'bootstrap-server']],
    ['partitions', others(['alter', 'create'])],
    ['replication-factor', others(['create'])],
    ['replica-assignment', others(['create', 'alter'])],
  ];
  if (has('create')) invalid.push(['replica-assignment', ['partitions', 'replication-factor']]);
  for (const report of REPORTS) {
    invalid.push([
      report,
      [...others(['describe']), ...REPORTS.filter((r) => r !== report), 'topics-with-overrides'],
    ]);
  }
  invalid.push(['topics-with-overrides', [...others(['describe']), ...REPORTS]]);
  invalid.push(['if-exists', others(['alter', 'delete', 'describe'])]);
  invalid.push(['if-not-exists', others(['create'])]);
  invalid.push(['exclude-internal', others(['list', 'describe'])]);
  for (const [used, bad] of invalid) {
    if (!has(used)) continue;
    const clash = bad.find(has);
    if (clash !== undefined)
      return usage(`Option "${spec(used)}" can't be used with option "${spec(clash)}"`);
  }
  return null;
}
