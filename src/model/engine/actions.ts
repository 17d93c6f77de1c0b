// Learner actions applied to the world at their virtual time.
import { isRunning, stepBroker } from '../broker/entities';
import { createGroup, scaleGroup } from '../clients/consumer';
import {
  commitGroup,
  crashConsumer,
  resetGroupOffsets,
  resumeConsumer,
  stallConsumer,
} from '../clients/consumerActions';
import { followCoordinator } from '../clients/coordinator/liveness';
import { armProducerTick, createProducer, produceRecord, trySend } from '../clients/producer';
import { startBroker, startZooKeeper, stopBroker, stopZooKeeper } from '../broker/process';
import { electLeaders } from '../controller/electLeaders';
import { retryOfflineElections } from '../controller/requests';
import { addPartitions, deleteTopic } from '../controller/topicAdmin';
import type { ConsumerGroupSpec, ProducerSpec, ScenarioAction } from '../scenarioTypes';
import { setZnode } from '../zookeeper/tree';
import { topicConfigJson, topicConfigPath } from '../zookeeper/znodes';
import { brokerById, dropMessages } from './network';
import { scheduleTask } from './scheduler';
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

/** A producer started by an action, like the scenario's own (engine/world.ts createWorld). */
export function startProducer(w: World, spec: ProducerSpec): boolean {
  if (w.producers.some((p) => p.id === spec.id) || !w.topics[spec.topic]) return false;
  const i = w.producers.length;
  w.producers.push(createProducer(spec));
  armProducerTick(w, i);
  scheduleTask(w, w.now, { t: 'producerMeta', producer: i });
  scheduleTask(w, w.now + 1000, { t: 'producerSweep', producer: i });
  return true;
}

/** A consumer group started by an action, like the scenario's own. */
export function startGroup(w: World, spec: ConsumerGroupSpec): boolean {
  if (w.groups.some((g) => g.groupId === spec.groupId)) return false;
  const i = w.groups.length;
  w.groups.push(createGroup(w, spec));
  scheduleTask(w, w.now, { t: 'groupTick', group: i });
  return true;
}

export function applyAction(w: World, a: ScenarioAction): void {
  const b = 'broker' in a ? brokerById(w, a.broker) : undefined;
  switch (a.type) {
    case 'broker.crash':
      if (b && isRunning(b) && stepBroker(w, b, 'CRASH')) {
        emit(w, 'broker.crashed', {}, { broker: b.id });
        // The group coordinators it held move to the next replica of their partition at once.
        for (const g of w.groups) followCoordinator(w, g);
      }
      return;
    case 'broker.restart':
      if (b && b.machine.value === 'crashed' && stepBroker(w, b, 'RESTART')) {
        b.stoppedCleanly = false;
        b.startedAt = w.now;
        emit(w, 'broker.restarted', {}, { broker: b.id });
      }
      return;
    case 'broker.isolate':
      if (!b || b.isolated) return;
      b.isolated = true;
      dropMessages(w, (from, to) => from === b.node || to === b.node);
      emit(w, 'broker.isolated', {}, { broker: b.id });
      for (const g of w.groups) followCoordinator(w, g);
      return;
    case 'broker.reconnect':
      if (!b || !b.isolated) return;
      b.isolated = false;
      emit(w, 'broker.reconnected', {}, { broker: b.id });
      return;
    case 'produce': {
      // Through the producer named, else the first one writing to the record's topic.
      const i = a.producer
        ? w.producers.findIndex((p) => p.id === a.producer)
        : w.producers.findIndex((p) => p.topic === a.topic);
      const p = w.producers[i];
      if (p && !p.closed && p.topic === a.topic) produceRecord(w, i, a.key, a.value);
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
      if (a.batchSize !== undefined) p.batchSize = Math.max(1, a.batchSize); // KafkaProducer (3.3+)
      if (a.lingerMs !== undefined) {
        p.lingerMs = a.lingerMs;
        // KafkaProducer.configureDeliveryTimeout: delivery.timeout.ms ≥ linger.ms + request.timeout.ms.
        p.deliveryTimeoutMs = Math.max(p.deliveryTimeoutMs, a.lingerMs + p.requestTimeoutMs);
      }
      // A batch that waited for the old linger.ms (or filled up to the new batch.size) may go now.
      if ((a.lingerMs !== undefined || a.batchSize !== undefined) && p.queue.length) trySend(w, i);
      if (a.recordsPerSec !== undefined) {
        p.recordsPerSec = a.recordsPerSec;
        armProducerTick(w, i);
      }
      return;
    }
    case 'producer.close': {
      const i = w.producers.findIndex((p) => p.id === a.producer);
      const p = w.producers[i];
      if (!p || p.closed) return;
      p.closed = true;
      p.recordsPerSec = 0;
      armProducerTick(w, i);
      // KafkaProducer.close(): the accumulator is closed and every batch is ready (RecordAccumulator.ready).
      if (p.queue.length) trySend(w, i);
      return;
    }
    case 'producer.create':
      if (startProducer(w, a.producer))
        emit(w, 'producer.created', { producerId: a.producer.id, topic: a.producer.topic });
      return;
    case 'group.create':
      if (startGroup(w, a.group)) {
        emit(w, 'group.created', {
          groupId: a.group.groupId,
          topics: a.group.topics.join(', '),
          members: a.group.members,
        });
      }
      return;
    case 'group.scale': {
      const i = w.groups.findIndex((g) => g.groupId === a.groupId);
      if (i >= 0) scaleGroup(w, i, a.members);
      return;
    }
    case 'group.resetOffsets': {
      const i = w.groups.findIndex((g) => g.groupId === a.groupId);
      if (i >= 0) resetGroupOffsets(w, i, a.to);
      return;
    }
    case 'group.commit':
      commitGroup(w, a.groupId);
      return;
    case 'consumer.crash':
      crashConsumer(w, a.groupId, a.clientId);
      return;
    case 'consumer.stall':
      stallConsumer(w, a.groupId, a.clientId);
      return;
    case 'consumer.resume':
      resumeConsumer(w, a.groupId, a.clientId);
      return;
    case 'zookeeper.start':
      startZooKeeper(w);
      return;
    case 'zookeeper.stop':
      stopZooKeeper(w);
      return;
    case 'broker.start':
      startBroker(w, a);
      return;
    case 'broker.stop':
      stopBroker(w, a.broker);
      return;
    case 'topic.addPartitions':
      addPartitions(w, a.topic, a.partitions);
      return;
    case 'topic.delete':
      deleteTopic(w, a.topic);
      return;
    case 'partition.elect':
      electLeaders(w, a.electionType, a.partitions);
      return;
    // The terminal's own record (what was typed, files saved): nothing happens in the cluster.
    case 'terminal.line':
    case 'terminal.interrupt':
    case 'terminal.exit':
    case 'terminal.file':
      return;
  }
}
