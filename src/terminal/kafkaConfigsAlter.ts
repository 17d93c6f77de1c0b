// `kafka-configs.sh --alter` for topics (incrementalAlterConfigs) and the cluster-wide broker
// default (alterConfigs): the tool's checks, then the broker's (ZkAdminManager, LogConfig.validate,
// DynamicBrokerConfig.validate) with their texts, then one config.set per key.
import { validateTopicName } from '../model/algorithms/topicName';
import type { LearnerAction } from '../model/simulationTypes';
import { BROKER_CONFIG_RULES, TOPIC_CONFIG_RULES } from '../scenario/configRules';
import { brokerLayers } from './kafkaConfigsEntries';
import { ERRORS, type ConfigsRun } from './kafkaConfigsRun';
import { parseAddConfig, parseConfigValue } from './kafkaConfigsValues';
import { KAFKA_TOPIC_CONFIG_NAMES } from './topicConfigs';
import type { CommandResult } from './types';

// The modelled broker settings a running cluster can change: DynamicLogConfig.ReconfigurableConfigs
// (the broker synonyms of topic configs). The others are read-only (DynamicConfig.Broker).
const DYNAMIC_BROKER_CONFIGS = ['min.insync.replicas', 'unclean.leader.election.enable'];

interface Changes {
  add: Map<string, string>;
  remove: string[];
}

/** parseConfigsToBeAdded / parseConfigsToBeDeleted; a result is the failure to print. */
function readChanges(run: ConfigsRun): Changes | CommandResult {
  if (run.has('add-config-file')) {
    return run.plain(
      'This simulator has no files for --add-config-file; give the configs with --add-config k=v,k2=v2. Nothing was changed.',
    );
  }
  const given = run.values('add-config');
  if (given.length > 1)
    return run.illegal(
      'Found multiple arguments for option add-config, but you asked for only one',
    );
  const add = given.length === 0 ? new Map<string, string>() : parseAddConfig(given[0]!);
  if (typeof add === 'string') return run.illegal(add);
  // --delete-config is joptsimple withValuesSeparatedBy(','): every comma splits.
  const remove = run.values('delete-config').flatMap((v) => v.split(',').map((k) => k.trim()));
  return { add, remove };
}

const notModelled = (kind: string, key: string, supported: readonly string[]): string =>
  `This simulator does not model the ${kind} config ${key}; it can change ${supported.join(', ')}. Nothing was changed.`;

function setActions(
  entity: 'topic' | 'broker',
  name: string,
  values: Map<string, number | boolean | string>,
  remove: readonly string[],
): LearnerAction[] {
  return [
    ...[...values].map(([key, value]): LearnerAction => ({
      type: 'config.set',
      entity,
      name,
      key,
      value,
    })),
    ...remove.map((key): LearnerAction => ({ type: 'config.set', entity, name, key, value: null })),
  ];
}

function alterTopic(run: ConfigsRun, name: string, c: Changes): CommandResult {
  const invalidName = validateTopicName(name);
  if (invalidName !== null) return run.uncaught(`${ERRORS}InvalidTopicException: ${invalidName}`);
  const topic = run.ctx.snapshot.topics.find((t) => t.name === name);
  if (!topic) {
    return run.failedCall(
      'UnknownTopicOrPartitionException',
      'This server does not host this topic-partition.',
    );
  }
  // The tool: every key to delete must be a current override (DYNAMIC_TOPIC_CONFIG).
  const missing = c.remove.filter((k) => !(k in topic.configs));
  if (missing.length > 0) return run.illegal(`Invalid config(s): ${missing.join(',')}`);
  const dupes = c.remove.filter((k) => c.add.has(k));
  if (dupes.length > 0)
    return run.failedCall(
      'InvalidRequestException',
      `Error due to duplicate config keys : ${dupes.join(',')}`,
    );
  // LogConfig.validate on the merged overrides: names first, then values.
  const merged = [...Object.keys(topic.configs), ...c.add.keys()].filter(
    (k) => !c.remove.includes(k),
  );
  const unknown = merged.find((k) => !KAFKA_TOPIC_CONFIG_NAMES.includes(k));
  if (unknown !== undefined)
    return run.failedCall('InvalidConfigurationException', `Unknown topic config name: ${unknown}`);
  const supported = Object.keys(TOPIC_CONFIG_RULES);
  const unmodelled = [...c.add.keys()].find((k) => !supported.includes(k));
  if (unmodelled !== undefined) return run.plain(notModelled('topic', unmodelled, supported));
  const values = new Map<string, number | boolean | string>();
  for (const [key, text] of c.add) {
    const parsed = parseConfigValue(key, text, TOPIC_CONFIG_RULES[key]!);
    if ('error' in parsed) {
      return run.failedCall(
        'InvalidRequestException',
        `Invalid config value for resource ConfigResource(type=TOPIC, name='${name}'): ${parsed.error}`,
      );
    }
    values.set(key, parsed.value);
  }
  return {
    output: [`Completed updating config for topic ${name}.`],
    exitCode: 0,
    actions: setActions('topic', name, values, c.remove),
  };
}

function alterBroker(run: ConfigsRun, name: string, c: Changes): CommandResult {
  // DescribeConfigs (for the current dynamic configs) goes to the broker named; a dead one is silent.
  if (name !== '' && !run.brokerLive(name)) return run.timedOut();
  // Per-broker dynamic configs: the simulator has none, so only the cluster default can hold one.
  const current = name === '' ? brokerLayers(run.ctx).dynamicDefault : {};
  const missing = c.remove.filter((k) => !(k in current));
  if (missing.length > 0) return run.illegal(`Invalid config(s): ${missing.join(',')}`);
  const resource = `ConfigResource(type=BROKER, name='${name}')`;
  // DynamicBrokerConfig.validateConfigs: read-only settings cannot change while brokers run.
  const readOnly = [...c.add.keys()].filter(
    (k) => k in BROKER_CONFIG_RULES && !DYNAMIC_BROKER_CONFIGS.includes(k),
  );
  if (readOnly.length > 0) {
    return run.failedCall(
      'InvalidRequestException',
      `Invalid config value for resource ${resource}: Cannot update these configs dynamically: Set(${readOnly.join(', ')})`,
    );
  }
  const unmodelled = [...c.add.keys()].find((k) => !DYNAMIC_BROKER_CONFIGS.includes(k));
  if (unmodelled !== undefined)
    return run.plain(notModelled('broker', unmodelled, DYNAMIC_BROKER_CONFIGS));
  const values = new Map<string, number | boolean | string>();
  for (const [key, text] of c.add) {
    const parsed = parseConfigValue(key, text, BROKER_CONFIG_RULES[key]!);
    if ('error' in parsed) {
      return run.failedCall(
        'InvalidRequestException',
        `Invalid config value for resource ${resource}: ${parsed.error}`,
      );
    }
    values.set(key, parsed.value);
  }
  if (name !== '') {
    return run.plain(
      `This simulator keeps one set of broker settings for the whole cluster, so it cannot change broker ${name} alone; use --entity-default (or --broker-defaults) to change every broker. Nothing was changed.`,
    );
  }
  return {
    output: ['Completed updating default config for brokers in the cluster.'],
    exitCode: 0,
    actions: setActions('broker', '', values, c.remove),
  };
}

export function alterConfigs(run: ConfigsRun): CommandResult {
  const changes = readChanges(run);
  if ('exitCode' in changes) return changes;
  const name = run.entities.names[0]!;
  return run.entities.types[0] === 'topics'
    ? alterTopic(run, name, changes)
    : alterBroker(run, name, changes);
}
