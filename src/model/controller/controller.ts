// The active controller's event handlers (KafkaController.scala): failover, broker and topic changes, AlterIsr.
import { stepController, brokerFromEntity } from '../broker/entities';
import { zkRequest } from '../broker/lifecycle';
import type { Body, CtrlWrite } from '../engine/messages';
import { emit } from '../engine/timeline';
import type { Broker, PartitionInfo, World } from '../engine/types';
import { registerEffects } from '../machines/step';
import { addWatch, children } from '../zookeeper/tree';
import {
  BROKER_IDS,
  BROKER_TOPICS,
  CONTROLLER,
  DELETE_TOPICS,
  brokerIdPath,
  controllerJson,
} from '../zookeeper/znodes';
import { queuedForDeletion } from './deletionQueue';
import {
  electNewAndOffline,
  offlineReplicas,
  preferredElections,
  setPartitionState,
  setReplicaState,
} from './elections';
import { loadTopic } from './load';
import {
  onNewPartitionCreation,
  processPartitionModifications,
  watchPartitionModifications,
} from './partitionModifications';
import {
  failReplicaDeletion,
  processTopicDeletion,
  resumeDeletions,
  watchTopicDeletions,
} from './topicDeletion';
import { sendLeaderAndIsr, sendUpdateMetadata, writePartitions } from './writes';

/**
 * Teaching simplification: the controller's ZooKeeper reads (getChildren, getData) and watch
 * re-registration happen instantly; its writes travel as ZkRequest messages.
 */
function readLive(w: World): Record<number, number> {
  const live: Record<number, number> = {};
  for (const id of children(w, BROKER_IDS))
    live[Number(id)] = w.zk.znodes[brokerIdPath(Number(id))]?.czxid ?? 0;
  return live;
}

function onControllerFailover(w: World, b: Broker): void {
  const c = b.controller;
  if (!c) return;
  c.live = readLive(w);
  addWatch(w, 'child', BROKER_IDS, b.node, b.sessionId ?? 0);
  addWatch(w, 'child', BROKER_TOPICS, b.node, b.sessionId ?? 0);
  watchTopicDeletions(w, b);
  for (const t of children(w, BROKER_TOPICS)) {
    loadTopic(w, b, t);
    watchPartitionModifications(w, b, t);
  }
  w.lastControllerId = b.id;
  emit(w, 'controller.elected', { epoch: c.epoch }, { broker: b.id });
  sendUpdateMetadata(w, b, Object.values(c.partitions));
  // ReplicaStateMachine.startup: live replicas → OnlineReplica, which sends each live broker a
  // LeaderAndIsr with the current leadership of its partitions (a topic being deleted gets
  // StopReplica instead, see topicDeletion.ts).
  for (const id of Object.keys(c.live).map(Number)) {
    const mine = Object.entries(c.partitions)
      .filter(
        ([tp, p]) =>
          p.replicas.includes(id) &&
          c.partitionStates[tp] !== 'NewPartition' &&
          !queuedForDeletion(w, p.topic),
      )
      .map(([, p]) => p);
    sendLeaderAndIsr(w, b, id, mine);
  }
  // Then ReplicaStateMachine.startup moves dead replicas to OfflineReplica (out of ISRs), then
  // PartitionStateMachine.startup elects leaders for New and Offline partitions.
  const dead = new Set<number>();
  for (const p of Object.values(c.partitions))
    for (const id of p.replicas) if (c.live[id] === undefined) dead.add(id);
  const removed = offlineReplicas(
    w,
    b,
    [...dead].sort((x, y) => x - y),
  );
  writePartitions(w, b, [...removed, ...electNewAndOffline(w, b)]);
  // TopicDeletionManager.init, then tryTopicDeletion: deletions in /admin/delete_topics resume.
  resumeDeletions(w, b);
}

function onBrokerFailure(w: World, b: Broker, dead: number[]): CtrlWrite[] {
  const c = b.controller;
  if (!c) return [];
  for (const [tp, p] of Object.entries(c.partitions)) {
    if (dead.includes(p.leader)) setPartitionState(c, tp, 'OfflinePartition');
  }
  failReplicaDeletion(w, b, dead);
  return [...electNewAndOffline(w, b), ...offlineReplicas(w, b, dead)];
}

function onBrokerStartup(w: World, b: Broker, started: number[]): CtrlWrite[] {
  const c = b.controller;
  if (!c) return [];
  sendUpdateMetadata(w, b, Object.values(c.partitions));
  for (const id of started) {
    const mine: PartitionInfo[] = [];
    for (const [tp, p] of Object.entries(c.partitions)) {
      if (!p.replicas.includes(id)) continue;
      setReplicaState(c, tp, id, 'OnlineReplica');
      if (!queuedForDeletion(w, p.topic)) mine.push(p);
    }
    sendLeaderAndIsr(w, b, id, mine);
  }
  return electNewAndOffline(w, b);
}

/** BrokerChangeHandler → processBrokerChange: new, dead and bounced brokers (czxid changed). */
function processBrokerChange(w: World, b: Broker): void {
  const c = b.controller;
  if (!c) return;
  addWatch(w, 'child', BROKER_IDS, b.node, b.sessionId ?? 0);
  const now = readLive(w);
  const dead: number[] = [];
  const started: number[] = [];
  for (const id of Object.keys(c.live).map(Number)) {
    if (now[id] === undefined) dead.push(id);
    else if (now[id] !== c.live[id]) {
      dead.push(id);
      started.push(id);
    }
  }
  for (const id of Object.keys(now).map(Number)) if (c.live[id] === undefined) started.push(id);
  if (dead.length === 0 && started.length === 0) return;
  const writes: CtrlWrite[] = [];
  if (dead.length) {
    for (const id of dead) delete c.live[id];
    writes.push(
      ...onBrokerFailure(
        w,
        b,
        dead.sort((x, y) => x - y),
      ),
    );
  }
  if (started.length) {
    for (const id of started) c.live[id] = now[id] ?? 0;
    writes.push(
      ...onBrokerStartup(
        w,
        b,
        started.sort((x, y) => x - y),
      ),
    );
  }
  if (writes.length) writePartitions(w, b, writes);
  else sendUpdateMetadata(w, b, []);
  // onBrokerStartup → resumeDeletionForTopics: a returning replica lets a waiting deletion go on.
  if (started.length) resumeDeletions(w, b);
}

/**
 * TopicChangeHandler → processTopicChange: new topics are loaded and created
 * (onNewPartitionCreation); topics gone from ZooKeeper leave the controller's context.
 */
function processTopicChange(w: World, b: Broker): void {
  const c = b.controller;
  if (!c) return;
  addWatch(w, 'child', BROKER_TOPICS, b.node, b.sessionId ?? 0);
  const inZk = children(w, BROKER_TOPICS);
  const gone = c.topics.filter((t) => !inZk.includes(t));
  if (gone.length) {
    c.topics = c.topics.filter((t) => inZk.includes(t));
    for (const tp of Object.keys(c.partitions)) {
      const p = c.partitions[tp];
      if (!p || !gone.includes(p.topic)) continue;
      for (const id of p.replicas) delete c.replicaStates[`${tp}@${id}`];
      delete c.partitions[tp];
      delete c.partitionStates[tp];
    }
  }
  const fresh = inZk.filter((t) => !c.topics.includes(t));
  const tps: string[] = [];
  for (const t of fresh) {
    tps.push(...loadTopic(w, b, t));
    watchPartitionModifications(w, b, t);
  }
  onNewPartitionCreation(w, b, tps);
}

/**
 * A watch fired at a broker: /controller for everyone; for the controller /brokers/ids,
 * /brokers/topics, /admin/delete_topics and each /brokers/topics/<t>.
 */
export function brokerWatch(w: World, b: Broker, body: Extract<Body, { t: 'watch' }>): void {
  // A watch set by an earlier session (a previous life of this broker) is not this session's.
  if (body.sessionId !== b.sessionId) return;
  if (body.path === CONTROLLER) {
    addWatch(w, 'data', CONTROLLER, b.node, b.sessionId ?? 0);
    const node = w.zk.znodes[CONTROLLER];
    if (node) b.activeControllerId = (JSON.parse(node.data) as { brokerid: number }).brokerid;
    else if (b.controllerMachine.value !== 'electing' && b.machine.value === 'online') {
      if (b.controllerMachine.value === 'active') stepController(w, b, 'RESIGN');
      stepController(w, b, 'ELECT');
    }
    return;
  }
  if (b.controllerMachine.value !== 'active') return;
  if (body.path === BROKER_IDS) processBrokerChange(w, b);
  else if (body.path === BROKER_TOPICS) processTopicChange(w, b);
  else if (body.path === DELETE_TOPICS) processTopicDeletion(w, b);
  else if (body.path.startsWith(`${BROKER_TOPICS}/`))
    processPartitionModifications(w, b, body.path.slice(BROKER_TOPICS.length + 1));
}

registerEffects({
  sendElect: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    zkRequest(
      w,
      b,
      [{ op: 'electController', data: controllerJson(b.id, w.now) }],
      [`data:${CONTROLLER}`],
      {
        p: 'elect',
      },
    );
  },
  onControllerFailover: (w, entity) => onControllerFailover(w, brokerFromEntity(w, entity)),
  checkRebalance: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    writePartitions(w, b, preferredElections(w, b));
  },
  onControllerResignation: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    b.controller = null;
  },
});
