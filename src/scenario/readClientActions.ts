// Reads the body of a learner's client action: producers (create, update, close), consumer groups
// (create, scale, reset offsets, commit) and single consumer instances (crash, stall, resume).
import { readAcks } from './configRules';
import { SIMULATOR_LIMITS } from './defaults';
import type { Problems } from './problems';
import { childPath, readNumber, readString, show, type JsonObject } from './problems';
import type { ActionContext } from './readActions';
import { readGroup, readProducer } from './readClients';
import type { ScenarioAction, ScenarioActionType } from './types';

export const CLIENT_ACTION_TYPES: readonly ScenarioActionType[] = [
  'producer.create',
  'producer.update',
  'producer.close',
  'group.create',
  'group.scale',
  'group.resetOffsets',
  'group.commit',
  'consumer.crash',
  'consumer.stall',
  'consumer.resume',
];

/**
 * The action read from `v`, or undefined when it has problems (reported to `p`) or `type` is not a
 * client action (see CLIENT_ACTION_TYPES).
 */
export function readClientBody(
  p: Problems,
  v: JsonObject,
  path: string,
  type: ScenarioActionType,
  at: number,
  ctx: ActionContext,
): ScenarioAction | undefined {
  const field = (name: string) => childPath(path, name);
  switch (type) {
    case 'producer.create': {
      const producer = readProducer(p, v.producer, field('producer'), ctx.producerIds.length);
      return producer && { at, type, producer };
    }
    case 'group.create': {
      const group = readGroup(p, v.group, field('group'), ctx.groupIds?.length ?? 0);
      return group && { at, type, group };
    }
    case 'group.scale': {
      const groupId = readString(p, v.groupId, field('groupId'));
      const members = readNumber(p, v.members, field('members'), {
        integer: true,
        ...SIMULATOR_LIMITS.scaleMembers,
        bound: 'simulator',
      });
      if (groupId === undefined || members === undefined) return undefined;
      return { at, type, groupId, members };
    }
    case 'group.resetOffsets': {
      const groupId = readString(p, v.groupId, field('groupId'));
      const to = v.to;
      if (to !== 'earliest' && to !== 'latest') {
        p.error('valueNotAllowed', field('to'), { value: show(to), allowed: 'earliest, latest' });
        return undefined;
      }
      if (groupId === undefined) return undefined;
      return { at, type, groupId, to };
    }
    case 'group.commit': {
      const groupId = readString(p, v.groupId, field('groupId'));
      return groupId === undefined ? undefined : { at, type, groupId };
    }
    case 'consumer.crash':
    case 'consumer.stall':
    case 'consumer.resume': {
      const groupId = readString(p, v.groupId, field('groupId'));
      const clientId = readString(p, v.clientId, field('clientId'));
      if (groupId === undefined || clientId === undefined) return undefined;
      // Instances are `consumer-<groupId>-<n>` (ConsumerConfig client.id; group.scale numbers them).
      const n = clientId.startsWith(`consumer-${groupId}-`)
        ? clientId.slice(`consumer-${groupId}-`.length)
        : '';
      if (!/^[1-9][0-9]*$/.test(n)) {
        p.error('actionConsumerUnknown', field('clientId'), { clientId, group: groupId });
        return undefined;
      }
      return { at, type, groupId, clientId };
    }
    case 'producer.close': {
      const producer = readString(p, v.producer, field('producer'));
      if (producer === undefined) return undefined;
      if (!ctx.producerIds.includes(producer)) {
        p.error('actionProducerUnknown', field('producer'), { producer });
        return undefined;
      }
      return { at, type, producer };
    }
    case 'producer.update': {
      const producer = readString(p, v.producer, field('producer'));
      if (producer === undefined) return undefined;
      if (!ctx.producerIds.includes(producer)) {
        p.error('actionProducerUnknown', field('producer'), { producer });
        return undefined;
      }
      const action: ScenarioAction = { at, type, producer };
      if (v.recordsPerSec !== undefined) {
        const rate = readNumber(p, v.recordsPerSec, field('recordsPerSec'), {
          integer: false,
          ...SIMULATOR_LIMITS.recordsPerSec,
          bound: 'simulator',
        });
        if (rate === undefined) return undefined;
        action.recordsPerSec = rate;
      }
      if (v.acks !== undefined) {
        const acks = readAcks(p, v.acks, field('acks'));
        if (acks === undefined) return undefined;
        action.acks = acks;
      }
      for (const key of ['lingerMs', 'batchSize'] as const) {
        if (v[key] === undefined) continue;
        const n = readNumber(p, v[key], field(key), {
          integer: true,
          ...SIMULATOR_LIMITS[key],
          bound: 'simulator',
        });
        if (n === undefined) return undefined;
        action[key] = n;
      }
      return action;
    }
    default:
      return undefined;
  }
}
