// Builds the world at time 0 from a scenario: ZooKeeper tree, brokers, topics, clients.
import { createPrng, randomTopicId } from '../algorithms/prng';
import { randomReplicaAssignment } from '../algorithms/replicaAssignment';
import { stepBroker } from '../broker/entities';
import { createGroup } from '../clients/consumer';
import { armProducerTick, createProducer } from '../clients/producer';
import type { Scenario, TopicSpec } from '../scenarioTypes';
import { children, createZnode, ensurePath } from '../zookeeper/tree';
import {
  BROKER_IDS,
  BROKER_TOPICS,
  clusterIdJson,
  CONTROLLER_EPOCH,
  topicAssignmentJson,
  topicConfigJson,
  topicConfigPath,
  topicPath,
} from '../zookeeper/znodes';
import { brokerNum, LOG_DIRS } from './config';
import { emptyChunked } from './chunked';
import { scheduleTask } from './scheduler';
import { newSample } from './throughput';
import type { Broker, World } from './types';
import { MsgTable } from './msgTable';
import { brokerNode } from './network';

export function newBroker(id: number, intervalMs: number): Broker {
  return {
    id,
    node: brokerNode(id),
    machine: { value: 'notStarted', context: { id } },
    controllerMachine: { value: 'notController', context: { intervalMs } },
    incarnation: 0,
    periodicGen: 0,
    isolated: false,
    sessionId: null,
    brokerEpoch: null,
    knownControllerEpoch: 0,
    activeControllerId: -1,
    replicas: {},
    fetchers: {},
    parked: [],
    nextParkId: 1,
    parkTimerAt: -1,
    metadata: {},
    liveBrokers: [],
    controller: null,
    nextReqId: 1,
    // Sandbox brokers: each on its own host; a terminal start sets these from server.properties.
    host: `broker-${id}`,
    port: 9092,
    logDirs: LOG_DIRS,
    startedAt: null,
    stoppedCleanly: false,
  };
}

/**
 * Create a topic the way AdminZkClient.createTopicWithAssignment does: /config/topics/<t> first,
 * then /brokers/topics/<t>; the controller's child watch takes it from there. Returns an error
 * message (Kafka's wording) or null.
 */
export function createTopic(w: World, spec: TopicSpec, brokerIds: number[]): string | null {
  if (w.topics[spec.name]) return `Topic '${spec.name}' already exists.`;
  let assignment: number[][];
  try {
    assignment = randomReplicaAssignment(
      brokerIds,
      spec.partitions,
      spec.replicationFactor,
      w.prng,
    );
  } catch (e) {
    return (e as Error).message;
  }
  const topicId = randomTopicId(w.prng);
  w.topics[spec.name] = {
    name: spec.name,
    topicId,
    partitions: spec.partitions,
    configs: { ...spec.configs },
  };
  w.topicOrder.push(spec.name);
  ensurePath(w, '/config/topics');
  createZnode(w, topicConfigPath(spec.name), topicConfigJson(spec.configs), null);
  createZnode(w, topicPath(spec.name), topicAssignmentJson(assignment, topicId), null);
  for (let p = 0; p < spec.partitions; p++)
    ensurePath(w, `${topicPath(spec.name)}/partitions/${p}`);
  return null;
}

/**
 * KafkaZkClient.createTopLevelPaths, then KafkaServer.getOrGenerateClusterId (/cluster/id) and the
 * controller epoch node: what the first broker to connect finds missing and creates.
 */
export function createKafkaPaths(w: World): void {
  if (w.zk.znodes[BROKER_IDS]) return;
  for (const p of [
    BROKER_IDS,
    BROKER_TOPICS,
    '/brokers/seqid',
    '/config/changes',
    '/admin/delete_topics',
    '/isr_change_notification',
    '/cluster',
  ]) {
    ensurePath(w, p);
  }
  createZnode(w, '/cluster/id', clusterIdJson(randomTopicId(w.prng)), null);
  // /controller_epoch starts at 0, so the first controller gets epoch 1 (KafkaController.InitialControllerEpoch).
  createZnode(w, CONTROLLER_EPOCH, '0', null);
}

export function liveBrokerIds(w: World): number[] {
  return children(w, BROKER_IDS).map(Number);
}

export function createWorld(s: Scenario): World {
  const w: World = {
    now: 0,
    seq: 0,
    heap: [],
    arrivals: [],
    arrivalsHead: 0,
    timers: {},
    gen: 1,
    nextMsgId: 1,
    inFlight: new MsgTable(),
    prng: createPrng(s.seed),
    latency: Math.max(0, s.networkLatencyMs),
    brokerConfigs: { ...s.brokerConfigs },
    zk: { znodes: {}, zxid: 0, nextSessionId: 0, sessions: {}, dataWatches: {}, childWatches: {} },
    zkRunning: s.startup !== 'manual',
    startup: s.startup === 'manual' ? 'manual' : 'auto',
    brokers: [],
    topics: {},
    topicOrder: [],
    logs: {},
    storage: {},
    producers: [],
    groups: [],
    ledger: emptyChunked(),
    acked: {},
    timeline: [],
    timelineSeq: 0,
    nextAction: 0,
    lastControllerId: null,
    throughput: [],
    throughputNow: newSample(0),
  };
  // On an empty machine ZooKeeper starts bare: the first broker creates Kafka's paths.
  if (w.startup === 'auto') createKafkaPaths(w);
  const interval = brokerNum(w, 'leader.imbalance.check.interval.seconds') * 1000;
  const ids: number[] = [];
  for (let id = 1; id <= s.brokers; id++) {
    w.brokers.push(newBroker(id, interval));
    ids.push(id);
  }
  // Teaching simplification: the scenario's topics exist before the brokers start (as if created
  // by an earlier admin session), assigned over every configured broker.
  for (const t of s.topics) createTopic(w, t, ids);
  for (const b of w.brokers) {
    b.startedAt = 0;
    stepBroker(w, b, 'START');
  }
  s.producers.forEach((spec, i) => {
    w.producers.push(createProducer(spec));
    armProducerTick(w, i);
    scheduleTask(w, 0, { t: 'producerMeta', producer: i });
    scheduleTask(w, 1000, { t: 'producerSweep', producer: i });
  });
  s.consumerGroups.forEach((spec, i) => {
    w.groups.push(createGroup(w, spec));
    scheduleTask(w, 0, { t: 'groupTick', group: i });
  });
  return w;
}
