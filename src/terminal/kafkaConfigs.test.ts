import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import { kafkaConfigs, KAFKA_CONFIGS_OPTION_NAMES } from './kafkaConfigs';
import { contextAt } from './testing';
import type { CommandContext } from './types';

const BS = ['--bootstrap-server', 'localhost:9092'];
const base = contextAt();
const run = (args: string[], ctx: CommandContext = base) => kafkaConfigs(args, ctx);
const topicArgs = (...rest: string[]): string[] => [
  ...BS,
  '--entity-type',
  'topics',
  '--entity-name',
  'orders',
  ...rest,
];
const brokerDefault = (...rest: string[]): string[] => [
  ...BS,
  '--entity-type',
  'brokers',
  '--entity-default',
  ...rest,
];
const errorLine = (args: string[]): string =>
  `Error while executing config command with args '${args.join(' ')}'`;

/** `ctx` with the scenario's actions up to now replaced by `actions` taken at 1 s (as if typed then). */
function withSets(
  ctx: CommandContext,
  actions: CommandContext['scenario']['actions'],
): CommandContext {
  return { ...ctx, scenario: { ...ctx.scenario, actions } };
}

describe('kafka-configs.sh arguments (ConfigCommandOptions.checkArgs)', () => {
  it('prints the usage with no arguments', () => {
    const r = run([]);
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toBe(
      'This tool helps to manipulate and describe entity config for a topic, client, user, broker or ip',
    );
    expect(r.output.some((l) => l.startsWith('--entity-type <String>'))).toBe(true);
  });
  it('needs exactly one action, with the usage', () => {
    const r = run([...BS, '--entity-type', 'topics']);
    expect(r.output[0]).toBe('Command must include exactly one action: --describe, --alter');
    expect(r.output.length).toBeGreaterThan(3);
  });
  it('refuses --describe with --add-config (CommandLineUtils.checkInvalidArgs)', () => {
    expect(run(topicArgs('--describe', '--add-config', 'a=b')).output[0]).toBe(
      'Option "[describe]" can\'t be used with option "[add-config]"',
    );
  });
  it('needs an entity type, a connection, and names for --alter, in that order', () => {
    expect(run([...BS, '--describe']).output).toEqual([
      'At least one entity type must be specified',
    ]);
    expect(run(['--describe', '--entity-type', 'topics']).output).toEqual([
      'Invalid entity type topics, the entity type must be one of users,brokers with the --zookeeper argument',
    ]);
    expect(run(['--describe', '--entity-type', 'brokers']).output).toEqual([
      'One of the required --bootstrap-server or --zookeeper arguments must be specified',
    ]);
    expect(
      run([...BS, '--alter', '--entity-type', 'topics', '--add-config', 'a=b']).output,
    ).toEqual(['an entity name must be specified with --alter of topics']);
    expect(
      run([...BS, '--alter', '--entity-type', 'brokers', '--add-config', 'a=b']).output,
    ).toEqual([
      'an entity-name or default entity must be specified with --alter of users, clients, brokers or ips',
    ]);
    expect(run(topicArgs('--alter')).output).toEqual([
      'At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter',
    ]);
  });
  it('rejects unknown entity types, duplicates, and mixing --entity-* with the shorthand flags', () => {
    expect(run([...BS, '--describe', '--entity-type', 'queues']).output).toEqual([
      'Invalid entity type queues, the entity type must be one of topics,clients,users,brokers,ips,broker-loggers with the --bootstrap-server argument',
    ]);
    expect(
      run([...BS, '--describe', '--entity-type', 'topics', '--topic', 'orders']).output,
    ).toEqual(['Duplicate entity type(s) specified: topics']);
    expect(
      run([...BS, '--describe', '--entity-name', 'orders', '--topic', 'orders']).output,
    ).toEqual([
      '--entity-{type,name,default} should not be used in conjunction with specific entity flags',
    ]);
  });
  it('needs an integer broker id', () => {
    expect(
      run([...BS, '--describe', '--entity-type', 'brokers', '--entity-name', 'one']).output,
    ).toEqual(['The entity name for brokers must be a valid integer broker id, but it is: one']);
  });
  it("prints joptsimple's message alone: main catches OptionException", () => {
    expect(run([...BS, '--describe', '--entity-typo', 'topics']).output).toEqual([
      'entity-typo is not a recognized option',
    ]);
  });
  it('refuses plainly what it does not model: --zookeeper, client and user quotas', () => {
    const zk = run(['--zookeeper', 'localhost:2181', '--describe', '--entity-type', 'brokers']);
    expect(zk).toMatchObject({ exitCode: 1, actions: [] });
    expect(zk.output[0]).toMatch(/--bootstrap-server only/);
    expect(run([...BS, '--describe', '--entity-type', 'users']).output[0]).toMatch(
      /^This simulator models topic and broker configs only/,
    );
  });
  it('lists its options for completion', () => {
    expect(KAFKA_CONFIGS_OPTION_NAMES).toEqual(
      expect.arrayContaining(['--entity-default', '--broker-defaults', '--add-config']),
    );
  });
});

describe('kafka-configs.sh --describe', () => {
  it('prints a topic header with no lines when it has no overrides', () => {
    expect(run(topicArgs('--describe'))).toEqual({
      output: ['Dynamic configs for topic orders are:'],
      exitCode: 0,
      actions: [],
    });
  });
  it('lists overrides with their synonyms, as a ZooKeeper-mode broker reports them', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics[0]!.configs = {
        'retention.ms': 3600000,
        'min.insync.replicas': 2,
        'segment.bytes': 1048576,
      };
    });
    expect(
      run(['--bootstrap-server', 'localhost:9092', '--describe', '--topic', 'orders'], ctx).output,
    ).toEqual([
      'Dynamic configs for topic orders are:',
      '  min.insync.replicas=2 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:min.insync.replicas=2, DEFAULT_CONFIG:min.insync.replicas=1}',
      '  retention.ms=3600000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=3600000}',
      '  segment.bytes=1048576 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:segment.bytes=1048576, DEFAULT_CONFIG:log.segment.bytes=1073741824}',
    ]);
  });
  it('includes static and dynamic broker synonyms of a topic config', () => {
    const ctx = contextAt(
      6000,
      (s) => {
        s.brokerConfigs = { 'min.insync.replicas': 2 };
        s.topics[0]!.configs = { 'min.insync.replicas': 3 };
      },
      [{ type: 'config.set', entity: 'broker', name: '', key: 'min.insync.replicas', value: 1 }],
    );
    expect(run(topicArgs('--describe'), ctx).output[1]).toBe(
      '  min.insync.replicas=3 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:min.insync.replicas=3, DYNAMIC_DEFAULT_BROKER_CONFIG:min.insync.replicas=1, STATIC_BROKER_CONFIG:min.insync.replicas=2, DEFAULT_CONFIG:min.insync.replicas=1}',
    );
  });
  it('prints the header, then the error, for a topic that does not exist', () => {
    const args = [...BS, '--describe', '--topic', 'nope'];
    expect(run(args)).toEqual({
      output: [
        'Dynamic configs for topic nope are:',
        errorLine(args),
        'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
      ],
      exitCode: 1,
      actions: [],
    });
  });
  it('describes the cluster-wide broker default and every broker', () => {
    const ctx = contextAt(6000, () => {}, [
      {
        type: 'config.set',
        entity: 'broker',
        name: '',
        key: 'unclean.leader.election.enable',
        value: true,
      },
    ]);
    expect(run(brokerDefault('--describe'), ctx).output).toEqual([
      'Default configs for brokers in the cluster are:',
      '  unclean.leader.election.enable=true sensitive=false synonyms={DYNAMIC_DEFAULT_BROKER_CONFIG:unclean.leader.election.enable=true}',
    ]);
    expect(run([...BS, '--describe', '--entity-type', 'brokers'], ctx).output).toEqual([
      'Dynamic configs for broker 1 are:',
      'Dynamic configs for broker 2 are:',
      'Dynamic configs for broker 3 are:',
      'Default configs for brokers in the cluster are:',
      '  unclean.leader.election.enable=true sensitive=false synonyms={DYNAMIC_DEFAULT_BROKER_CONFIG:unclean.leader.election.enable=true}',
    ]);
  });
  it('--all lists the modelled settings with every synonym, and says it lists only those', () => {
    const r = run([...BS, '--describe', '--broker', '1', '--all']);
    expect(r.output[0]).toBe('All configs for broker 1 are:');
    expect(r.output).toContain(
      '  num.partitions=1 sensitive=false synonyms={DEFAULT_CONFIG:num.partitions=1}',
    );
    expect(r.output.at(-1)).toBe('(This simulator lists only the configs it models.)');
  });
  it('times out on a broker that does not answer, and on an unreachable --bootstrap-server', () => {
    const crashed = contextAt(60000, () => {}, [{ type: 'broker.crash', broker: 2 }]);
    const args = [...BS, '--describe', '--broker', '2'];
    expect(run(args, crashed).output).toEqual([
      'Dynamic configs for broker 2 are:',
      errorLine(args),
      'java.util.concurrent.TimeoutException',
    ]);
    const far = ['--bootstrap-server', 'localhost:9999', '--describe', '--entity-type', 'topics'];
    const r = run(far);
    expect(r.output[0]).toMatch(
      /WARN \[AdminClient clientId=adminclient-1\] Connection to node -1/,
    );
    expect(r.output.slice(-2)).toEqual([
      errorLine(far),
      'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics',
    ]);
  });
});

describe('kafka-configs.sh --alter of a topic', () => {
  it('sets and deletes overrides, one config.set each', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics[0]!.configs = { 'segment.ms': 60000 };
    });
    expect(
      run(
        topicArgs(
          '--alter',
          '--add-config',
          'retention.ms=3600000, min.insync.replicas = 2',
          '--delete-config',
          'segment.ms',
        ),
        ctx,
      ),
    ).toEqual({
      output: ['Completed updating config for topic orders.'],
      exitCode: 0,
      actions: [
        {
          type: 'config.set',
          entity: 'topic',
          name: 'orders',
          key: 'retention.ms',
          value: 3600000,
        },
        {
          type: 'config.set',
          entity: 'topic',
          name: 'orders',
          key: 'min.insync.replicas',
          value: 2,
        },
        { type: 'config.set', entity: 'topic', name: 'orders', key: 'segment.ms', value: null },
      ],
    });
  });
  it('the model applies the action, and --describe then shows it', () => {
    const sim = createSimulation(base.scenario);
    sim.seek(5000);
    const r = run(topicArgs('--alter', '--add-config', 'retention.ms=3600000'), {
      snapshot: sim.snapshot(),
      scenario: sim.scenario,
    });
    for (const a of r.actions) sim.act(a);
    sim.seek(6000);
    const after = { snapshot: sim.snapshot(), scenario: sim.scenario };
    expect(run(topicArgs('--describe'), after).output).toEqual([
      'Dynamic configs for topic orders are:',
      '  retention.ms=3600000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=3600000}',
    ]);
  });
  it("refuses deleting a config that is not overridden, with the tool's InvalidConfigurationException", () => {
    expect(run(topicArgs('--alter', '--delete-config', 'retention.ms,segment.ms'))).toEqual({
      output: ['Invalid config(s): retention.ms,segment.ms'],
      exitCode: 1,
      actions: [],
    });
  });
  it("reports the broker's errors: unknown names, bad values, a missing topic", () => {
    const unknown = topicArgs('--alter', '--add-config', 'retention.days=7');
    expect(run(unknown).output).toEqual([
      errorLine(unknown),
      'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: retention.days',
    ]);
    const bad = topicArgs('--alter', '--add-config', 'min.insync.replicas=0');
    expect(run(bad).output).toEqual([
      errorLine(bad),
      "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.InvalidRequestException: Invalid config value for resource ConfigResource(type=TOPIC, name='orders'): Invalid value 0 for configuration min.insync.replicas: Value must be at least 1",
    ]);
    const notNumber = topicArgs('--alter', '--add-config', 'retention.ms=week');
    expect(run(notNumber).output[1]).toMatch(
      /Invalid value week for configuration retention\.ms: Not a number of type LONG$/,
    );
    const missing = [...BS, '--alter', '--topic', 'nope', '--add-config', 'retention.ms=1'];
    expect(run(missing).output).toEqual([
      errorLine(missing),
      'java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
    ]);
  });
  it('needs key=val pairs (require in parseConfigsToBeAdded)', () => {
    expect(run(topicArgs('--alter', '--add-config', 'retention.ms')).output).toEqual([
      'requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".',
    ]);
  });
  it('refuses plainly a real topic config the simulator does not model', () => {
    const r = run(topicArgs('--alter', '--add-config', 'cleanup.policy=compact'));
    expect(r).toMatchObject({ exitCode: 1, actions: [] });
    expect(r.output[0]).toMatch(/^This simulator does not model the topic config cleanup\.policy;/);
  });
});

describe('kafka-configs.sh --alter of brokers', () => {
  it('sets the cluster-wide default (config.set name "")', () => {
    expect(
      run(brokerDefault('--alter', '--add-config', 'unclean.leader.election.enable=true')),
    ).toEqual({
      output: ['Completed updating default config for brokers in the cluster.'],
      exitCode: 0,
      actions: [
        {
          type: 'config.set',
          entity: 'broker',
          name: '',
          key: 'unclean.leader.election.enable',
          value: true,
        },
      ],
    });
    expect(
      run([...BS, '--broker-defaults', '--alter', '--add-config', 'min.insync.replicas=2']).actions,
    ).toEqual([
      { type: 'config.set', entity: 'broker', name: '', key: 'min.insync.replicas', value: 2 },
    ]);
  });
  it('deletes only a dynamic default that is set', () => {
    expect(run(brokerDefault('--alter', '--delete-config', 'min.insync.replicas')).output).toEqual([
      'Invalid config(s): min.insync.replicas',
    ]);
    const ctx = withSets(base, [
      {
        at: 1000,
        type: 'config.set',
        entity: 'broker',
        name: '',
        key: 'min.insync.replicas',
        value: 2,
      },
    ]);
    expect(
      run(brokerDefault('--alter', '--delete-config', 'min.insync.replicas'), ctx).actions,
    ).toEqual([
      { type: 'config.set', entity: 'broker', name: '', key: 'min.insync.replicas', value: null },
    ]);
  });
  it('refuses read-only settings as DynamicBrokerConfig does', () => {
    const args = brokerDefault(
      '--alter',
      '--add-config',
      'num.partitions=6,auto.leader.rebalance.enable=false',
    );
    expect(run(args).output).toEqual([
      errorLine(args),
      "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.InvalidRequestException: Invalid config value for resource ConfigResource(type=BROKER, name=''): Cannot update these configs dynamically: Set(num.partitions, auto.leader.rebalance.enable)",
    ]);
  });
  it('checks values with ConfigDef texts', () => {
    const args = brokerDefault('--alter', '--add-config', 'unclean.leader.election.enable=yes');
    expect(run(args).output[1]).toBe(
      "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.InvalidRequestException: Invalid config value for resource ConfigResource(type=BROKER, name=''): Invalid value yes for configuration unclean.leader.election.enable: Expected value to be either true or false",
    );
  });
  it('refuses one broker alone in one plain sentence, and unmodelled settings plainly', () => {
    const one = run([
      ...BS,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-name',
      '1',
      '--add-config',
      'min.insync.replicas=2',
    ]);
    expect(one).toMatchObject({ exitCode: 1, actions: [] });
    expect(one.output).toHaveLength(1);
    expect(one.output[0]).toMatch(/one set of broker settings.*--entity-default/);
    const other = run(brokerDefault('--alter', '--add-config', 'log.retention.ms=1000'));
    expect(other).toMatchObject({ exitCode: 1, actions: [] });
    expect(other.output[0]).toMatch(
      /^This simulator does not model the broker config log\.retention\.ms;/,
    );
  });
});

describe('kafka-configs.sh with a malformed --bootstrap-server', () => {
  it('fails to create the AdminClient, printed as any Throwable', () => {
    const args = ['--bootstrap-server', 'nohost', '--describe', '--topic', 'orders'];
    expect(run(args).output).toEqual([
      errorLine(args),
      'org.apache.kafka.common.KafkaException: Failed to create new KafkaAdminClient',
      'Caused by: org.apache.kafka.common.config.ConfigException: Invalid url in bootstrap.servers: nohost',
    ]);
  });
});
