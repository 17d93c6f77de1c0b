import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import { kafkaTopics } from './kafkaTopics';
import { contextAt } from './testing';
import type { CommandContext } from './types';

const BS = ['--bootstrap-server', 'localhost:9092'];
const base = contextAt();
const run = (args: string[], ctx: CommandContext = base) => kafkaTopics(args, ctx);
const ERR = 'Error while executing topic command : ';

describe('kafka-topics.sh argument checks (TopicCommandOptions.checkArgs)', () => {
  it('prints the usage with no arguments', () => {
    const r = run([]);
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toBe('Create, delete, describe, or change a topic.');
    expect(r.output[1]).toMatch(/^Option +Description$/);
    expect(
      r.output.some((l) => l.startsWith('--bootstrap-server <String: server to connect to>')),
    ).toBe(true);
  });
  it('prints the help for --help and exits 1 like Kafka', () => {
    const r = run(['--help']);
    expect(r).toMatchObject({ exitCode: 1, actions: [] });
    expect(r.output[0]).toBe('This tool helps to create, delete, describe, or change a topic.');
  });
  it('prints the version for --version', () => {
    expect(run(['--version'])).toEqual({ output: ['3.6.2'], exitCode: 0, actions: [] });
  });
  it('needs exactly one action', () => {
    for (const args of [[...BS], [...BS, '--list', '--describe']]) {
      const r = run(args);
      expect(r.exitCode).toBe(1);
      expect(r.output[0]).toBe(
        'Command must include exactly one action: --list, --describe, --create, --alter or --delete',
      );
    }
  });
  it('needs --bootstrap-server (an exception main does not catch)', () => {
    expect(run(['--list'])).toEqual({
      output: [
        'Exception in thread "main" java.lang.IllegalArgumentException: --bootstrap-server must be specified',
      ],
      exitCode: 1,
      actions: [],
    });
  });
  it('needs --topic for create, alter and delete', () => {
    for (const action of ['--create', '--alter', '--delete']) {
      const r = run([...BS, action]);
      expect(r.exitCode).toBe(1);
      expect(r.output[0]).toBe('Missing required argument "[topic]"');
    }
  });
  it('needs --partitions for alter', () => {
    expect(run([...BS, '--alter', '--topic', 'orders']).output[0]).toBe(
      'Missing required argument "[partitions]"',
    );
  });
  it('needs --topic for describe --if-exists', () => {
    expect(run([...BS, '--describe', '--if-exists']).output[0]).toBe(
      '--topic or --topic-id is required to describe a topic',
    );
  });
  it('refuses options that do not go with the action', () => {
    const cases: [string[], string][] = [
      [
        ['--list', '--partitions', '3'],
        'Option "[partitions]" can\'t be used with option "[list]"',
      ],
      [
        ['--describe', '--config', 'a=b'],
        'Option "[config]" can\'t be used with option "[describe]"',
      ],
      [
        ['--list', '--under-replicated-partitions'],
        'Option "[under-replicated-partitions]" can\'t be used with option "[list]"',
      ],
      [
        ['--describe', '--under-replicated-partitions', '--unavailable-partitions'],
        'Option "[under-replicated-partitions]" can\'t be used with option "[unavailable-partitions]"',
      ],
      [
        ['--create', '--topic', 'x', '--if-exists'],
        'Option "[if-exists]" can\'t be used with option "[create]"',
      ],
      [
        ['--describe', '--if-not-exists'],
        'Option "[if-not-exists]" can\'t be used with option "[describe]"',
      ],
      [
        ['--create', '--topic', 'x', '--exclude-internal'],
        'Option "[exclude-internal]" can\'t be used with option "[create]"',
      ],
      [
        ['--alter', '--topic', 'x', '--replication-factor', '2', '--partitions', '4'],
        'Option "[replication-factor]" can\'t be used with option "[alter]"',
      ],
    ];
    for (const [args, message] of cases) {
      const r = run([...BS, ...args]);
      expect(r.exitCode, args.join(' ')).toBe(1);
      expect(r.output[0]).toBe(message);
    }
  });
  it('refuses --alter with --config, pointing at kafka-configs', () => {
    expect(run([...BS, '--alter', '--topic', 'orders', '--config', 'a=b']).output[0]).toBe(
      'Option combination "[bootstrap-server],[config]" can\'t be used with option "[alter]" (the kafka-configs CLI supports altering topic configs with a --bootstrap-server option)',
    );
  });
  it("prints joptsimple's exceptions for an unknown option or a missing value", () => {
    expect(run([...BS, '--list', '--nope']).output).toEqual([
      'Exception in thread "main" joptsimple.UnrecognizedOptionException: nope is not a recognized option',
    ]);
    expect(run([...BS, '--describe', '--topic'])).toEqual({
      output: [
        'Exception in thread "main" joptsimple.OptionMissingRequiredArgumentException: Option topic requires an argument',
      ],
      exitCode: 1,
      actions: [],
    });
  });
  it('accepts --name=value and abbreviations', () => {
    expect(run(['--bootstrap-server=localhost:9092', '--li']).output).toEqual(['orders']);
  });
});

describe('kafka-topics.sh --list', () => {
  it('prints the topic names sorted, one per line', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'audit', partitions: 1, replicationFactor: 1, configs: {} });
      s.topics.push({ name: 'zeta', partitions: 1, replicationFactor: 1, configs: {} });
    });
    expect(run([...BS, '--list'], ctx)).toEqual({
      output: ['audit', 'orders', 'zeta'],
      exitCode: 0,
      actions: [],
    });
  });
  it('filters by --topic as a whole-name regular expression', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'orders-eu', partitions: 1, replicationFactor: 1, configs: {} });
    });
    expect(run([...BS, '--list', '--topic', 'orders.*'], ctx).output).toEqual([
      'orders',
      'orders-eu',
    ]);
    expect(run([...BS, '--list', '--topic', 'order'], ctx)).toEqual({
      output: [`${ERR}Topic 'order' does not exist as expected`],
      exitCode: 1,
      actions: [],
    });
  });
  it('prints one empty line when there are no topics', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics = [];
      s.producers = [];
      s.consumerGroups = [];
    });
    expect(run([...BS, '--list'], ctx).output).toEqual(['']);
  });
});

describe('kafka-topics.sh --describe', () => {
  const orders = base.snapshot.topics.find((t) => t.name === 'orders')!;
  it("prints Kafka 3.6's header and partition lines, tab-separated", () => {
    const r = run([...BS, '--describe', '--topic', 'orders']);
    expect(r.exitCode).toBe(0);
    expect(r.output[0]).toBe(
      `Topic: orders\tTopicId: ${orders.topicId}\tPartitionCount: 3\tReplicationFactor: 3\tConfigs: `,
    );
    expect(orders.topicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(r.output.slice(1)).toEqual(
      [...orders.partitions]
        .sort((a, b) => a.partition - b.partition)
        .map(
          (p) =>
            `\tTopic: orders\tPartition: ${p.partition}\tLeader: ${p.leader}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}`,
        ),
    );
    expect(r.output[1]).toMatch(
      /^\tTopic: orders\tPartition: 0\tLeader: \d\tReplicas: \d,\d,\d\tIsr: \d,\d,\d$/,
    );
  });
  it('lists only config overrides, and broker-level synonyms, in Configs', () => {
    const ctx = contextAt(5000, (s) => {
      s.brokerConfigs['min.insync.replicas'] = 2;
      s.topics[0]!.configs = { 'retention.ms': 60000 };
    });
    expect(run([...BS, '--describe', '--topic', 'orders'], ctx).output[0]).toMatch(
      /\tConfigs: min\.insync\.replicas=2,retention\.ms=60000$/,
    );
  });
  it('lists a cluster-wide broker default set by config.set up to now', () => {
    const ctx = contextAt(6000, () => {}, [
      { type: 'config.set', entity: 'broker', name: '', key: 'min.insync.replicas', value: 2 },
    ]);
    expect(run([...BS, '--describe', '--topic', 'orders'], ctx).output[0]).toMatch(
      /\tConfigs: min\.insync\.replicas=2$/,
    );
  });
  it('describes every topic, sorted, without --topic', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'audit', partitions: 2, replicationFactor: 1, configs: {} });
    });
    const headers = run([...BS, '--describe'], ctx).output.filter((l) => l.startsWith('Topic: '));
    expect(headers.map((l) => l.split('\t')[0])).toEqual(['Topic: audit', 'Topic: orders']);
  });
  it('prints nothing for --if-exists on a missing topic, and an error without it', () => {
    expect(run([...BS, '--describe', '--topic', 'nope', '--if-exists'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [],
    });
    expect(run([...BS, '--describe', '--topic', 'nope']).output).toEqual([
      `${ERR}Topic 'nope' does not exist as expected`,
    ]);
  });
  describe('after broker 2 crashed and its session expired', () => {
    const crashed = contextAt(60000, () => {}, [{ type: 'broker.crash', broker: 2 }]);
    it('shows the shrunken ISR and the new leaders', () => {
      const lines = run([...BS, '--describe', '--topic', 'orders'], crashed).output.slice(1);
      expect(lines).toHaveLength(3);
      for (const l of lines) expect(l).toMatch(/\tIsr: [13],[13]$/);
      expect(lines.some((l) => l.includes('\tLeader: 2\t'))).toBe(false);
    });
    it('--under-replicated-partitions prints only those partitions, no header', () => {
      const r = run([...BS, '--describe', '--under-replicated-partitions'], crashed);
      expect(r.output).toHaveLength(3);
      expect(r.output.every((l) => l.startsWith('\tTopic: orders\tPartition: '))).toBe(true);
      expect(run([...BS, '--describe', '--under-replicated-partitions']).output).toEqual([]);
    });
    it('--at-min-isr-partitions and --under-min-isr-partitions compare with min.insync.replicas', () => {
      const minIsr2 = contextAt(
        60000,
        (s) => {
          s.topics[0]!.configs = { 'min.insync.replicas': 2 };
        },
        [{ type: 'broker.crash', broker: 2 }],
      );
      expect(run([...BS, '--describe', '--at-min-isr-partitions'], minIsr2).output).toHaveLength(3);
      expect(run([...BS, '--describe', '--under-min-isr-partitions'], minIsr2).output).toEqual([]);
      const minIsr3 = contextAt(
        60000,
        (s) => {
          s.topics[0]!.configs = { 'min.insync.replicas': 3 };
        },
        [{ type: 'broker.crash', broker: 2 }],
      );
      expect(run([...BS, '--describe', '--under-min-isr-partitions'], minIsr3).output).toHaveLength(
        3,
      );
      expect(run([...BS, '--describe', '--at-min-isr-partitions'], minIsr3).output).toEqual([]);
    });
  });
  it('--unavailable-partitions prints partitions with no leader as Leader: none', () => {
    const ctx = contextAt(
      60000,
      (s) => {
        s.topics.push({ name: 'solo', partitions: 3, replicationFactor: 1, configs: {} });
      },
      [{ type: 'broker.crash', broker: 2 }],
    );
    const solo = ctx.snapshot.topics.find((t) => t.name === 'solo')!;
    const onTwo = solo.partitions.filter((p) => p.replicas[0] === 2).map((p) => p.partition);
    expect(onTwo.length).toBeGreaterThan(0);
    const r = run([...BS, '--describe', '--unavailable-partitions'], ctx);
    expect(r.output).toEqual(
      onTwo.map((p) => `\tTopic: solo\tPartition: ${p}\tLeader: none\tReplicas: 2\tIsr: 2`),
    );
  });
  it('--topics-with-overrides prints only the headers of topics with overrides', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({
        name: 'audit',
        partitions: 1,
        replicationFactor: 1,
        configs: { 'retention.ms': 1000 },
      });
    });
    const r = run([...BS, '--describe', '--topics-with-overrides'], ctx);
    expect(r.output).toHaveLength(1);
    expect(r.output[0]).toMatch(
      /^Topic: audit\tTopicId: .{22}\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: retention\.ms=1000$/,
    );
  });
  it('--exclude-internal leaves out only internal topics', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({
        name: '__consumer_offsets',
        partitions: 1,
        replicationFactor: 1,
        configs: {},
      });
    });
    expect(run([...BS, '--list'], ctx).output).toEqual(['__consumer_offsets', 'orders']);
    expect(run([...BS, '--list', '--exclude-internal'], ctx).output).toEqual(['orders']);
    const described = run([...BS, '--describe', '--exclude-internal'], ctx).output;
    expect(described).toHaveLength(4);
    expect(described.some((l) => l.includes('__consumer_offsets'))).toBe(false);
  });
});

describe('kafka-topics.sh --create', () => {
  it('creates a topic with the given partitions, replication factor and configs', () => {
    const r = run([
      ...BS,
      '--create',
      '--topic',
      'payments',
      '--partitions',
      '6',
      '--replication-factor',
      '2',
      '--config',
      'retention.ms=60000',
      '--config',
      'min.insync.replicas = 2',
    ]);
    expect(r).toEqual({
      output: ['Created topic payments.'],
      exitCode: 0,
      actions: [
        {
          type: 'topic.create',
          topic: {
            name: 'payments',
            partitions: 6,
            replicationFactor: 2,
            configs: { 'retention.ms': 60000, 'min.insync.replicas': 2 },
          },
        },
      ],
    });
  });
  it('takes num.partitions and default.replication.factor from the brokers when omitted', () => {
    expect(run([...BS, '--create', '--topic', 'p']).actions).toEqual([
      {
        type: 'topic.create',
        topic: { name: 'p', partitions: 1, replicationFactor: 1, configs: {} },
      },
    ]);
    const ctx = contextAt(5000, (s) => {
      s.brokerConfigs['num.partitions'] = 4;
      s.brokerConfigs['default.replication.factor'] = 3;
    });
    expect(run([...BS, '--create', '--topic', 'p'], ctx).actions).toEqual([
      {
        type: 'topic.create',
        topic: { name: 'p', partitions: 4, replicationFactor: 3, configs: {} },
      },
    ]);
  });
  it('the action really creates the topic in the model', () => {
    const sim = createSimulation(base.scenario);
    sim.seek(5000);
    const r = run([
      ...BS,
      '--create',
      '--topic',
      'payments',
      '--partitions',
      '2',
      '--replication-factor',
      '3',
    ]);
    for (const a of r.actions) sim.act(a);
    sim.seek(6000);
    const after = run([...BS, '--describe', '--topic', 'payments'], {
      snapshot: sim.snapshot(),
      scenario: sim.scenario,
    });
    expect(after.output[0]).toMatch(
      /^Topic: payments\tTopicId: .{22}\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: $/,
    );
    expect(
      run([...BS, '--create', '--topic', 'payments'], {
        snapshot: sim.snapshot(),
        scenario: sim.scenario,
      }).output,
    ).toEqual([`${ERR}Topic 'payments' already exists.`]);
  });
  it('refuses an existing topic, unless --if-not-exists', () => {
    expect(run([...BS, '--create', '--topic', 'orders'])).toEqual({
      output: [`${ERR}Topic 'orders' already exists.`],
      exitCode: 1,
      actions: [],
    });
    expect(run([...BS, '--create', '--topic', 'orders', '--if-not-exists'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [],
    });
  });
  it('refuses a replication factor above the live brokers', () => {
    expect(run([...BS, '--create', '--topic', 'p', '--replication-factor', '4']).output).toEqual([
      `${ERR}Replication factor: 4 larger than available brokers: 3.`,
    ]);
    const crashed = contextAt(60000, () => {}, [{ type: 'broker.crash', broker: 2 }]);
    expect(
      run([...BS, '--create', '--topic', 'p', '--replication-factor', '3'], crashed).output,
    ).toEqual([`${ERR}Replication factor: 3 larger than available brokers: 2.`]);
  });
  it('checks the counts on the client first', () => {
    expect(run([...BS, '--create', '--topic', 'p', '--partitions', '0']).output).toEqual([
      `${ERR}The partitions must be greater than 0`,
    ]);
    expect(run([...BS, '--create', '--topic', 'p', '--replication-factor', '0']).output).toEqual([
      `${ERR}The replication factor must be between 1 and 32767 inclusive`,
    ]);
    expect(run([...BS, '--create', '--topic', 'p', '--partitions', 'three']).output).toEqual([
      `${ERR}Cannot parse argument 'three' of option partitions`,
    ]);
    expect(
      run([...BS, '--create', '--topic', 'p', '--partitions', '1', '--partitions', '2']).output,
    ).toEqual([`${ERR}Found multiple arguments for option partitions, but you asked for only one`]);
  });
  it("refuses illegal names with Kafka's texts", () => {
    expect(run([...BS, '--create', '--topic', 'a b']).output).toEqual([
      `${ERR}Topic name "a b" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
    ]);
    const long = 'x'.repeat(250);
    expect(run([...BS, '--create', '--topic', long]).output).toEqual([
      `${ERR}Topic name is illegal, it can't be longer than 249 characters, topic name: ${long}`,
    ]);
    expect(run([...BS, '--create', '--topic', '..']).output).toEqual([
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.",
      `${ERR}Topic name cannot be "." or ".."`,
    ]);
    expect(run([...BS, '--create', '--topic', '']).output).toEqual([
      `${ERR}The given topic name '' cannot be represented in a request.`,
    ]);
  });
  it('warns about . and _ first, and refuses a colliding name', () => {
    const warning =
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.";
    expect(run([...BS, '--create', '--topic', 'my.topic']).output).toEqual([
      warning,
      'Created topic my.topic.',
    ]);
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'my_topic', partitions: 1, replicationFactor: 1, configs: {} });
    });
    expect(run([...BS, '--create', '--topic', 'my.topic'], ctx)).toMatchObject({
      output: [warning, `${ERR}Topic 'my.topic' collides with existing topics: my_topic`],
      exitCode: 1,
      actions: [],
    });
  });
  it('checks --config names and values as LogConfig does', () => {
    const create = (config: string) => run([...BS, '--create', '--topic', 'p', '--config', config]);
    expect(create('retention').output).toEqual([
      `${ERR}requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".`,
    ]);
    expect(create('retention.msec=1').output).toEqual([
      `${ERR}Unknown topic config name: retention.msec`,
    ]);
    expect(create('retention.ms=soon').output).toEqual([
      `${ERR}Invalid value soon for configuration retention.ms: Not a number of type LONG`,
    ]);
    expect(create('min.insync.replicas=0').output).toEqual([
      `${ERR}Invalid value 0 for configuration min.insync.replicas: Value must be at least 1`,
    ]);
    expect(create('unclean.leader.election.enable=yes').output).toEqual([
      `${ERR}Invalid value yes for configuration unclean.leader.election.enable: Expected value to be either true or false`,
    ]);
    expect(create('unclean.leader.election.enable=TRUE').actions).toEqual([
      {
        type: 'topic.create',
        topic: {
          name: 'p',
          partitions: 1,
          replicationFactor: 1,
          configs: { 'unclean.leader.election.enable': true },
        },
      },
    ]);
  });
  it('says plainly when a real Kafka config is not modelled, or a simulator bound is passed', () => {
    const r = run([...BS, '--create', '--topic', 'p', '--config', 'cleanup.policy=compact']);
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
    expect(r.output[0]).toMatch(
      /^This simulator does not model the topic config cleanup\.policy yet/,
    );
    const big = run([...BS, '--create', '--topic', 'p', '--partitions', '65']);
    expect(big).toMatchObject({ exitCode: 1, actions: [] });
    expect(big.output[0]).toMatch(/at most 64 partitions/);
    const repl = run([...BS, '--create', '--topic', 'p', '--replica-assignment', '1:2']);
    expect(repl).toMatchObject({ exitCode: 1, actions: [] });
    expect(repl.output[0]).toMatch(/--replica-assignment .*not supported by this simulator yet/);
  });
});

/** `ctx` with /admin/delete_topics/<topic> written, as AdminZkClient.deleteTopic does. */
function markedForDeletion(ctx: CommandContext, topic: string): CommandContext {
  const znode = {
    path: `/admin/delete_topics/${topic}`,
    data: '',
    ephemeralOwner: null,
    version: 0,
    czxid: 99,
  };
  const znodes = [...ctx.snapshot.zookeeper.znodes, znode];
  return {
    ...ctx,
    snapshot: { ...ctx.snapshot, zookeeper: { ...ctx.snapshot.zookeeper, znodes } },
  };
}

describe('kafka-topics.sh --alter --partitions', () => {
  it('adds partitions and prints nothing, as the AdminClient path does', () => {
    expect(run([...BS, '--alter', '--topic', 'orders', '--partitions', '6'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [{ type: 'topic.addPartitions', topic: 'orders', partitions: 6 }],
    });
  });
  it("refuses fewer or as many partitions with the broker's InvalidPartitionsException texts", () => {
    expect(run([...BS, '--alter', '--topic', 'orders', '--partitions', '2'])).toEqual({
      output: [`${ERR}Topic currently has 3 partitions, which is higher than the requested 2.`],
      exitCode: 1,
      actions: [],
    });
    expect(run([...BS, '--alter', '--topic', 'orders', '--partitions', '3']).output).toEqual([
      `${ERR}Topic already has 3 partitions.`,
    ]);
  });
  it('alters every topic the --topic regex matches; the others still grow when one fails', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'audit', partitions: 1, replicationFactor: 1, configs: {} });
    });
    const r = run([...BS, '--alter', '--topic', '.*', '--partitions', '3'], ctx);
    expect(r.actions).toEqual([{ type: 'topic.addPartitions', topic: 'audit', partitions: 3 }]);
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual([`${ERR}Topic already has 3 partitions.`]);
  });
  it('needs as many live brokers as the replication factor for the new partitions', () => {
    const crashed = contextAt(60000, () => {}, [{ type: 'broker.crash', broker: 2 }]);
    expect(
      run([...BS, '--alter', '--topic', 'orders', '--partitions', '4'], crashed).output,
    ).toEqual([`${ERR}Replication factor: 3 larger than available brokers: 2.`]);
  });
  it('refuses a topic queued for deletion', () => {
    const r = run(
      [...BS, '--alter', '--topic', 'orders', '--partitions', '4'],
      markedForDeletion(base, 'orders'),
    );
    expect(r).toEqual({
      output: [`${ERR}The topic is queued for deletion.`],
      exitCode: 1,
      actions: [],
    });
  });
  it('checks the topic exists first, and --if-exists makes a missing topic a no-op', () => {
    expect(run([...BS, '--alter', '--topic', 'nope', '--partitions', '4']).output).toEqual([
      `${ERR}Topic 'nope' does not exist as expected`,
    ]);
    expect(run([...BS, '--alter', '--topic', 'nope', '--partitions', '4', '--if-exists'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [],
    });
  });
  it("reads --partitions as joptsimple's Integer and keeps the simulator's bound plainly", () => {
    expect(run([...BS, '--alter', '--topic', 'orders', '--partitions', 'x']).output).toEqual([
      `${ERR}Cannot parse argument 'x' of option partitions`,
    ]);
    const big = run([...BS, '--alter', '--topic', 'orders', '--partitions', '65']);
    expect(big).toMatchObject({ exitCode: 1, actions: [] });
    expect(big.output[0]).toMatch(/^This simulator draws at most 64 partitions per topic/);
  });
});

describe('kafka-topics.sh --delete', () => {
  it('marks the topic for deletion and prints nothing', () => {
    expect(run([...BS, '--delete', '--topic', 'orders'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [{ type: 'topic.delete', topic: 'orders' }],
    });
  });
  it('asks nothing again for a topic already marked (TopicAlreadyMarkedForDeletion is swallowed)', () => {
    expect(
      run([...BS, '--delete', '--topic', 'orders'], markedForDeletion(base, 'orders')),
    ).toEqual({
      output: [],
      exitCode: 0,
      actions: [],
    });
  });
  it('deletes every topic the regex matches', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'audit', partitions: 1, replicationFactor: 1, configs: {} });
    });
    expect(run([...BS, '--delete', '--topic', 'audit|orders'], ctx).actions).toEqual([
      { type: 'topic.delete', topic: 'audit' },
      { type: 'topic.delete', topic: 'orders' },
    ]);
  });
  it('checks the topic exists, unless --if-exists', () => {
    expect(run([...BS, '--delete', '--topic', 'nope']).output).toEqual([
      `${ERR}Topic 'nope' does not exist as expected`,
    ]);
    expect(run([...BS, '--delete', '--topic', 'nope', '--if-exists'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [],
    });
  });
});

describe('kafka-topics.sh --bootstrap-server', () => {
  it("prints the client's WARN lines and the AdminClient's timeout when nothing answers", () => {
    const r = run(['--bootstrap-server', 'localhost:9999', '--delete', '--topic', 'orders']);
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
    expect(r.output[0]).toMatch(
      /^\[.+\] WARN \[AdminClient clientId=adminclient-1\] Connection to node -1 \(localhost\/127\.0\.0\.1:9999\) could not be established\. Broker may not be available\. \(org\.apache\.kafka\.clients\.NetworkClient\)$/,
    );
    expect(r.output.at(-1)).toBe(`${ERR}Timed out waiting for a node assignment. Call: listTopics`);
    const create = run(['--bootstrap-server', 'localhost:9999', '--create', '--topic', 'x']);
    expect(create.output.at(-1)).toBe(
      `${ERR}Timed out waiting for a node assignment. Call: createTopics`,
    );
  });
});

describe('kafka-topics.sh with a malformed --bootstrap-server', () => {
  it('lets the AdminClient failure escape main, with its cause', () => {
    expect(run(['--bootstrap-server', 'nohost', '--list'])).toEqual({
      output: [
        'Exception in thread "main" org.apache.kafka.common.KafkaException: Failed to create new KafkaAdminClient',
        'Caused by: org.apache.kafka.common.config.ConfigException: Invalid url in bootstrap.servers: nohost',
      ],
      exitCode: 1,
      actions: [],
    });
  });
});
