// kafka-configs.sh's options, the entity each invocation names, and ConfigCommandOptions.checkArgs
// in its order (K@3.6: core/src/main/scala/kafka/admin/ConfigCommand.scala; texts read at 2.8 and
// 3.7, which agree on everything used here).
import { KAFKA_VERSION } from './kafkaTopicsOptions';
import { KAFKA_TOPIC_CONFIG_NAMES } from './topicConfigs';
import { helpTable, type OptionSpecs, type ParsedOptions } from './options';

const ENTITY_FLAGS = {
  topic: { type: 'topics', description: "The topic's name." },
  client: { type: 'clients', description: "The client's ID." },
  user: { type: 'users', description: "The user's principal name." },
  broker: { type: 'brokers', description: "The broker's ID." },
  'broker-logger': {
    type: 'broker-loggers',
    description: "The broker's ID for its logger config.",
  },
  ip: { type: 'ips', description: 'The IP address.' },
} as const;

const DEFAULTS_FLAGS = {
  'client-defaults': { type: 'clients', description: 'The config defaults for all clients.' },
  'user-defaults': { type: 'users', description: 'The config defaults for all users.' },
  'broker-defaults': { type: 'brokers', description: 'The config defaults for all brokers.' },
  'ip-defaults': { type: 'ips', description: 'The config defaults for all IPs.' },
} as const;

const withArg = (description: string, argName = 'String'): OptionSpecs[string] => ({
  hasArg: true,
  argName,
  description,
});

export const CONFIGS_OPTIONS: OptionSpecs = {
  zookeeper: withArg(
    'DEPRECATED. The connection string for the zookeeper connection in the form host:port. Multiple URLS can be given to allow fail-over. Required when configuring SCRAM credentials for users or dynamic broker configs when the relevant broker(s) are down. Not allowed otherwise.',
    'String: urls',
  ),
  'bootstrap-server': withArg(
    'The Kafka server to connect to. This is required for describing and altering broker configs.',
    'String: server to connect to',
  ),
  'command-config': withArg(
    'Property file containing configs to be passed to Admin Client. This is used only with --bootstrap-server option for describing and altering broker configs.',
    'String: command config property file',
  ),
  alter: { hasArg: false, description: 'Alter the configuration for the entity.' },
  describe: { hasArg: false, description: 'List configs for the given entity.' },
  all: {
    hasArg: false,
    description:
      'List all configs for the given topic, broker, or broker-logger entity (includes static configuration when the entity type is brokers)',
  },
  'entity-type': withArg('Type of entity (topics/clients/users/brokers/broker-loggers/ips)'),
  'entity-name': withArg('Name of entity (topic name/client id/user principal name/broker id/ip)'),
  'entity-default': {
    hasArg: false,
    description:
      'Default entity name for clients/users/brokers/ips (applies to corresponding entity type in command line)',
  },
  // Teaching simplification: Kafka also lists the dynamic broker, user, client and ip configs here.
  'add-config': withArg(
    "Key Value pairs of configs to add. Square brackets can be used to group values which contain commas: 'k1=v1,k2=[v1,v2,v2],k3=v3'. The following is a list of valid configurations: For entity-type 'topics': " +
      KAFKA_TOPIC_CONFIG_NAMES.join(' ') +
      " Entity types 'users' and 'clients' may be specified together to update config for clients of a specific user.",
  ),
  'add-config-file': withArg(
    'Path to a properties file with configs to add. See add-config for a list of valid configurations.',
  ),
  'delete-config': withArg("config keys to remove 'k1,k2'"),
  force: { hasArg: false, description: 'Suppress console prompts' },
  ...Object.fromEntries(
    Object.entries(ENTITY_FLAGS).map(([name, f]) => [name, withArg(f.description)]),
  ),
  ...Object.fromEntries(
    Object.entries(DEFAULTS_FLAGS).map(([name, f]) => [
      name,
      { hasArg: false, description: f.description },
    ]),
  ),
  'zk-tls-config-file': withArg(
    'Identifies the file where ZooKeeper client TLS connectivity properties are defined.  Any properties other than zookeeper.clientCnxnSocket, zookeeper.ssl.cipher.suites, zookeeper.ssl.client.enable, zookeeper.ssl.crl.enable, zookeeper.ssl.enabled.protocols, zookeeper.ssl.endpoint.identification.algorithm, zookeeper.ssl.keystore.location, zookeeper.ssl.keystore.password, zookeeper.ssl.keystore.type, zookeeper.ssl.ocsp.enable, zookeeper.ssl.protocol, zookeeper.ssl.truststore.location, zookeeper.ssl.truststore.password, zookeeper.ssl.truststore.type are ignored.',
    'String: ZooKeeper TLS configuration',
  ),
  help: { hasArg: false, description: 'Print usage information.' },
  version: { hasArg: false, description: 'Display Kafka version.' },
};

/** The option names kafka-configs.sh accepts, for tab completion. */
export const KAFKA_CONFIGS_OPTION_NAMES: readonly string[] = Object.keys(CONFIGS_OPTIONS).map(
  (name) => `--${name}`,
);

/** The option a word names: exact, else the only one it abbreviates (as parseOptions reads it). */
function resolveOption(word: string): string | null {
  if (Object.hasOwn(CONFIGS_OPTIONS, word)) return word;
  const matches = Object.keys(CONFIGS_OPTIONS).filter((k) => k.startsWith(word));
  return word.length > 0 && matches.length === 1 ? matches[0]! : null;
}

/** What one invocation names: entity types and names ('' = the default entity), in Kafka's order. */
export interface ConfigEntities {
  types: string[];
  names: string[];
}

/**
 * ConfigCommandOptions.entityTypes / entityNames: --entity-type values, then the flags; names from
 * --entity-name / --entity-default in command-line order, then the flags' values.
 */
export function entitiesOf(args: readonly string[], o: ParsedOptions): ConfigEntities {
  const has = (n: string): boolean => o.values.has(n);
  const flagNames = Object.keys(ENTITY_FLAGS) as (keyof typeof ENTITY_FLAGS)[];
  const defaultNames = Object.keys(DEFAULTS_FLAGS) as (keyof typeof DEFAULTS_FLAGS)[];
  const types = [
    ...(o.values.get('entity-type') ?? []),
    ...flagNames.filter(has).map((n) => ENTITY_FLAGS[n].type),
    ...defaultNames.filter(has).map((n) => DEFAULTS_FLAGS[n].type),
  ];
  // joptsimple's OptionSet.specs(): every --entity-name / --entity-default in command-line order.
  const entityNames = [...(o.values.get('entity-name') ?? [])];
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const body = arg.replace(/^--?/, '');
    const given = body.split('=')[0]!;
    const name = resolveOption(given);
    if (name === 'entity-name') names.push(entityNames.shift() ?? '');
    if (name === 'entity-default') names.push('');
    if (name !== null && CONFIGS_OPTIONS[name]!.hasArg && !body.includes('=')) i++;
  }
  names.push(...flagNames.filter(has).map((n) => o.values.get(n)!.at(-1)!));
  names.push(...defaultNames.filter(has).map(() => ''));
  return { types, names };
}

const spec = (name: string): string => `[${name}]`;

const DESCRIPTION =
  'This tool helps to manipulate and describe entity config for a topic, client, user, broker or ip';

/** ConfigCommand's ways to stop before running: usage (printUsageAndExit) or an exception message. */
export type ArgsProblem = { output: string[]; exitCode: number };

const usage = (message: string): ArgsProblem => ({
  output: [message, ...helpTable(CONFIGS_OPTIONS)],
  exitCode: 1,
});
const illegal = (message: string): ArgsProblem => ({ output: [message], exitCode: 1 });

const BROKER_TYPES = ['topics', 'clients', 'users', 'brokers', 'ips', 'broker-loggers'];
// ConfigCommand.ZkSupportedConfigTypes (K@3.7; assumed the same in 3.6).
const ZK_TYPES = ['users', 'brokers'];

/** maybePrintHelpOrVersion, then checkArgs: null when the command may run. */
export function checkConfigsArgs(
  args: readonly string[],
  o: ParsedOptions,
  e: ConfigEntities,
): ArgsProblem | null {
  const has = (n: string): boolean => o.values.has(n);
  if (args.length === 0 || has('help')) return usage(DESCRIPTION);
  if (has('version')) return { output: [KAFKA_VERSION], exitCode: 0 };
  if (['alter', 'describe'].filter(has).length !== 1)
    return usage('Command must include exactly one action: --describe, --alter');
  for (const bad of ['alter', 'add-config', 'delete-config']) {
    if (has('describe') && has(bad))
      return usage(`Option "${spec('describe')}" can't be used with option "${spec(bad)}"`);
  }
  const dupes = e.types.filter((t, i) => e.types.indexOf(t) !== i);
  if (dupes.length > 0)
    return illegal(`Duplicate entity type(s) specified: ${[...new Set(dupes)].join(',')}`);
  const [allowed, connect] = has('bootstrap-server')
    ? [BROKER_TYPES, '--bootstrap-server']
    : [ZK_TYPES, '--zookeeper'];
  const wrong = e.types.find((t) => !allowed.includes(t));
  if (wrong !== undefined) {
    return illegal(
      `Invalid entity type ${wrong}, the entity type must be one of ${allowed.join(',')} with the ${connect} argument`,
    );
  }
  if (e.types.length === 0) return illegal('At least one entity type must be specified');
  if (
    e.types.length > 1 &&
    !(e.types.length === 2 && e.types.includes('users') && e.types.includes('clients'))
  )
    return illegal("Only 'users' and 'clients' entity types may be specified together");
  const flags = [...Object.keys(ENTITY_FLAGS), ...Object.keys(DEFAULTS_FLAGS)];
  if (['entity-name', 'entity-type', 'entity-default'].some(has) && flags.some(has))
    return illegal(
      '--entity-{type,name,default} should not be used in conjunction with specific entity flags',
    );
  const hasName = e.names.some((n) => n !== '');
  const hasDefault = e.names.some((n) => n === '');
  if (!has('bootstrap-server') && !has('zookeeper'))
    return illegal(
      'One of the required --bootstrap-server or --zookeeper arguments must be specified',
    );
  if (has('bootstrap-server') && has('zookeeper'))
    return illegal('Only one of --bootstrap-server or --zookeeper must be specified');
  if (has('all') && has('zookeeper'))
    return illegal('--bootstrap-server must be specified for --all');
  if (has('zk-tls-config-file') && !has('zookeeper'))
    return illegal('Only the --zookeeper option can be used with the --zk-tls-config-file option.');
  if (hasName && (e.types.includes('brokers') || e.types.includes('broker-loggers'))) {
    for (const n of ['entity-name', 'broker', 'broker-logger']) {
      const id = o.values.get(n)?.[0];
      if (id !== undefined && !/^[+-]?\d+$/.test(id))
        return illegal(
          `The entity name for ${e.types[0]} must be a valid integer broker id, but it is: ${id}`,
        );
    }
  }
  if (has('describe') && e.types.includes('broker-loggers') && !hasName)
    return illegal(`an entity name must be specified with --describe of ${e.types.join(',')}`);
  if (has('alter')) {
    if (['users', 'clients', 'brokers', 'ips'].some((t) => e.types.includes(t))) {
      if (!hasName && !hasDefault)
        return illegal(
          'an entity-name or default entity must be specified with --alter of users, clients, brokers or ips',
        );
    } else if (!hasName)
      return illegal(`an entity name must be specified with --alter of ${e.types.join(',')}`);
    if (has('add-config') && has('add-config-file'))
      return illegal('Only one of --add-config or --add-config-file must be specified');
    if (!has('add-config') && !has('add-config-file') && !has('delete-config'))
      return illegal(
        'At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter',
      );
  }
  return null;
}
