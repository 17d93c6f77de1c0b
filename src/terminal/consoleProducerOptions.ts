// kafka-console-producer.sh's options with ConsoleProducer's descriptions, and its argument checks
// in the order ProducerConfig runs them (K@3.6: core/src/main/scala/kafka/tools/ConsoleProducer.scala;
// CommandLineUtils and ToolsUtils for the texts).
import { helpTable, type OptionSpecs, type ParsedOptions } from './options';

const READER_PROPS =
  'A mechanism to pass user-defined properties in the form key=value to the message reader. This allows custom configuration for a user-defined message reader. Default properties include: parse.key=false parse.headers=false ignore.error=false key.separator=\\t headers.delimiter=\\t headers.separator=, headers.key.separator=: null.marker= When set, any fields (key, value and headers) equal to this will be replaced by null Default parsing pattern when: parse.headers=true and parse.key=true: "h1:v1,h2:v2...\\tkey\\tvalue" parse.key=true: "key\\tvalue" parse.headers=true: "h1:v1,h2:v2...\\tvalue"';

export const PRODUCER_OPTIONS: OptionSpecs = {
  'batch-size': {
    hasArg: true,
    argName: 'Integer: size',
    description:
      'Number of messages to send in a single batch if they are not being sent synchronously. please note that this option will be replaced if max-partition-memory-bytes is also set (default: 16384)',
  },
  'bootstrap-server': {
    hasArg: true,
    argName: 'String: server to connect to',
    description:
      'REQUIRED unless --broker-list(deprecated) is specified. The server(s) to connect to. The broker list string in the form HOST1:PORT1,HOST2:PORT2.',
  },
  'broker-list': {
    hasArg: true,
    argName: 'String: broker-list',
    description:
      'DEPRECATED, use --bootstrap-server instead; ignored if --bootstrap-server is specified.  The broker list string in the form HOST1:PORT1,HOST2:PORT2.',
  },
  'compression-codec': {
    hasArg: true,
    argName: 'String: compression-codec',
    description:
      "The compression codec: either 'none', 'gzip', 'snappy', 'lz4', or 'zstd'.If specified without value, then it defaults to 'gzip'",
  },
  help: { hasArg: false, description: 'Print usage information.' },
  'line-reader': {
    hasArg: true,
    argName: 'String: reader_class',
    description:
      'The class name of the class to use for reading lines from standard in. By default each line is read as a separate message. (default: kafka.tools.ConsoleProducer$LineMessageReader)',
  },
  'max-block-ms': {
    hasArg: true,
    argName: 'Long: max block on send',
    description:
      'The max time that the producer will block for during a send request. (default: 60000)',
  },
  'max-memory-bytes': {
    hasArg: true,
    argName: 'Long: total memory in bytes',
    description:
      'The total memory used by the producer to buffer records waiting to be sent to the server. This is the option to control `buffer.memory` in producer configs. (default: 33554432)',
  },
  'max-partition-memory-bytes': {
    hasArg: true,
    argName: 'Integer: memory in bytes per partition',
    description:
      'The buffer size allocated for a partition. When records are received which are smaller than this size the producer will attempt to optimistically group them together until this size is reached. This is the option to control `batch.size` in producer configs. (default: 16384)',
  },
  'message-send-max-retries': {
    hasArg: true,
    argName: 'Integer',
    description:
      'Brokers can fail receiving the message for multiple reasons, and being unavailable transiently is just one of them. This property specifies the number of retries before the producer give up and drop this message. This is the option to control `retries` in producer configs. (default: 3)',
  },
  'metadata-expiry-ms': {
    hasArg: true,
    argName: 'Long: metadata expiration interval',
    description:
      "The period of time in milliseconds after which we force a refresh of metadata even if we haven't seen any leadership changes. This is the option to control `metadata.max.age.ms` in producer configs. (default: 300000)",
  },
  'producer-property': {
    hasArg: true,
    argName: 'String: producer_prop',
    description:
      'A mechanism to pass user-defined properties in the form key=value to the producer.',
  },
  'producer.config': {
    hasArg: true,
    argName: 'String: config file',
    description:
      'Producer config properties file. Note that [producer-property] takes precedence over this config.',
  },
  property: { hasArg: true, argName: 'String: prop', description: READER_PROPS },
  'reader-config': {
    hasArg: true,
    argName: 'String: config file',
    description:
      'Config properties file for the message reader. Note that [property] takes precedence over this config.',
  },
  'request-required-acks': {
    hasArg: true,
    argName: 'String: request required acks',
    description: 'The required `acks` of the producer requests (default: -1)',
  },
  'request-timeout-ms': {
    hasArg: true,
    argName: 'Integer: request timeout ms',
    description:
      'The ack timeout of the producer requests. Value must be non-negative and non-zero. (default: 1500)',
  },
  'retry-backoff-ms': {
    hasArg: true,
    argName: 'Long',
    description:
      'Before each retry, the producer refreshes the metadata of relevant topics. Since leader election takes a bit of time, this property specifies the amount of time that the producer waits before refreshing the metadata. This is the option to control `retry.backoff.ms` in producer configs. (default: 100)',
  },
  'socket-buffer-size': {
    hasArg: true,
    argName: 'Integer: size',
    description:
      'The size of the tcp RECV size. This is the option to control `send.buffer.bytes` in producer configs. (default: 102400)',
  },
  sync: {
    hasArg: false,
    description:
      'If set message send requests to the brokers are synchronously, one at a time as they arrive.',
  },
  timeout: {
    hasArg: true,
    argName: 'Long: timeout_ms',
    description:
      'If set and the producer is running in asynchronous mode, this gives the maximum amount of time a message will queue awaiting sufficient batch size. The value is given in ms. This is the option to control `linger.ms` in producer configs. (default: 1000)',
  },
  topic: {
    hasArg: true,
    argName: 'String: topic',
    description: 'REQUIRED: The topic id to produce messages to.',
  },
  version: { hasArg: false, description: 'Display Kafka version.' },
};

export const CONSOLE_PRODUCER_OPTION_NAMES: readonly string[] = Object.keys(PRODUCER_OPTIONS);

/** Options whose value joptsimple converts to a number (`ofType(Integer|Long)`). */
export const NUMERIC_PRODUCER_OPTIONS: readonly string[] = [
  'batch-size',
  'max-block-ms',
  'max-memory-bytes',
  'max-partition-memory-bytes',
  'message-send-max-retries',
  'metadata-expiry-ms',
  'request-timeout-ms',
  'retry-backoff-ms',
  'socket-buffer-size',
  'timeout',
];

/** CommandLineUtils.printUsageAndExit: the message (a line per line), then the option table (exit 1). */
export function producerUsage(message: string): { output: string[]; exitCode: number } {
  return { output: [...message.split('\n'), ...helpTable(PRODUCER_OPTIONS)], exitCode: 1 };
}

/** Utils.getPort's pattern: every comma-separated entry must end in `:<digits>`. */
function validHostPorts(value: string): boolean {
  return value.split(',').every((hp) => /^.*?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/.test(hp));
}

/**
 * ProducerConfig's checks up to validatePortOrDie: null when the tool may run, else what it prints
 * and its exit code. Parse errors are handled by the caller (tryParse prints them with the usage).
 */
export function checkProducerArgs(o: ParsedOptions): { output: string[]; exitCode: number } | null {
  const has = (n: string) => o.values.has(n);
  // joptsimple's requiredUnless("broker-list"), checked while parsing unless --help is given.
  if (!has('help') && !has('bootstrap-server') && !has('broker-list'))
    return producerUsage('Missing required option(s) [bootstrap-server]');
  if (has('help'))
    return producerUsage(
      'This tool helps to read data from standard input and publish it to Kafka.',
    );
  if (has('version')) return { output: ['3.6.2'], exitCode: 0 };
  if (!has('topic')) return producerUsage('Missing required argument "[topic]"');
  const hostPorts = (o.values.get('bootstrap-server') ?? o.values.get('broker-list') ?? [''])[0]!;
  // ToolsUtils.validatePortOrDie's message (from memory), which ends in a newline and a space.
  if (!validHostPorts(hostPorts))
    return producerUsage('Please provide valid host:port like host1:9091,host2:9092\n ');
  for (const n of NUMERIC_PRODUCER_OPTIONS) {
    const v = o.values.get(n)?.[0];
    if (v !== undefined && !/^[+-]?\d+$/.test(v.trim())) {
      // OptionArgumentConversionException from OptionSet.valueOf, printed by main's catch.
      return { output: [`Cannot parse argument '${v}' of option ${n}`], exitCode: 1 };
    }
  }
  return null;
}

/** CommandLineUtils.parseKeyValueArgs: `k=v` split at the first `=`; a bare `k` gets ''. */
export function parseKeyValueArgs(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    out.set(eq < 0 ? arg : arg.slice(0, eq), eq < 0 ? '' : arg.slice(eq + 1));
  }
  return out;
}
