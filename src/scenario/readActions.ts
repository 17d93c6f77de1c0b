// Reads the learner's timed actions: shape first (time, type, fields), then a stable sort by time,
// then the checks that depend on time order (a topic.create counts only from its own time on).
import { hasCollision } from '../model/algorithms/topicName';
import { BROKER_CONFIG_RULES, TOPIC_CONFIG_RULES, readConfigValue } from './configRules';
import { SIMULATOR_LIMITS } from './defaults';
import type { Problems } from './problems';
import { childPath, readObject, readString, show, isObject, type JsonObject } from './problems';
import { CLIENT_ACTION_TYPES, readClientBody } from './readClientActions';
import { readTopic } from './readTopic';
import { readBrokerId, readProcessBody } from './readProcessActions';
import type { BrokerConfigs, ScenarioAction, ScenarioActionType } from './types';

const FIELDS: Record<ScenarioActionType, readonly string[]> = {
  'broker.crash': ['broker'],
  'broker.restart': ['broker'],
  'broker.isolate': ['broker'],
  'broker.reconnect': ['broker'],
  produce: ['topic', 'key', 'value', 'producer'],
  'topic.create': ['topic'],
  'config.set': ['entity', 'name', 'key', 'value'],
  'producer.update': ['producer', 'recordsPerSec', 'acks', 'lingerMs', 'batchSize'],
  'producer.create': ['producer'],
  'producer.close': ['producer'],
  'group.create': ['group'],
  'group.scale': ['groupId', 'members'],
  'group.resetOffsets': ['groupId', 'to'],
  'group.commit': ['groupId'],
  'consumer.crash': ['groupId', 'clientId'],
  'consumer.stall': ['groupId', 'clientId'],
  'consumer.resume': ['groupId', 'clientId'],
  'zookeeper.start': [],
  'zookeeper.stop': [],
  'broker.start': ['broker', 'port', 'logDirs', 'configs'],
  'broker.stop': ['broker'],
  'topic.addPartitions': ['topic', 'partitions'],
  'topic.delete': ['topic'],
  'partition.elect': ['electionType', 'partitions'],
  'terminal.line': ['session', 'line'],
  'terminal.interrupt': ['session'],
  'terminal.exit': ['session'],
  'terminal.file': ['path', 'content'],
};

export const ACTION_TYPES = Object.keys(FIELDS) as ScenarioActionType[];

export interface ActionContext {
  brokers: number | undefined;
  /** Scenario.startup: on an empty machine broker ids come from server.properties (any id). */
  startup?: 'manual';
  brokerConfigs: BrokerConfigs;
  /** Topics of `topics`, present from time 0. */
  topics: readonly string[];
  producerIds: readonly string[];
  /** The topic each producer of `producers` writes to. */
  producerTopics?: Readonly<Record<string, string>>;
  /** Group ids of `consumerGroups`, present from time 0. */
  groupIds?: readonly string[];
}

interface Read {
  action: ScenarioAction;
  path: string;
}

/** Returns the sorted actions, or undefined if any is wrong. */
export function readActions(
  p: Problems,
  value: unknown,
  path: string,
  ctx: ActionContext,
): ScenarioAction[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    p.error('expectedArray', path, { value: show(value) });
    return undefined;
  }
  if (value.length > SIMULATOR_LIMITS.actions) {
    p.error('tooMany', path, { count: value.length, max: SIMULATOR_LIMITS.actions });
    return undefined;
  }
  let ok = true;
  const read: Read[] = [];
  // Producers made by producer.create may be named by other actions (checked in time order below).
  const created = value.flatMap((item) =>
    isObject(item) && item.type === 'producer.create' && isObject(item.producer)
      ? [item.producer.id]
      : [],
  );
  const shapeCtx: ActionContext = {
    ...ctx,
    producerIds: [
      ...ctx.producerIds,
      ...created.filter((id): id is string => typeof id === 'string'),
    ],
  };
  value.forEach((item, i) => {
    const itemPath = childPath(path, i);
    const action = readShape(p, item, itemPath, shapeCtx);
    if (action) read.push({ action, path: itemPath });
    else ok = false;
  });
  if (!ok) return undefined;

  if (read.some((r, i) => i > 0 && r.action.at < read[i - 1]!.action.at)) {
    read.sort((a, b) => a.action.at - b.action.at); // Array.prototype.sort is stable (ES2019)
    p.warn('actionsSorted', path);
  }

  const existing = [...ctx.topics];
  const producers = [...ctx.producerIds];
  const producerTopics: Record<string, string> = { ...ctx.producerTopics };
  const groups = [...(ctx.groupIds ?? [])];
  for (const { action, path: actionPath } of read) {
    if (!checkClients(p, action, actionPath, existing, producers, groups, producerTopics))
      ok = false;
    if (action.type === 'producer.create')
      producerTopics[action.producer.id] = action.producer.topic;
    if (action.type === 'topic.delete') {
      const i = existing.indexOf(action.topic);
      if (i >= 0) existing.splice(i, 1);
    }
    if (action.type === 'topic.create') {
      const name = action.topic.name;
      const namePath = childPath(childPath(actionPath, 'topic'), 'name');
      if (!checkNewTopicName(p, name, namePath, existing)) ok = false;
      existing.push(name);
    } else if (action.type === 'produce' && !existing.includes(action.topic)) {
      p.error('actionTopicUnknown', childPath(actionPath, 'topic'), {
        topic: action.topic,
        at: action.at,
      });
      ok = false;
    } else if (
      action.type === 'config.set' &&
      action.entity === 'topic' &&
      !existing.includes(action.name)
    ) {
      p.error('actionTopicUnknown', childPath(actionPath, 'name'), {
        topic: action.name,
        at: action.at,
      });
      ok = false;
    }
  }
  return ok ? read.map((r) => r.action) : undefined;
}

/**
 * The client actions in time order: producers and groups exist from their create action on, a
 * new one needs a free id and existing topics, and the group actions name an existing group.
 */
function checkClients(
  p: Problems,
  action: ScenarioAction,
  path: string,
  topics: readonly string[],
  producers: string[],
  groups: string[],
  producerTopics: Readonly<Record<string, string>>,
): boolean {
  const at = action.at;
  switch (action.type) {
    case 'produce': {
      // A record goes through a producer that writes to its topic: the one named, or the first.
      const id = action.producer;
      if (id !== undefined && !producers.includes(id)) {
        p.error('actionProducerUnknown', childPath(path, 'producer'), { producer: id });
        return false;
      }
      const writer = id ?? producers.find((x) => producerTopics[x] === action.topic);
      if (writer === undefined) {
        p.error('actionNoProducer', path, { topic: action.topic });
        return false;
      }
      const topic = producerTopics[writer];
      if (topic !== undefined && topic !== action.topic) {
        p.error('actionProducerOtherTopic', childPath(path, 'topic'), {
          producer: writer,
          topic: action.topic,
          writes: topic,
        });
        return false;
      }
      return true;
    }
    case 'producer.close':
    case 'producer.update': {
      const id = action.producer;
      if (!producers.includes(id)) {
        p.error('actionProducerUnknown', childPath(path, 'producer'), { producer: id });
        return false;
      }
      return true;
    }
    case 'producer.create': {
      const spec = action.producer;
      const specPath = childPath(path, 'producer');
      let ok = true;
      if (producers.includes(spec.id)) {
        p.error('actionProducerDuplicate', childPath(specPath, 'id'), { id: spec.id, at });
        ok = false;
      }
      if (!topics.includes(spec.topic)) {
        p.error('actionTopicUnknown', childPath(specPath, 'topic'), { topic: spec.topic, at });
        ok = false;
      }
      producers.push(spec.id);
      return ok;
    }
    case 'group.create': {
      const spec = action.group;
      const specPath = childPath(path, 'group');
      let ok = true;
      if (groups.includes(spec.groupId)) {
        p.error('actionGroupDuplicate', childPath(specPath, 'groupId'), { id: spec.groupId, at });
        ok = false;
      }
      spec.topics.forEach((topic, j) => {
        if (!topics.includes(topic)) {
          p.error('actionTopicUnknown', childPath(childPath(specPath, 'topics'), j), { topic, at });
          ok = false;
        }
      });
      groups.push(spec.groupId);
      return ok;
    }
    case 'group.scale':
    case 'group.resetOffsets':
    case 'group.commit':
    case 'consumer.crash':
    case 'consumer.stall':
    case 'consumer.resume':
      if (!groups.includes(action.groupId)) {
        p.error('actionGroupUnknown', childPath(path, 'groupId'), { group: action.groupId, at });
        return false;
      }
      return true;
    default:
      return true;
  }
}

/** Kafka refuses a topic that exists, or whose name collides with one once '.' reads as '_'. */
export function checkNewTopicName(
  p: Problems,
  name: string,
  path: string,
  existing: readonly string[],
): boolean {
  if (existing.includes(name)) {
    // AdminZkClient.validateTopicCreate: TopicExistsException.
    p.error('topicNameDuplicate', path, { topic: name, kafka: `Topic '${name}' already exists.` });
    return false;
  }
  const colliding = existing.filter((other) => hasCollision(name, other));
  if (colliding.length > 0) {
    // AdminZkClient.validateTopicCreate: InvalidTopicException.
    p.error('topicNameCollision', path, {
      topic: name,
      other: colliding[0]!,
      kafka: `Topic '${name}' collides with existing topics: ${colliding.join(', ')}`,
    });
    return false;
  }
  return true;
}

function readShape(
  p: Problems,
  value: unknown,
  path: string,
  ctx: ActionContext,
): ScenarioAction | undefined {
  if (!isObject(value)) {
    p.error('expectedObject', path, { value: show(value) });
    return undefined;
  }
  const typePath = childPath(path, 'type');
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) {
    p.error('actionTypeUnknown', typePath, { value: show(type), known: ACTION_TYPES.join(', ') });
    return undefined;
  }
  const t = type as ScenarioActionType;
  readObject(p, value, path, ['at', 'type', ...FIELDS[t]]);
  const atPath = childPath(path, 'at');
  const at = value.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) {
    p.error('actionTimeInvalid', atPath, { value: show(at) });
    return undefined;
  }
  const time = at === 0 ? 0 : at;
  return readBody(p, value, path, t, time, ctx);
}

function readBody(
  p: Problems,
  v: JsonObject,
  path: string,
  type: ScenarioActionType,
  at: number,
  ctx: ActionContext,
): ScenarioAction | undefined {
  const field = (name: string) => childPath(path, name);
  switch (type) {
    case 'broker.crash':
    case 'broker.restart':
    case 'broker.isolate':
    case 'broker.reconnect': {
      const broker = readBrokerId(p, v.broker, field('broker'), ctx);
      return broker === undefined ? undefined : { at, type, broker };
    }
    default:
      return CLIENT_ACTION_TYPES.includes(type)
        ? readClientBody(p, v, path, type, at, ctx)
        : readProcessBody(p, v, path, type, at, ctx);
    case 'produce': {
      const topic = readString(p, v.topic, field('topic'));
      const key = v.key === undefined || v.key === null ? null : readString(p, v.key, field('key'));
      const recordValue = v.value === undefined ? '' : readString(p, v.value, field('value'));
      let producer: string | undefined;
      if (v.producer !== undefined) {
        producer = readString(p, v.producer, field('producer'));
        if (producer !== undefined && !ctx.producerIds.includes(producer)) {
          p.error('actionProducerUnknown', field('producer'), { producer });
          return undefined;
        }
      }
      if (topic === undefined || key === undefined || recordValue === undefined) return undefined;
      if (v.producer !== undefined && producer === undefined) return undefined;
      const action: ScenarioAction = { at, type, topic, key, value: recordValue };
      if (producer !== undefined) action.producer = producer;
      return action;
    }
    case 'topic.create': {
      const topic = readTopic(p, v.topic, field('topic'), ctx.brokers, ctx.brokerConfigs);
      return topic && { at, type, topic };
    }
    case 'config.set':
      return readConfigSet(p, v, path, at);
  }
}

function readConfigSet(
  p: Problems,
  v: JsonObject,
  path: string,
  at: number,
): ScenarioAction | undefined {
  const field = (name: string) => childPath(path, name);
  const entity = v.entity;
  if (entity !== 'broker' && entity !== 'topic') {
    p.error('valueNotAllowed', field('entity'), { value: show(entity), allowed: 'broker, topic' });
    return undefined;
  }
  const name =
    v.name === undefined && entity === 'broker' ? '' : readString(p, v.name, field('name'));
  if (name === undefined) return undefined;
  if (entity === 'broker' && name !== '') {
    p.error('configNameInvalid', field('name'), { value: show(name) });
    return undefined;
  }
  const key = readString(p, v.key, field('key'));
  if (key === undefined) return undefined;
  const rules = entity === 'broker' ? BROKER_CONFIG_RULES : TOPIC_CONFIG_RULES;
  const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
  if (!rule) {
    p.error('configKeyUnknown', field('key'), { key, known: Object.keys(rules).join(', ') });
    return undefined;
  }
  if (v.value === null) return { at, type: 'config.set', entity, name, key, value: null };
  const value = readConfigValue(p, rule, v.value, field('value'));
  if (value === undefined) return undefined;
  return { at, type: 'config.set', entity, name, key, value };
}
