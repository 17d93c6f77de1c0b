// Learner actions applied to the world at their virtual time.
import { isRunning, stepBroker } from '../broker/entities';
import { armProducerTick, produceRecord } from '../clients/producer';
import { retryOfflineElections } from '../controller/requests';
import type { ScenarioAction } from '../scenarioTypes';
import { setZnode } from '../zookeeper/tree';
import { topicConfigJson, topicConfigPath } from '../zookeeper/znodes';
import { dropMessages } from './network';
import { emit } from './timeline';
import type { World } from './types';
import { createTopic, liveBrokerIds } from './world';

function coerce(key: string, value: string | number | boolean): string | number | boolean {
  if (key.endsWith('.enable')) return value === true || value === 'true';
  return typeof value === 'number' ? value : Number(value);
}

function configSet(w: World, a: Extract<ScenarioAction, { type: 'config.set' }>): void {
  const value = a.value === null ? null : coerce(a.key, a.value);
  const target = (a.entity === 'broker' ? w.brokerConfigs : w.topics[a.name]?.configs) as
    Record<string, unknown> | undefined;
  if (!target) return;
  if (value === null) delete target[a.key];
  else target[a.key] = value;
  if (a.entity === 'topic') {
    const t = w.topics[a.name];
    if (t) setZnode(w, topicConfigPath(a.name), topicConfigJson(t.configs));
  }
  emit(w, 'config.changed', { entity: a.entity, name: a.name, key: a.key, value: String(a.value) });
  // KafkaController.processTopicUncleanLeaderElectionEnable: offline partitions get another election.
  if (a.key === 'unclean.leader.election.enable' && value === true) retryOfflineElections(w);
}

export function applyAction(w: World, a: ScenarioAction): void {
  const b = 'broker' in a ? w.brokers[a.broker - 1] : undefined;
  switch (a.type) {
    case 'broker.crash':
      if (b && isRunning(b) && stepBroker(w, b, 'CRASH'))
        emit(w, 'broker.crashed', {}, { broker: b.id });
      return;
    case 'broker.restart':
      if (b && b.machine.value === 'crashed' && stepBroker(w, b, 'RESTART')) {
        emit(w, 'broker.restarted', {}, { broker: b.id });
      }
      return;
    case 'broker.isolate':
      if (!b || b.isolated) return;
      b.isolated = true;
      dropMessages(w, (from, to) => from === b.node || to === b.node);
      emit(w, 'broker.isolated', {}, { broker: b.id });
      return;
    case 'broker.reconnect':
      if (!b || !b.isolated) return;
      b.isolated = false;
      emit(w, 'broker.reconnected', {}, { broker: b.id });
      return;
    case 'produce': {
      const i = a.producer ? w.producers.findIndex((p) => p.id === a.producer) : 0;
      if (i >= 0 && w.producers[i]) produceRecord(w, i, a.key, a.value);
      return;
    }
    case 'topic.create': {
      const err = createTopic(w, a.topic, liveBrokerIds(w));
      if (err === null) {
        emit(w, 'topic.created', {
          topic: a.topic.name,
          partitions: a.topic.partitions,
          replicationFactor: a.topic.replicationFactor,
        });
      }
      return;
    }
    case 'config.set':
      configSet(w, a);
      return;
    case 'producer.update': {
      const i = w.producers.findIndex((p) => p.id === a.producer);
      const p = w.producers[i];
      if (!p) return;
      if (a.acks !== undefined) p.acks = a.acks;
      if (a.recordsPerSec !== undefined) {
        p.recordsPerSec = a.recordsPerSec;
        armProducerTick(w, i);
      }
      return;
    }
  }
}
