// The actions of the terminal and of the processes it starts: ZooKeeper and brokers on an empty
// machine, topic administration, elections, and the terminal's own record (what was typed).
import { BROKER_CONFIG_RULES, readConfigs } from './configRules';
import { SIMULATOR_LIMITS } from './defaults';
import type { Problems } from './problems';
import { childPath, isObject, readNumber, readString, show, type JsonObject } from './problems';
import type { ActionContext } from './readActions';
import type { BrokerConfigs, ScenarioAction, ScenarioActionType } from './types';

/** broker.id a terminal may start: Kafka's generated ids start at reserved.broker.max.id + 1 = 1001. */
const MAX_BROKER_ID = 9999;
/** Terminal tabs a link may name, and how long a typed line or a saved file may be. */
const MAX_SESSIONS = 8;
const MAX_LINE = 4000;
const MAX_FILE = 65536;

/** The fields of the actions read here (readActions.ts reads the others). */
export function readProcessBody(
  p: Problems,
  v: JsonObject,
  path: string,
  type: ScenarioActionType,
  at: number,
  ctx: ActionContext,
): ScenarioAction | undefined {
  const field = (name: string) => childPath(path, name);
  switch (type) {
    case 'broker.stop': {
      const broker = readBrokerId(p, v.broker, field('broker'), ctx);
      return broker === undefined ? undefined : { at, type, broker };
    }
    case 'broker.start': {
      const broker = readBrokerId(p, v.broker, field('broker'), ctx);
      const port = readNumber(p, v.port, field('port'), {
        integer: true,
        min: 1,
        max: 65535,
        bound: 'kafka',
      });
      const logDirs = readString(p, v.logDirs, field('logDirs'));
      const configs = readConfigs(p, v.configs ?? {}, field('configs'), BROKER_CONFIG_RULES) as
        BrokerConfigs | undefined;
      if (broker === undefined || port === undefined || logDirs === undefined || !configs)
        return undefined;
      return { at, type, broker, port, logDirs, configs };
    }
    case 'zookeeper.start':
    case 'zookeeper.stop':
      return { at, type };
    case 'topic.addPartitions': {
      const topic = readString(p, v.topic, field('topic'));
      const partitions = readNumber(p, v.partitions, field('partitions'), {
        integer: true,
        ...SIMULATOR_LIMITS.partitions,
        bound: 'simulator',
      });
      if (topic === undefined || partitions === undefined) return undefined;
      return { at, type, topic, partitions };
    }
    case 'topic.delete': {
      const topic = readString(p, v.topic, field('topic'));
      return topic === undefined ? undefined : { at, type, topic };
    }
    case 'partition.elect':
      return readElection(p, v, path, at);
    case 'terminal.line': {
      const session = readSession(p, v.session, field('session'));
      const line = readString(p, v.line, field('line'));
      if (session === undefined || line === undefined) return undefined;
      if (line.length > MAX_LINE) {
        p.error('tooLong', field('line'), { length: line.length, max: MAX_LINE });
        return undefined;
      }
      return { at, type, session, line };
    }
    case 'terminal.interrupt':
    case 'terminal.exit': {
      const session = readSession(p, v.session, field('session'));
      return session === undefined ? undefined : { at, type, session };
    }
    case 'terminal.file': {
      const filePath = readString(p, v.path, field('path'));
      const content = readString(p, v.content, field('content'));
      if (filePath === undefined || content === undefined) return undefined;
      if (content.length > MAX_FILE) {
        p.error('tooLong', field('content'), { length: content.length, max: MAX_FILE });
        return undefined;
      }
      return { at, type, path: filePath, content };
    }
    default:
      return undefined;
  }
}

/** A broker id: 1..brokers in the sandbox; any server.properties id on an empty machine. */
export function readBrokerId(
  p: Problems,
  broker: unknown,
  path: string,
  ctx: ActionContext,
): number | undefined {
  const manual = ctx.startup === 'manual';
  const min = manual ? 0 : 1;
  const max = manual ? MAX_BROKER_ID : (ctx.brokers ?? SIMULATOR_LIMITS.brokers.max);
  if (typeof broker !== 'number' || !Number.isInteger(broker) || broker < min || broker > max) {
    p.error('actionBrokerUnknown', path, { broker: show(broker), brokers: max });
    return undefined;
  }
  return broker;
}

function readSession(p: Problems, value: unknown, path: string): number | undefined {
  return readNumber(p, value, path, {
    integer: true,
    min: 0,
    max: MAX_SESSIONS - 1,
    bound: 'simulator',
  });
}

function readElection(
  p: Problems,
  v: JsonObject,
  path: string,
  at: number,
): ScenarioAction | undefined {
  const field = (name: string) => childPath(path, name);
  const electionType = v.electionType;
  if (electionType !== 'preferred' && electionType !== 'unclean') {
    p.error('valueNotAllowed', field('electionType'), {
      value: show(electionType),
      allowed: 'preferred, unclean',
    });
    return undefined;
  }
  if (v.partitions === null || v.partitions === undefined)
    return { at, type: 'partition.elect', electionType, partitions: null };
  if (!Array.isArray(v.partitions)) {
    p.error('expectedArray', field('partitions'), { value: show(v.partitions) });
    return undefined;
  }
  const partitions: { topic: string; partition: number }[] = [];
  for (let i = 0; i < v.partitions.length; i++) {
    const item: unknown = v.partitions[i];
    const itemPath = childPath(field('partitions'), i);
    if (!isObject(item)) {
      p.error('expectedObject', itemPath, { value: show(item) });
      return undefined;
    }
    const topic = readString(p, item.topic, childPath(itemPath, 'topic'));
    const partition = readNumber(p, item.partition, childPath(itemPath, 'partition'), {
      integer: true,
      min: 0,
      max: SIMULATOR_LIMITS.partitions.max - 1,
      bound: 'simulator',
    });
    if (topic === undefined || partition === undefined) return undefined;
    partitions.push({ topic, partition });
  }
  return { at, type: 'partition.elect', electionType, partitions };
}
