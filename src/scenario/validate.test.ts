import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, KAFKA_DEFAULTS, SIMULATOR_LIMITS } from './defaults';
import { BROKER_CONFIG_RULES, readConfigValue } from './configRules';
import { Problems } from './problems';
import { validScenario } from './testing/arbitraries';
import { restoreScenario, type RestoreResult } from './validate';

/** The default scenario with `change` applied to a JSON copy of it. */
// Tests write wrong types on purpose, so the copy is untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withChange(change: (s: Record<string, any>) => void): unknown {
  const s = JSON.parse(JSON.stringify(defaultScenario()));
  change(s);
  return s;
}

function problemsOf(r: RestoreResult) {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

function only(r: RestoreResult, code: string, path: string) {
  const problems = problemsOf(r);
  expect(problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
  return problems.find((p) => p.code === code && p.path === path)!;
}

describe('defaultScenario', () => {
  it('is the documented sandbox and restores without warnings', () => {
    const s = defaultScenario();
    expect(s.brokers).toBe(3);
    expect(s.topics).toEqual([
      { name: 'orders', partitions: 3, replicationFactor: 3, configs: {} },
    ]);
    expect(restoreScenario(s)).toStrictEqual({ ok: true, scenario: s, warnings: [] });
  });

  it('returns a fresh copy each time', () => {
    const a = defaultScenario();
    a.topics.pop();
    expect(defaultScenario().topics).toHaveLength(1);
  });

  it("KAFKA_DEFAULTS covers every broker key and passes Kafka's own rules", () => {
    expect(Object.keys(KAFKA_DEFAULTS).sort()).toEqual(Object.keys(BROKER_CONFIG_RULES).sort());
    for (const [key, value] of Object.entries(KAFKA_DEFAULTS)) {
      const p = new Problems();
      expect(readConfigValue(p, BROKER_CONFIG_RULES[key]!, value, key)).toBe(value);
      expect(p.errors).toEqual([]);
    }
  });
});

describe('restoreScenario: the envelope', () => {
  it.each([null, 3, 'x', [], true])('refuses %j, which is not an object', (input) => {
    only(restoreScenario(input), 'notAnObject', '');
  });

  it('says the version is missing, and which one it reads', () => {
    const p = only(
      restoreScenario(withChange((s) => delete s.version)),
      'versionMissing',
      'version',
    );
    expect(p.params.supported).toBe(1);
  });

  it('says which version it has and which is supported', () => {
    expect(
      only(restoreScenario(withChange((s) => (s.version = 2))), 'versionTooNew', 'version').params,
    ).toMatchObject({ version: 2, supported: 1 });
    expect(
      only(restoreScenario(withChange((s) => (s.version = '1'))), 'versionUnsupported', 'version')
        .params,
    ).toMatchObject({ version: '"1"', supported: 1 });
    only(restoreScenario(withChange((s) => (s.version = 0))), 'versionUnsupported', 'version');
  });

  it('fills omitted fields with defaults', () => {
    const r = restoreScenario({ version: 1 });
    expect(r).toStrictEqual({
      ok: true,
      warnings: [],
      scenario: {
        version: 1,
        seed: 42,
        brokers: 3,
        brokerConfigs: {},
        networkLatencyMs: 5,
        topics: [],
        producers: [],
        consumerGroups: [],
        actions: [],
      },
    });
  });

  it('drops unknown fields with a warning naming them', () => {
    const r = restoreScenario(
      withChange((s) => {
        s.colour = 'red';
        s.topics[0].owner = 'me';
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario).toStrictEqual(defaultScenario());
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknownField', 'colour'],
      ['unknownField', 'topics[0].owner'],
    ]);
  });
});

describe('restoreScenario: the cluster', () => {
  it.each([0, 10, -1])('refuses %d brokers, naming the simulator bound', (n) => {
    const p = only(
      restoreScenario(
        withChange((s) => {
          s.brokers = n;
          s.topics = [];
          s.producers = [];
          s.consumerGroups = [];
        }),
      ),
      'brokersOutOfRange',
      'brokers',
    );
    expect(p.params).toMatchObject({ value: n, min: 1, max: 9 });
  });

  it('refuses a fractional broker count', () => {
    only(restoreScenario(withChange((s) => (s.brokers = 2.5))), 'expectedInteger', 'brokers');
  });

  it('checks broker configs against Kafka: type, range, cross-field rule', () => {
    const bad = (configs: object) =>
      restoreScenario(withChange((s) => (s.brokerConfigs = configs)));
    only(
      bad({ 'min.insync.replicas': 0 }),
      'numberTooSmall',
      'brokerConfigs["min.insync.replicas"]',
    );
    only(
      bad({ 'min.insync.replicas': '2' }),
      'expectedNumber',
      'brokerConfigs["min.insync.replicas"]',
    );
    only(
      bad({ 'replica.lag.time.max.ms': 0 }),
      'numberTooSmall',
      'brokerConfigs["replica.lag.time.max.ms"]',
    );
    only(
      bad({ 'zookeeper.session.timeout.ms': 1.5 }),
      'expectedInteger',
      'brokerConfigs["zookeeper.session.timeout.ms"]',
    );
    only(
      bad({ 'unclean.leader.election.enable': 'true' }),
      'expectedBoolean',
      'brokerConfigs["unclean.leader.election.enable"]',
    );
    only(
      bad({ 'leader.imbalance.per.broker.percentage': 101 }),
      'numberTooLarge',
      'brokerConfigs["leader.imbalance.per.broker.percentage"]',
    );
    const p = only(
      bad({ 'replica.fetch.wait.max.ms': 40000 }),
      'replicaFetchWaitTooLarge',
      'brokerConfigs["replica.fetch.wait.max.ms"]',
    );
    expect(p.params.kafka).toContain(
      'replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms',
    );
  });

  it('drops unknown config keys with a warning', () => {
    const r = restoreScenario(
      withChange((s) => (s.brokerConfigs = { 'log.dirs': '/tmp', 'min.insync.replicas': 2 })),
    );
    expect(r.ok && r.scenario.brokerConfigs).toStrictEqual({ 'min.insync.replicas': 2 });
    expect(r.ok && r.warnings.map((w) => [w.code, w.path, w.params.key])).toEqual([
      ['configUnknown', 'brokerConfigs["log.dirs"]', 'log.dirs'],
    ]);
  });
});

describe('restoreScenario: topics', () => {
  it("rejects a replication factor above the broker count with Kafka's message", () => {
    const p = only(
      restoreScenario(withChange((s) => (s.topics[0].replicationFactor = 4))),
      'replicationFactorTooLarge',
      'topics[0].replicationFactor',
    );
    expect(p.params).toMatchObject({ topic: 'orders', rf: 4, brokers: 3 });
  });

  it('rejects a replication factor below 1', () => {
    const p = only(
      restoreScenario(withChange((s) => (s.topics[0].replicationFactor = 0))),
      'replicationFactorTooSmall',
      'topics[0].replicationFactor',
    );
    expect(p.params.kafka).toBe('Replication factor must be larger than 0.');
  });

  it.each([
    ['orders!', 'contains a character other than ASCII alphanumerics'],
    ['ord ers', 'contains a character other than ASCII alphanumerics'],
    ['주문', 'contains a character other than ASCII alphanumerics'],
    ['x'.repeat(250), "can't be longer than 249 characters"],
    ['', "can't be empty"],
    ['..', 'cannot be "." or ".."'],
  ])("rejects the topic name %j with Kafka's text", (name, kafka) => {
    const p = only(
      restoreScenario({ version: 1, topics: [{ name }] }),
      'topicNameInvalid',
      'topics[0].name',
    );
    expect(p.params.kafka).toContain(kafka);
  });

  it('accepts a 249-character name', () => {
    expect(
      restoreScenario({ version: 1, brokers: 1, topics: [{ name: 'x'.repeat(249) }] }).ok,
    ).toBe(true);
  });

  it('rejects duplicate and colliding topic names', () => {
    const dup = only(
      restoreScenario({ version: 1, topics: [{ name: 'a' }, { name: 'a' }] }),
      'topicNameDuplicate',
      'topics[1].name',
    );
    expect(dup.params.kafka).toBe("Topic 'a' already exists.");
    const col = only(
      restoreScenario({ version: 1, topics: [{ name: 'a.b' }, { name: 'a_b' }] }),
      'topicNameCollision',
      'topics[1].name',
    );
    expect(col.params.kafka).toBe("Topic 'a_b' collides with existing topics: a.b");
  });

  it.each([0, 65, 1000])('rejects %d partitions, naming the bound', (n) => {
    const p = only(
      restoreScenario(withChange((s) => (s.topics[0].partitions = n))),
      'partitionsOutOfRange',
      'topics[0].partitions',
    );
    expect(p.params).toMatchObject({ topic: 'orders', value: n, min: 1, max: 64 });
  });

  it("takes omitted partitions and replication factor from the broker's num.partitions/default.replication.factor", () => {
    const r = restoreScenario({
      version: 1,
      brokerConfigs: { 'num.partitions': 6, 'default.replication.factor': 2 },
      topics: [{ name: 't' }],
    });
    expect(r.ok && r.scenario.topics).toStrictEqual([
      { name: 't', partitions: 6, replicationFactor: 2, configs: {} },
    ]);
    const kafkaDefaults = restoreScenario({ version: 1, topics: [{ name: 't' }] });
    expect(kafkaDefaults.ok && kafkaDefaults.scenario.topics[0]).toMatchObject({
      partitions: 1,
      replicationFactor: 1,
    });
    only(
      restoreScenario({
        version: 1,
        brokers: 1,
        brokerConfigs: { 'default.replication.factor': 3 },
        topics: [{ name: 't' }],
      }),
      'replicationFactorTooLarge',
      'topics[0].replicationFactor',
    );
  });

  it('checks topic configs and warns when min.insync.replicas exceeds the replicas', () => {
    only(
      restoreScenario(withChange((s) => (s.topics[0].configs = { 'retention.ms': -2 }))),
      'numberTooSmall',
      'topics[0].configs["retention.ms"]',
    );
    only(
      restoreScenario(withChange((s) => (s.topics[0].configs = { 'segment.bytes': 13 }))),
      'numberTooSmall',
      'topics[0].configs["segment.bytes"]',
    );
    const r = restoreScenario(
      withChange((s) => (s.topics[0].configs = { 'min.insync.replicas': 4 })),
    );
    expect(r.ok && r.warnings.map((w) => [w.code, w.path])).toEqual([
      ['minIsrAboveReplicationFactor', 'topics[0]'],
    ]);
  });
});

describe('restoreScenario: clients', () => {
  it("normalises acks '-1' (and -1) to all, with a warning", () => {
    for (const acks of ['-1', -1]) {
      const r = restoreScenario(withChange((s) => (s.producers[0].configs.acks = acks)));
      expect(r.ok && r.scenario.producers[0]!.configs.acks).toBe('all');
      expect(r.ok && r.warnings.map((w) => [w.code, w.path])).toEqual([
        ['acksNormalized', 'producers[0].configs.acks'],
      ]);
    }
    const one = restoreScenario(withChange((s) => (s.producers[0].configs.acks = 1)));
    expect(one.ok && one.scenario.producers[0]!.configs.acks).toBe('1');
  });

  it('rejects acks outside all/-1/1/0', () => {
    const p = only(
      restoreScenario(withChange((s) => (s.producers[0].configs.acks = '2'))),
      'valueNotAllowed',
      'producers[0].configs.acks',
    );
    expect(p.params.allowed).toBe('all, -1, 1, 0');
  });

  it('checks delivery.timeout.ms against request.timeout.ms as KafkaProducer does', () => {
    only(
      restoreScenario(withChange((s) => (s.producers[0].configs['delivery.timeout.ms'] = 1000))),
      'deliveryTimeoutTooSmall',
      'producers[0].configs["delivery.timeout.ms"]',
    );
  });

  it('reads batch.size and linger.ms, and counts linger.ms in the delivery.timeout.ms check', () => {
    const ok = restoreScenario(
      withChange((s) =>
        Object.assign(s.producers[0].configs, { 'batch.size': 0, 'linger.ms': 50 }),
      ),
    );
    expect(ok.ok && ok.scenario.producers[0]?.configs).toMatchObject({
      'batch.size': 0,
      'linger.ms': 50,
    });
    only(
      restoreScenario(withChange((s) => (s.producers[0].configs['linger.ms'] = -1))),
      'numberTooSmall',
      'producers[0].configs["linger.ms"]',
    );
    const p = only(
      restoreScenario(
        withChange((s) =>
          Object.assign(s.producers[0].configs, {
            'linger.ms': 1000,
            'request.timeout.ms': 30000,
            'delivery.timeout.ms': 30500,
          }),
        ),
      ),
      'deliveryTimeoutTooSmall',
      'producers[0].configs["delivery.timeout.ms"]',
    );
    expect(p.params.linger).toBe(1000);
  });

  it('rejects clients naming unknown topics, but accepts a topic created later by an action', () => {
    only(
      restoreScenario(withChange((s) => (s.producers[0].topic = 'payments'))),
      'topicUnknown',
      'producers[0].topic',
    );
    only(
      restoreScenario(withChange((s) => (s.consumerGroups[0].topics = ['orders', 'payments']))),
      'topicUnknown',
      'consumerGroups[0].topics[1]',
    );
    const later = restoreScenario(
      withChange((s) => {
        s.producers[0].topic = 'payments';
        s.actions = [
          {
            at: 5000,
            type: 'topic.create',
            topic: { name: 'payments', partitions: 1, replicationFactor: 1, configs: {} },
          },
        ];
      }),
    );
    expect(later.ok).toBe(true);
  });

  it('rejects duplicate producer and group ids', () => {
    only(
      restoreScenario(withChange((s) => s.producers.push({ ...s.producers[0] }))),
      'producerIdDuplicate',
      'producers[1].id',
    );
    only(
      restoreScenario(withChange((s) => s.consumerGroups.push({ ...s.consumerGroups[0] }))),
      'groupIdDuplicate',
      'consumerGroups[1].groupId',
    );
  });

  it('rejects ids that cannot be shown as names, and out-of-bound members and rates', () => {
    only(
      restoreScenario(withChange((s) => (s.producers[0].id = 'a b'))),
      'clientIdInvalid',
      'producers[0].id',
    );
    only(
      restoreScenario(withChange((s) => (s.consumerGroups[0].members = 0))),
      'simulatorLimit',
      'consumerGroups[0].members',
    );
    only(
      restoreScenario(withChange((s) => (s.producers[0].recordsPerSec = -1))),
      'simulatorLimit',
      'producers[0].recordsPerSec',
    );
    only(
      restoreScenario(withChange((s) => (s.producers[0].keys = ['a', 2]))),
      'expectedString',
      'producers[0].keys[1]',
    );
  });
});

describe('restoreScenario: actions', () => {
  const crash = (at: number, broker = 1) => ({ at, type: 'broker.crash', broker });

  it('sorts unsorted actions stably by time, with a warning', () => {
    const actions = [crash(300, 1), crash(100, 2), crash(300, 3), crash(100, 1)];
    const r = restoreScenario(withChange((s) => (s.actions = actions)));
    expect(r.ok && r.scenario.actions).toStrictEqual([
      crash(100, 2),
      crash(100, 1),
      crash(300, 1),
      crash(300, 3),
    ]);
    expect(r.ok && r.warnings.map((w) => [w.code, w.path])).toEqual([['actionsSorted', 'actions']]);
  });

  it('keeps sorted actions without a warning', () => {
    const r = restoreScenario(withChange((s) => (s.actions = [crash(0), crash(0, 2), crash(10)])));
    expect(r.ok && r.warnings).toEqual([]);
  });

  it.each([-1, 'soon', null, Infinity])('rejects the action time %j', (at) => {
    only(
      restoreScenario(withChange((s) => (s.actions = [{ ...crash(0), at }]))),
      'actionTimeInvalid',
      'actions[0].at',
    );
  });

  it('rejects unknown types and unknown brokers', () => {
    const p = only(
      restoreScenario(
        withChange((s) => (s.actions = [{ at: 0, type: 'broker.explode', broker: 1 }])),
      ),
      'actionTypeUnknown',
      'actions[0].type',
    );
    expect(p.params.known).toContain('broker.crash');
    const b = only(
      restoreScenario(withChange((s) => (s.actions = [crash(0), crash(5, 4)]))),
      'actionBrokerUnknown',
      'actions[1].broker',
    );
    expect(b.params).toMatchObject({ broker: '4', brokers: 3 });
  });

  it('counts a created topic only from its own time on', () => {
    const create = { at: 1000, type: 'topic.create', topic: { name: 'payments' } };
    const producer = {
      at: 1000,
      type: 'producer.create',
      producer: { id: 'payments-app', topic: 'payments', recordsPerSec: 0 },
    };
    const produce = (at: number) => ({
      at,
      type: 'produce',
      topic: 'payments',
      key: null,
      value: 'v',
    });
    expect(
      restoreScenario(withChange((s) => (s.actions = [create, producer, produce(1000)]))).ok,
    ).toBe(true);
    const early = restoreScenario(withChange((s) => (s.actions = [create, produce(500)])));
    expect(early.ok).toBe(false);
    const p = !early.ok ? early.problems.find((x) => x.code === 'actionTopicUnknown') : undefined;
    expect(p?.path).toBe('actions[1].topic');
    expect(p?.params).toMatchObject({ topic: 'payments', at: 500 });
    // A record goes through a producer of its topic: none writes to it, or the named one writes elsewhere.
    const lonely = restoreScenario(withChange((s) => (s.actions = [create, produce(1000)])));
    expect(lonely.ok).toBe(false);
    expect(!lonely.ok && lonely.problems.map((x) => x.code)).toEqual(['actionNoProducer']);
    const elsewhere = restoreScenario(
      withChange((s) => (s.actions = [create, { ...produce(1000), producer: 'producer-1' }])),
    );
    expect(!elsewhere.ok && elsewhere.problems.map((x) => x.code)).toEqual([
      'actionProducerOtherTopic',
    ]);
    only(
      restoreScenario(withChange((s) => (s.actions = [create, { ...create, at: 2000 }]))),
      'topicNameDuplicate',
      'actions[1].topic.name',
    );
    only(
      restoreScenario(
        withChange(
          (s) => (s.actions = [{ ...create, topic: { name: 'p', replicationFactor: 5 } }]),
        ),
      ),
      'replicationFactorTooLarge',
      'actions[0].topic.replicationFactor',
    );
  });

  it('checks config.set keys and values, and producer references', () => {
    const set = (entity: string, name: string, key: string, value: unknown) => ({
      at: 0,
      type: 'config.set',
      entity,
      name,
      key,
      value,
    });
    expect(
      restoreScenario(
        withChange(
          (s) =>
            (s.actions = [
              set('topic', 'orders', 'min.insync.replicas', 2),
              set('broker', '', 'min.insync.replicas', null),
            ]),
        ),
      ).ok,
    ).toBe(true);
    only(
      restoreScenario(withChange((s) => (s.actions = [set('broker', '', 'log.dirs', 'x')]))),
      'configKeyUnknown',
      'actions[0].key',
    );
    only(
      restoreScenario(
        withChange((s) => (s.actions = [set('topic', 'orders', 'min.insync.replicas', 0)])),
      ),
      'numberTooSmall',
      'actions[0].value',
    );
    only(
      restoreScenario(withChange((s) => (s.actions = [set('topic', 'nope', 'retention.ms', 1)]))),
      'actionTopicUnknown',
      'actions[0].name',
    );
    only(
      restoreScenario(
        withChange((s) => (s.actions = [set('broker', '2', 'min.insync.replicas', 1)])),
      ),
      'configNameInvalid',
      'actions[0].name',
    );
    only(
      restoreScenario(
        withChange((s) => (s.actions = [{ at: 0, type: 'producer.update', producer: 'nobody' }])),
      ),
      'actionProducerUnknown',
      'actions[0].producer',
    );
    only(
      restoreScenario(
        withChange((s) => {
          s.producers = [];
          s.actions = [{ at: 0, type: 'produce', topic: 'orders', value: 'v' }];
        }),
      ),
      'actionNoProducer',
      'actions[0]',
    );
    const upd = restoreScenario(
      withChange(
        (s) =>
          (s.actions = [{ at: 0, type: 'producer.update', producer: 'producer-1', acks: '-1' }]),
      ),
    );
    expect(upd.ok && upd.scenario.actions[0]).toStrictEqual({
      at: 0,
      type: 'producer.update',
      producer: 'producer-1',
      acks: 'all',
    });
    const batching = restoreScenario(
      withChange(
        (s) =>
          (s.actions = [
            { at: 0, type: 'producer.update', producer: 'producer-1', lingerMs: 50, batchSize: 0 },
          ]),
      ),
    );
    expect(batching.ok && batching.scenario.actions[0]).toMatchObject({
      lingerMs: 50,
      batchSize: 0,
    });
    only(
      restoreScenario(
        withChange(
          (s) =>
            (s.actions = [
              { at: 0, type: 'producer.update', producer: 'producer-1', lingerMs: -1 },
            ]),
        ),
      ),
      'simulatorLimit',
      'actions[0].lingerMs',
    );
  });

  it('refuses more actions than the simulator bound', () => {
    const many = Array.from({ length: SIMULATOR_LIMITS.actions + 1 }, () => crash(0));
    only(restoreScenario(withChange((s) => (s.actions = many))), 'tooMany', 'actions');
  });
});

describe('restoreScenario: properties', () => {
  it('returns a valid scenario unchanged', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const r = restoreScenario(structuredClone(s));
        expect(r.ok).toBe(true);
        expect(r.ok && r.scenario).toStrictEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent and never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = restoreScenario(value);
        if (r.ok)
          expect(restoreScenario(r.scenario)).toStrictEqual({
            ok: true,
            scenario: r.scenario,
            warnings: [],
          });
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid scenario with one field replaced by anything', () => {
    fc.assert(
      fc.property(validScenario, fc.anything(), fc.nat(), (s, junk, pick) => {
        const raw = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
        const keys = Object.keys(raw);
        raw[keys[pick % keys.length]!] = junk;
        const r = restoreScenario(raw);
        if (!r.ok) for (const p of r.problems) expect(typeof p.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
