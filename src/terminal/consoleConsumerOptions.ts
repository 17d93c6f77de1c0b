// kafka-console-consumer.sh's options with ConsoleConsumer's descriptions
// (K@3.6: core/src/main/scala/kafka/tools/ConsoleConsumer.scala, ConsumerConfig).
import { helpTable, type OptionSpecs } from './options';

const FORMATTER_PROPS =
  "The properties to initialize the message formatter. Default properties include: print.timestamp=true|false print.key=true|false print.offset=true|false print.partition=true|false print.headers=true|false print.value=true|false key.separator=<key.separator> line.separator=<line.separator> headers.separator=<line.separator> null.literal=<null.literal> key.deserializer=<key.deserializer> value.deserializer=<value.deserializer> header.deserializer=<header.deserializer> Users can also pass in customized properties for their formatter; more specifically, users can pass in properties keyed with 'key.deserializer.', 'value.deserializer.' and 'headers.deserializer.' prefixes to configure their deserializers.";

export const CONSUMER_OPTIONS: OptionSpecs = {
  'bootstrap-server': {
    hasArg: true,
    argName: 'String: server to connect to',
    description: 'REQUIRED: The server(s) to connect to.',
  },
  'consumer-property': {
    hasArg: true,
    argName: 'String: consumer_prop',
    description:
      'A mechanism to pass user-defined properties in the form key=value to the consumer.',
  },
  'consumer.config': {
    hasArg: true,
    argName: 'String: config file',
    description:
      'Consumer config properties file. Note that [consumer-property] takes precedence over this config.',
  },
  'enable-systest-events': {
    hasArg: false,
    description:
      'Log lifecycle events of the consumer in addition to logging consumed messages. (This is specific for system tests.)',
  },
  formatter: {
    hasArg: true,
    argName: 'String: class',
    description:
      'The name of a class to use for formatting kafka messages for display. (default: kafka.tools.DefaultMessageFormatter)',
  },
  'formatter-config': {
    hasArg: true,
    argName: 'String: config file',
    description:
      'Config properties file to initialize the message formatter. Note that [property] takes precedence over this config.',
  },
  'from-beginning': {
    hasArg: false,
    description:
      'If the consumer does not already have an established offset to consume from, start with the earliest message present in the log rather than the latest message.',
  },
  group: {
    hasArg: true,
    argName: 'String: consumer group id',
    description: 'The consumer group id of the consumer.',
  },
  help: { hasArg: false, description: 'Print usage information.' },
  include: {
    hasArg: true,
    argName: 'String: Java regex (String)',
    description: 'Regular expression specifying list of topics to include for consumption.',
  },
  'isolation-level': {
    hasArg: true,
    argName: 'String',
    description:
      'Set to read_committed in order to filter out transactional messages which are not committed. Set to read_uncommitted to read all messages. (default: read_uncommitted)',
  },
  'key-deserializer': { hasArg: true, argName: 'String: deserializer for key', description: '' },
  'max-messages': {
    hasArg: true,
    argName: 'Integer: num_messages',
    description:
      'The maximum number of messages to consume before exiting. If not set, consumption is continual.',
  },
  offset: {
    hasArg: true,
    argName: 'String: consume offset',
    description:
      "The offset to consume from (a non-negative number), or 'earliest' which means from beginning, or 'latest' which means from end (default: latest)",
  },
  partition: {
    hasArg: true,
    argName: 'Integer: partition',
    description:
      "The partition to consume from. Consumption starts from the end of the partition unless '--offset' is specified.",
  },
  property: { hasArg: true, argName: 'String: prop', description: FORMATTER_PROPS },
  'skip-message-on-error': {
    hasArg: false,
    description: 'If there is an error when processing a message, skip it instead of halt.',
  },
  'timeout-ms': {
    hasArg: true,
    argName: 'Integer: timeout_ms',
    description:
      'If specified, exit if no message is available for consumption for the specified interval.',
  },
  topic: { hasArg: true, argName: 'String: topic', description: 'The topic to consume on.' },
  'value-deserializer': {
    hasArg: true,
    argName: 'String: deserializer for values',
    description: '',
  },
  version: { hasArg: false, description: 'Display Kafka version.' },
  whitelist: {
    hasArg: true,
    argName: 'String: Java regex (String)',
    description:
      'DEPRECATED, use --include instead; ignored if --include specified. Regular expression specifying list of topics to include for consumption.',
  },
};

export const CONSOLE_CONSUMER_OPTION_NAMES: readonly string[] = Object.keys(CONSUMER_OPTIONS);

/** CommandLineUtils.printUsageAndDie: the message, then the option table (exit 1). */
export function consumerUsage(message: string): { output: string[]; exitCode: number } {
  return { output: [message, ...helpTable(CONSUMER_OPTIONS)], exitCode: 1 };
}

/** The formatter classes Kafka 3.6 ships; only the default one is simulated. */
export const DEFAULT_FORMATTER = 'kafka.tools.DefaultMessageFormatter';
