// restoreScenario: the tolerant reader for anything that claims to be a scenario (a link, a file,
// a lesson). Every field is treated as unknown, checked and defaulted; the result is canonical.
import { BROKER_CONFIG_RULES, readConfigs } from './configRules';
import { FIELD_DEFAULTS, KAFKA_DEFAULTS, SIMULATOR_LIMITS } from './defaults';
import { migrate } from './migrations';
import {
  Problems,
  childPath,
  isObject,
  readArray,
  readNumber,
  readObject,
  show,
  type ScenarioProblem,
} from './problems';
import { readActions, checkNewTopicName } from './readActions';
import { checkUnique, readGroup, readList, readProducer } from './readClients';
import { readTopic } from './readTopic';
import { SCENARIO_VERSION, type BrokerConfigs, type Scenario, type TopicSpec } from './types';

export type { ScenarioProblem, ScenarioProblemCode } from './problems';

export type RestoreResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioProblem[] }
  | { ok: false; problems: ScenarioProblem[] };

const SCENARIO_FIELDS = [
  'version',
  'seed',
  'brokers',
  'brokerConfigs',
  'networkLatencyMs',
  'topics',
  'producers',
  'consumerGroups',
  'actions',
  'startup',
] as const;

/**
 * Checks and normalises `input`. ok:false lists the errors (nothing usable); ok:true may carry
 * warnings about what was repaired without changing the scenario's meaning (dropped unknown keys,
 * acks -1 → all, actions sorted by time).
 */
export function restoreScenario(input: unknown): RestoreResult {
  const p = new Problems();
  if (!isObject(input)) {
    p.error('notAnObject', '', { value: show(input) });
    return { ok: false, problems: p.errors };
  }
  const migrated = migrate(p, input);
  if (!migrated) return { ok: false, problems: p.errors };
  const scenario = readScenario(p, migrated);
  if (!scenario || p.errors.length > 0) return { ok: false, problems: p.errors };
  return { ok: true, scenario, warnings: p.warnings };
}

function readScenario(p: Problems, raw: Record<string, unknown>): Scenario | undefined {
  readObject(p, raw, '', SCENARIO_FIELDS);

  const seed = readNumber(p, raw.seed ?? FIELD_DEFAULTS.seed, 'seed', {
    integer: true,
    ...SIMULATOR_LIMITS.seed,
    bound: 'simulator',
  });
  const startup = readStartup(p, raw.startup);
  const manual = startup === 'manual';
  const brokers = manual
    ? readManualBrokers(p, raw.brokers)
    : readBrokers(p, raw.brokers ?? FIELD_DEFAULTS.brokers);
  const networkLatencyMs = readNumber(
    p,
    raw.networkLatencyMs ?? FIELD_DEFAULTS.networkLatencyMs,
    'networkLatencyMs',
    { integer: false, ...SIMULATOR_LIMITS.networkLatencyMs, bound: 'simulator' },
  );
  const brokerConfigs = readConfigs(p, raw.brokerConfigs, 'brokerConfigs', BROKER_CONFIG_RULES) as
    BrokerConfigs | undefined;
  if (brokerConfigs) checkBrokerConfigs(p, brokerConfigs);

  const topics = readTopics(p, raw.topics, brokers, brokerConfigs ?? {});
  const producers = readList(
    p,
    raw.producers,
    'producers',
    SIMULATOR_LIMITS.producers,
    readProducer,
  );
  const consumerGroups = readList(
    p,
    raw.consumerGroups,
    'consumerGroups',
    SIMULATOR_LIMITS.consumerGroups,
    readGroup,
  );
  checkUnique(p, producers, 'producers', 'id', 'producerIdDuplicate');
  checkUnique(p, consumerGroups, 'consumerGroups', 'groupId', 'groupIdDuplicate');

  if (
    manual &&
    [raw.topics, raw.producers, raw.consumerGroups].some((x) => Array.isArray(x) && x.length > 0)
  ) {
    p.error('startupNotEmpty', 'startup');
  }
  const actions = readActions(p, raw.actions, 'actions', {
    ...(manual ? { startup: 'manual' as const } : {}),
    // Brokers come and go by terminal commands: topic sizes are checked when created.
    brokers: manual ? undefined : brokers,
    brokerConfigs: brokerConfigs ?? {},
    topics: (topics ?? []).map((t) => t.name),
    producerIds: (producers ?? []).map((x) => x.id),
    producerTopics: Object.fromEntries((producers ?? []).map((x) => [x.id, x.topic])),
    groupIds: (consumerGroups ?? []).map((g) => g.groupId),
  });

  // Clients live from time 0; a topic created later by an action is one they wait for.
  const known = new Set((topics ?? []).map((t) => t.name));
  for (const a of actions ?? []) if (a.type === 'topic.create') known.add(a.topic.name);
  producers?.forEach((x, i) => {
    if (!known.has(x.topic)) {
      p.error('topicUnknown', `producers[${i}].topic`, { topic: x.topic });
    }
  });
  consumerGroups?.forEach((g, i) => {
    g.topics.forEach((t, j) => {
      if (!known.has(t)) p.error('topicUnknown', `consumerGroups[${i}].topics[${j}]`, { topic: t });
    });
  });

  if (
    seed === undefined ||
    brokers === undefined ||
    networkLatencyMs === undefined ||
    !brokerConfigs ||
    !topics ||
    !producers ||
    !consumerGroups ||
    !actions
  ) {
    return undefined;
  }
  const scenario: Scenario = {
    version: SCENARIO_VERSION,
    seed,
    brokers,
    brokerConfigs,
    networkLatencyMs,
    topics,
    producers,
    consumerGroups,
    actions,
  };
  if (manual) scenario.startup = 'manual';
  return scenario;
}

function readStartup(p: Problems, value: unknown): 'manual' | undefined {
  if (value === undefined) return undefined;
  if (value !== 'manual') {
    p.error('startupInvalid', 'startup', { value: show(value) });
    return undefined;
  }
  return 'manual';
}

/** An empty machine has no brokers at time 0. */
function readManualBrokers(p: Problems, value: unknown): number | undefined {
  if (value !== undefined && value !== 0) {
    p.error('startupNotEmpty', 'brokers');
    return undefined;
  }
  return 0;
}

function readBrokers(p: Problems, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.error('expectedNumber', 'brokers', { value: show(value) });
    return undefined;
  }
  if (!Number.isInteger(value)) {
    p.error('expectedInteger', 'brokers', { value: show(value) });
    return undefined;
  }
  const { min, max } = SIMULATOR_LIMITS.brokers;
  if (value < min || value > max) {
    p.error('brokersOutOfRange', 'brokers', { value, min, max });
    return undefined;
  }
  return value;
}

/** Cross-field rules KafkaConfig.validateValues enforces at broker start. */
function checkBrokerConfigs(p: Problems, c: BrokerConfigs) {
  const wait = c['replica.fetch.wait.max.ms'] ?? KAFKA_DEFAULTS['replica.fetch.wait.max.ms'];
  const lag = c['replica.lag.time.max.ms'] ?? KAFKA_DEFAULTS['replica.lag.time.max.ms'];
  if (wait > lag) {
    p.error('replicaFetchWaitTooLarge', childPath('brokerConfigs', 'replica.fetch.wait.max.ms'), {
      wait,
      lag,
      kafka:
        'replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR',
    });
  }
}

function readTopics(
  p: Problems,
  value: unknown,
  brokers: number | undefined,
  brokerConfigs: BrokerConfigs,
): TopicSpec[] | undefined {
  if (value === undefined) return [];
  const list = readArray(p, value, 'topics', SIMULATOR_LIMITS.topics);
  if (!list) return undefined;
  const out: TopicSpec[] = [];
  let ok = true;
  list.forEach((item, i) => {
    const path = `topics[${i}]`;
    const topic = readTopic(p, item, path, brokers, brokerConfigs);
    if (!topic) ok = false;
    else if (
      !checkNewTopicName(
        p,
        topic.name,
        childPath(path, 'name'),
        out.map((t) => t.name),
      )
    ) {
      ok = false;
    } else out.push(topic);
  });
  return ok ? out : undefined;
}
