// fast-check generators of valid, canonical scenarios (what restoreScenario returns unchanged).
import fc from 'fast-check';
import type {
  Acks,
  BrokerConfigs,
  ConsumerConfigs,
  ConsumerGroupSpec,
  ProducerConfigs,
  ProducerSpec,
  Scenario,
  ScenarioAction,
  TopicConfigs,
  TopicSpec,
} from '../types';

/** fc.record with ordinary objects (fast-check's default null prototype fails toStrictEqual). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const record = ((model: any, constraints?: any) =>
  fc.record(model, constraints).map((x) => ({ ...x }))) as typeof fc.record;

const acks = fc.constantFrom<Acks>('all', '1', '0');
const ms = fc.integer({ min: 1, max: 600_000 });
const text = fc.string({ maxLength: 12 });

const brokerConfigs: fc.Arbitrary<BrokerConfigs> = record(
  {
    'zookeeper.session.timeout.ms': ms,
    'replica.lag.time.max.ms': ms,
    'replica.fetch.wait.max.ms': fc.integer({ min: 0, max: 1000 }),
    'unclean.leader.election.enable': fc.boolean(),
    'min.insync.replicas': fc.integer({ min: 1, max: 9 }),
    'auto.leader.rebalance.enable': fc.boolean(),
    'leader.imbalance.check.interval.seconds': fc.integer({ min: 1, max: 3600 }),
    'leader.imbalance.per.broker.percentage': fc.integer({ min: 0, max: 100 }),
    'num.partitions': fc.integer({ min: 1, max: 64 }),
    'default.replication.factor': fc.integer({ min: 1, max: 3 }),
    'log.retention.check.interval.ms': fc.integer({ min: 1, max: 600_000 }),
  },
  { requiredKeys: [] },
).filter((c) => (c['replica.fetch.wait.max.ms'] ?? 500) <= (c['replica.lag.time.max.ms'] ?? 30000));

const topicConfigs: fc.Arbitrary<TopicConfigs> = record(
  {
    'min.insync.replicas': fc.integer({ min: 1, max: 9 }),
    'unclean.leader.election.enable': fc.boolean(),
    'retention.ms': fc.integer({ min: -1, max: 10_000_000 }),
    'retention.bytes': fc.integer({ min: -2, max: 1 << 30 }),
    'segment.bytes': fc.integer({ min: 14, max: 1 << 30 }),
  },
  { requiredKeys: [] },
);

const producerConfigs: fc.Arbitrary<ProducerConfigs> = record(
  {
    acks,
    retries: fc.integer({ min: 0, max: 2147483647 }),
    'request.timeout.ms': fc.integer({ min: 0, max: 120_000 }),
    'delivery.timeout.ms': fc.integer({ min: 0, max: 300_000 }),
    'retry.backoff.ms': fc.integer({ min: 0, max: 10_000 }),
  },
  { requiredKeys: [] },
).filter(
  (c) =>
    c['delivery.timeout.ms'] === undefined ||
    c['delivery.timeout.ms'] >= (c['request.timeout.ms'] ?? 30000),
);

const consumerConfigs: fc.Arbitrary<ConsumerConfigs> = record(
  {
    'auto.offset.reset': fc.constantFrom<'earliest' | 'latest'>('earliest', 'latest'),
    'enable.auto.commit': fc.boolean(),
    'auto.commit.interval.ms': fc.integer({ min: 0, max: 60_000 }),
    'fetch.max.wait.ms': fc.integer({ min: 0, max: 10_000 }),
  },
  { requiredKeys: [] },
);

/** Legal, mutually non-colliding topic names ('.' and '_' collide in Kafka's metric names). */
const topicNames = fc.uniqueArray(
  fc.stringMatching(/^[a-zA-Z0-9._-]{1,30}$/).filter((n) => n !== '.' && n !== '..'),
  { maxLength: 5, selector: (n) => n.replaceAll('.', '_') },
);

const clientId = fc.stringMatching(/^[a-zA-Z0-9._-]{1,64}$/);
const rate = fc.integer({ min: 0, max: 400 }).map((x) => x / 4);
const time = fc.integer({ min: 0, max: 3_600_000 });

function topic(name: string, brokers: number): fc.Arbitrary<TopicSpec> {
  return record({
    name: fc.constant(name),
    partitions: fc.integer({ min: 1, max: 64 }),
    replicationFactor: fc.integer({ min: 1, max: brokers }),
    configs: topicConfigs,
  });
}

function action(
  brokers: number,
  topics: string[],
  producers: string[],
  createdName: string,
  groups: string[] = [],
): fc.Arbitrary<Omit<ScenarioAction, 'at'>> {
  const choices: fc.Arbitrary<Omit<ScenarioAction, 'at'>>[] = [
    record({
      type: fc.constantFrom(
        'broker.crash' as const,
        'broker.restart' as const,
        'broker.isolate' as const,
        'broker.reconnect' as const,
      ),
      broker: fc.integer({ min: 1, max: brokers }),
    }),
    topic(createdName, brokers).map((t) => ({ type: 'topic.create' as const, topic: t })),
    fc.oneof(
      record({
        type: fc.constant('config.set' as const),
        entity: fc.constant('broker' as const),
        name: fc.constant(''),
        key: fc.constant('min.insync.replicas'),
        value: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      }),
      record({
        type: fc.constant('config.set' as const),
        entity: fc.constant('broker' as const),
        name: fc.constant(''),
        key: fc.constant('unclean.leader.election.enable'),
        value: fc.option(fc.boolean(), { nil: null }),
      }),
    ),
  ];
  if (topics.length > 0) {
    choices.push(
      record({
        type: fc.constant('config.set' as const),
        entity: fc.constant('topic' as const),
        name: fc.constantFrom(...topics),
        key: fc.constant('retention.ms'),
        value: fc.option(fc.integer({ min: -1, max: 1e9 }), { nil: null }),
      }),
    );
  }
  if (topics.length > 0 && producers.length > 0) {
    choices.push(
      record(
        {
          type: fc.constant('produce' as const),
          topic: fc.constantFrom(...topics),
          key: fc.option(text, { nil: null }),
          value: text,
          producer: fc.constantFrom(...producers),
        },
        { requiredKeys: ['type', 'topic', 'key', 'value'] },
      ),
    );
  }
  if (groups.length > 0) {
    choices.push(
      record({
        type: fc.constant('group.scale' as const),
        groupId: fc.constantFrom(...groups),
        members: fc.integer({ min: 0, max: 16 }),
      }),
      record({
        type: fc.constant('group.resetOffsets' as const),
        groupId: fc.constantFrom(...groups),
        to: fc.constantFrom('earliest' as const, 'latest' as const),
      }),
    );
  }
  if (producers.length > 0) {
    choices.push(
      record(
        {
          type: fc.constant('producer.update' as const),
          producer: fc.constantFrom(...producers),
          recordsPerSec: rate,
          acks,
        },
        { requiredKeys: ['type', 'producer'] },
      ),
    );
  }
  return fc.oneof(...choices);
}

export const validScenario: fc.Arbitrary<Scenario> = record({
  seed: fc.integer({ min: 0, max: 4294967295 }),
  brokers: fc.integer({ min: 1, max: 9 }),
  brokerConfigs,
  networkLatencyMs: fc.integer({ min: 0, max: 40_000 }).map((x) => x / 4),
  names: topicNames.map((ns) => ns.filter((n) => !n.startsWith('created-'))),
}).chain(({ names, brokers, ...rest }) =>
  record({
    topics: fc.tuple(...names.map((n) => topic(n, brokers))),
    producerIds: fc.uniqueArray(clientId, { maxLength: names.length > 0 ? 3 : 0 }),
    groupIds: fc.uniqueArray(clientId, { maxLength: 3 }),
  }).chain(({ topics, producerIds, groupIds }) =>
    record({
      version: fc.constant(1 as const),
      seed: fc.constant(rest.seed),
      brokers: fc.constant(brokers),
      brokerConfigs: fc.constant(rest.brokerConfigs),
      networkLatencyMs: fc.constant(rest.networkLatencyMs),
      topics: fc.constant(topics),
      producers: fc.tuple(
        ...producerIds.map((id): fc.Arbitrary<ProducerSpec> =>
          record({
            id: fc.constant(id),
            topic: fc.constantFrom(...names),
            recordsPerSec: rate,
            keys: fc.array(text, { maxLength: 5 }),
            configs: producerConfigs,
          }),
        ),
      ),
      consumerGroups: fc.tuple(
        ...groupIds.map((groupId): fc.Arbitrary<ConsumerGroupSpec> =>
          record(
            {
              groupId: fc.constant(groupId),
              topics: fc.subarray(names),
              members: fc.integer({ min: 1, max: 9 }),
              configs: consumerConfigs,
              recordsPerSecPerMember: fc.integer({ min: 1, max: 100_000 }).map((x) => x / 10),
            },
            { requiredKeys: ['groupId', 'topics', 'members', 'configs'] },
          ),
        ),
      ),
      actions: fc
        .nat({ max: 12 })
        .chain((count) =>
          fc.tuple(
            ...Array.from({ length: count }, (_, i) =>
              action(brokers, names, producerIds, `created-${i}`, groupIds),
            ),
          ),
        )
        .chain((bodies) =>
          fc
            .array(time, { minLength: bodies.length, maxLength: bodies.length })
            .map((times) =>
              times.sort((a, b) => a - b).map((at, i) => ({ at, ...bodies[i]! }) as ScenarioAction),
            ),
        ),
    }).map(produceToWriters),
  ),
);

/** A record sent by hand goes to the topic of the producer sending it (the named one, else the first). */
function produceToWriters<S extends { producers: ProducerSpec[]; actions: ScenarioAction[] }>(
  s: S,
): S {
  const topicOf = (id: string | undefined) =>
    (s.producers.find((p) => p.id === id) ?? s.producers[0])?.topic;
  return {
    ...s,
    actions: s.actions.map((a) =>
      a.type === 'produce' ? { ...a, topic: topicOf(a.producer) ?? a.topic } : a,
    ),
  };
}
