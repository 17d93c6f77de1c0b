// Reads producers and consumer groups: ids shown on screen, rates and members within the
// simulator's bounds, configs checked against Kafka's ProducerConfig/ConsumerConfig rules.
import { CONSUMER_CONFIG_RULES, PRODUCER_CONFIG_RULES, readConfigs } from './configRules';
import { CLIENT_DEFAULTS, FIELD_DEFAULTS, SIMULATOR_LIMITS } from './defaults';
import { childPath, readArray, readNumber, readObject, readString, show } from './problems';
import type { Problems } from './problems';
import type { ConsumerConfigs, ConsumerGroupSpec, ProducerConfigs, ProducerSpec } from './types';

/** Client ids and group ids become names on screen: 1–64 of [a-zA-Z0-9._-] (this app's rule). */
const CLIENT_ID = /^[a-zA-Z0-9._-]{1,64}$/;

export function readList<T>(
  p: Problems,
  value: unknown,
  path: string,
  max: number,
  readItem: (p: Problems, item: unknown, path: string, index: number) => T | undefined,
): T[] | undefined {
  if (value === undefined) return [];
  const list = readArray(p, value, path, max);
  if (!list) return undefined;
  const out: T[] = [];
  let ok = true;
  list.forEach((item, i) => {
    const read = readItem(p, item, childPath(path, i), i);
    if (read === undefined) ok = false;
    else out.push(read);
  });
  return ok ? out : undefined;
}

function readClientId(p: Problems, value: unknown, path: string): string | undefined {
  const id = readString(p, value, path);
  if (id === undefined) return undefined;
  if (!CLIENT_ID.test(id)) {
    p.error('clientIdInvalid', path, { value: show(id) });
    return undefined;
  }
  return id;
}

export function readProducer(p: Problems, value: unknown, path: string, index: number) {
  const raw = readObject(p, value, path, ['id', 'topic', 'recordsPerSec', 'keys', 'configs']);
  if (!raw) return undefined;
  const id = readClientId(p, raw.id ?? `producer-${index + 1}`, childPath(path, 'id'));
  const topic = readString(p, raw.topic, childPath(path, 'topic'));
  const recordsPerSec = readNumber(
    p,
    raw.recordsPerSec ?? FIELD_DEFAULTS.recordsPerSec,
    childPath(path, 'recordsPerSec'),
    { integer: false, ...SIMULATOR_LIMITS.recordsPerSec, bound: 'simulator' },
  );
  const keys = readStrings(p, raw.keys, childPath(path, 'keys'), SIMULATOR_LIMITS.keys);
  const configsPath = childPath(path, 'configs');
  const configs = readConfigs(p, raw.configs, configsPath, PRODUCER_CONFIG_RULES) as
    ProducerConfigs | undefined;
  if (configs) {
    // KafkaProducer.configureDeliveryTimeout: delivery.timeout.ms ≥ linger.ms + request.timeout.ms
    // when set; when not set, the producer raises it to that sum (clients/producer.ts).
    const delivery = configs['delivery.timeout.ms'] ?? CLIENT_DEFAULTS['delivery.timeout.ms'];
    const request = configs['request.timeout.ms'] ?? CLIENT_DEFAULTS['request.timeout.ms'];
    const linger = configs['linger.ms'] ?? CLIENT_DEFAULTS['linger.ms'];
    if (configs['delivery.timeout.ms'] !== undefined && delivery < request + linger) {
      p.error('deliveryTimeoutTooSmall', childPath(configsPath, 'delivery.timeout.ms'), {
        delivery,
        request,
        linger,
        kafka:
          'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms',
      });
      return undefined;
    }
  }
  if (id === undefined || topic === undefined || recordsPerSec === undefined || !keys || !configs) {
    return undefined;
  }
  const producer: ProducerSpec = { id, topic, recordsPerSec, keys, configs };
  return producer;
}

export function readGroup(p: Problems, value: unknown, path: string, index: number) {
  const raw = readObject(p, value, path, [
    'groupId',
    'topics',
    'members',
    'configs',
    'recordsPerSecPerMember',
  ]);
  if (!raw) return undefined;
  const groupId = readClientId(p, raw.groupId ?? `group-${index + 1}`, childPath(path, 'groupId'));
  const listed = readStrings(p, raw.topics, childPath(path, 'topics'), SIMULATOR_LIMITS.topics);
  const members = readNumber(p, raw.members ?? FIELD_DEFAULTS.members, childPath(path, 'members'), {
    integer: true,
    ...SIMULATOR_LIMITS.members,
    bound: 'simulator',
  });
  const configs = readConfigs(p, raw.configs, childPath(path, 'configs'), CONSUMER_CONFIG_RULES) as
    ConsumerConfigs | undefined;
  // The application's speed (not a Kafka config): optional.
  const rate =
    raw.recordsPerSecPerMember === undefined
      ? null
      : readNumber(p, raw.recordsPerSecPerMember, childPath(path, 'recordsPerSecPerMember'), {
          integer: false,
          ...SIMULATOR_LIMITS.recordsPerSecPerMember,
          bound: 'simulator',
        });
  if (groupId === undefined || !listed || members === undefined || !configs) return undefined;
  if (rate === undefined) return undefined;
  if (!checkHeartbeat(p, configs, childPath(path, 'configs'))) return undefined;
  // Subscribing twice to a topic is subscribing once (KafkaConsumer.subscribe takes a set).
  const topics = [...new Set(listed)];
  const group: ConsumerGroupSpec = { groupId, topics, members, configs };
  if (rate !== null) group.recordsPerSecPerMember = rate;
  return group;
}

/**
 * heartbeat.interval.ms must be below session.timeout.ms: the consumer refuses to start otherwise
 * (Heartbeat's constructor, K@3.6 clients/.../consumer/internals/Heartbeat.java).
 */
function checkHeartbeat(p: Problems, c: ConsumerConfigs, path: string): boolean {
  const heartbeat = c['heartbeat.interval.ms'] ?? CLIENT_DEFAULTS['heartbeat.interval.ms'];
  const session = c['session.timeout.ms'] ?? CLIENT_DEFAULTS['session.timeout.ms'];
  if (heartbeat < session) return true;
  p.error('heartbeatNotBelowSession', childPath(path, 'heartbeat.interval.ms'), {
    heartbeat,
    session,
    kafka: 'Heartbeat must be set lower than the session timeout',
  });
  return false;
}

function readStrings(p: Problems, value: unknown, path: string, max: number) {
  if (value === undefined) return [];
  const list = readArray(p, value, path, max);
  if (!list) return undefined;
  const out: string[] = [];
  let ok = true;
  list.forEach((item, i) => {
    const s = readString(p, item, childPath(path, i));
    if (s === undefined) ok = false;
    else out.push(s);
  });
  return ok ? out : undefined;
}

export function checkUnique<T>(
  p: Problems,
  list: T[] | undefined,
  path: string,
  key: keyof T & string,
  code: 'producerIdDuplicate' | 'groupIdDuplicate',
) {
  const seen = new Set<unknown>();
  list?.forEach((item, i) => {
    const id = item[key];
    if (seen.has(id)) p.error(code, childPath(childPath(path, i), key), { id: String(id) });
    seen.add(id);
  });
}
