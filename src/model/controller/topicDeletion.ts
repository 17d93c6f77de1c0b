// The controller's TopicDeletionManager (K@3.6.2:core/src/main/scala/kafka/controller/TopicDeletionManager.scala).
//
// Teaching simplification: the model has no StopReplica message. The controller first writes the
// replicas out of the ISR (the OfflineReplica step, a ZooKeeper round trip, as Kafka does), and
// when ZooKeeper answers, StopReplica(deletePartition=true) takes effect at once on every reachable
// broker. That round trip also orders it after any LeaderAndIsr sent before the deletion began
// (those take one network latency; the round trip two), and no LeaderAndIsr for a topic being
// deleted is sent afterwards (writes.ts).
import { isRunning } from '../broker/entities';
import { zkRequest } from '../broker/lifecycle';
import { emit } from '../engine/timeline';
import type { CtrlWrite, ZkOp } from '../engine/messages';
import { brokerById } from '../engine/network';
import type { Broker, ControllerCtx, World } from '../engine/types';
import { deleteReplica, forgetTopicMetadata } from '../replication/stopReplica';
import { tpKey } from '../replication/log';
import { addWatch } from '../zookeeper/tree';
import { DELETE_TOPICS, deleteTopicPath, topicConfigPath, topicPath } from '../zookeeper/znodes';
import { queuedForDeletion } from './deletionQueue';
import { liveSet, offlineReplicas, setPartitionState } from './elections';
import { replicaState, setReplicaState } from './replicaStates';
import { epochCheck, writePartitions } from './writes';

interface ReplicaRef {
  tp: string;
  id: number;
}

function partitionsOf(c: ControllerCtx, topic: string): string[] {
  return Object.keys(c.partitions)
    .filter((tp) => c.partitions[tp]?.topic === topic)
    .sort();
}

function replicasOf(c: ControllerCtx, topic: string): ReplicaRef[] {
  const out: ReplicaRef[] = [];
  for (const tp of partitionsOf(c, topic))
    for (const id of c.partitions[tp]?.replicas ?? []) out.push({ tp, id });
  return out;
}

function topicsQueued(w: World, c: ControllerCtx): string[] {
  return c.topics.filter((t) => queuedForDeletion(w, t)).sort();
}

/** onTopicDeletion ran for it: its partitions are NonExistentPartition. */
function deletionStarted(c: ControllerCtx, topic: string): boolean {
  const tps = partitionsOf(c, topic);
  return tps.length > 0 && tps.every((tp) => c.partitionStates[tp] === 'NonExistentPartition');
}

/** Can a controller request reach this broker now (its process runs and the network is up)? */
function reachable(w: World, id: number): Broker | undefined {
  const br = brokerById(w, id);
  return br && isRunning(br) && !br.isolated ? br : undefined;
}

/** TopicDeletionHandler → processTopicDeletion: the child watch on /admin/delete_topics. */
export function processTopicDeletion(w: World, b: Broker): void {
  watchTopicDeletions(w, b);
  resumeDeletions(w, b);
}

export function watchTopicDeletions(w: World, b: Broker): void {
  addWatch(w, 'child', DELETE_TOPICS, b.node, b.sessionId ?? 0);
}

/**
 * TopicDeletionManager.resumeDeletions, with the topic's eligibility read from its replicas: a
 * topic waits while one of its replicas is ReplicaDeletionStarted (a StopReplica outstanding) or
 * ReplicaDeletionIneligible on a broker that is down; when all are ReplicaDeletionSuccessful it is
 * deleted; otherwise deletion (re)starts (onTopicDeletion).
 */
export function resumeDeletions(w: World, b: Broker): void {
  const c = b.controller;
  if (!c) return;
  const live = liveSet(c);
  const writes: CtrlWrite[] = [];
  let started = false;
  for (const t of topicsQueued(w, c)) {
    const reps = replicasOf(c, t);
    const state = (r: ReplicaRef) => replicaState(c, r.tp, r.id);
    if (reps.every((r) => state(r) === 'ReplicaDeletionSuccessful')) {
      completeDeleteTopic(w, b, t);
      continue;
    }
    if (reps.some((r) => state(r) === 'ReplicaDeletionStarted')) continue;
    if (reps.some((r) => state(r) === 'ReplicaDeletionIneligible' && !live.has(r.id))) continue;
    const round = onTopicDeletion(w, b, t, reps, live);
    writes.push(...round.writes);
    started ||= round.progressed;
  }
  // The ISR writes go in any case (the controller's cache already has them).
  if (writes.length) writePartitions(w, b, writes);
  // No ISR to change: an epoch check alone, so StopReplica still follows a ZooKeeper round trip.
  else if (started)
    zkRequest(w, b, [epochCheck(c)], [], { p: 'ctrlWrite', writes: [], controllerEpoch: c.epoch });
}

/**
 * onTopicDeletion → startReplicaDeletion: the partitions go Offline then NonExistent; replicas on
 * dead brokers become ReplicaDeletionIneligible; the others (not yet deleted) go OfflineReplica,
 * which takes them out of the ISR, then ReplicaDeletionStarted. Returns the ISR writes, and
 * whether anything is left for the StopReplica step (a replica started, or the topic's first round:
 * the brokers drop its metadata then).
 */
function onTopicDeletion(
  w: World,
  b: Broker,
  topic: string,
  reps: ReplicaRef[],
  live: ReadonlySet<number>,
): { writes: CtrlWrite[]; progressed: boolean } {
  const c = b.controller;
  if (!c) return { writes: [], progressed: false };
  let progressed = false;
  for (const tp of partitionsOf(c, topic)) {
    if (c.partitionStates[tp] === 'NonExistentPartition') continue;
    setPartitionState(c, tp, 'OfflinePartition');
    progressed = setPartitionState(c, tp, 'NonExistentPartition') || progressed;
  }
  const dead: ReplicaRef[] = [];
  const retry: ReplicaRef[] = [];
  for (const r of reps) {
    if (replicaState(c, r.tp, r.id) === 'ReplicaDeletionSuccessful') continue;
    (live.has(r.id) ? retry : dead).push(r);
  }
  for (const r of dead) {
    // A replica still Online or New here (its broker died after the deletion began) goes
    // Offline first, so it can be marked ineligible.
    setReplicaState(c, r.tp, r.id, 'OfflineReplica');
    setReplicaState(c, r.tp, r.id, 'ReplicaDeletionIneligible');
  }
  const writes: CtrlWrite[] = [];
  const ids = [...new Set(retry.map((r) => r.id))].sort((x, y) => x - y);
  for (const id of ids) {
    const mine = new Set(retry.filter((r) => r.id === id).map((r) => r.tp));
    writes.push(...offlineReplicas(w, b, [id], (tp) => mine.has(tp)));
  }
  for (const r of retry)
    progressed = setReplicaState(c, r.tp, r.id, 'ReplicaDeletionStarted') || progressed;
  return { writes, progressed };
}

/**
 * A controller write committed. If it was a deletion step (every write is of a topic being
 * deleted), the StopReplica requests take effect: each ReplicaDeletionStarted replica on a
 * reachable broker is deleted (ReplicaDeletionSuccessful), the brokers forget the topics'
 * metadata, and deletion resumes. A broker that cannot be reached keeps its replica Started
 * until it is declared dead (failReplicaDeletion).
 */
export function onDeletionWritesCommitted(w: World, b: Broker, writes: CtrlWrite[]): void {
  const c = b.controller;
  if (!c || !writes.every((x) => queuedForDeletion(w, x.info.topic))) return;
  const live = liveSet(c);
  for (const t of topicsQueued(w, c)) {
    if (!deletionStarted(c, t)) continue;
    const reps = replicasOf(c, t);
    for (const br of w.brokers) forgetTopicMetadata(br, t);
    for (const r of reps) {
      if (replicaState(c, r.tp, r.id) !== 'ReplicaDeletionStarted' || !live.has(r.id)) continue;
      const br = reachable(w, r.id);
      if (!br) continue;
      deleteReplica(w, br, r.tp);
      setReplicaState(c, r.tp, r.id, 'ReplicaDeletionSuccessful');
    }
  }
  sweepDeletedTopics(w);
  resumeDeletions(w, b);
}

/**
 * Replicas of topics the world no longer has: a LeaderAndIsr that was already on its way when the
 * deletion began may have created one after its StopReplica. Dropped as StopReplica would.
 */
function sweepDeletedTopics(w: World): void {
  for (const br of w.brokers) {
    for (const tp of Object.keys(br.replicas)) {
      const r = br.replicas[tp];
      if (r && w.topics[r.topic] === undefined && isRunning(br)) deleteReplica(w, br, tp);
    }
  }
}

/**
 * onBrokerFailure → failReplicaDeletion: replicas of topics being deleted on the dead brokers become
 * ReplicaDeletionIneligible (their topic waits for them).
 */
export function failReplicaDeletion(w: World, b: Broker, dead: number[]): void {
  const c = b.controller;
  if (!c) return;
  for (const t of topicsQueued(w, c)) {
    // Not begun yet: onTopicDeletion will find these replicas dead.
    if (!deletionStarted(c, t)) continue;
    for (const r of replicasOf(c, t)) {
      if (!dead.includes(r.id)) continue;
      const s = replicaState(c, r.tp, r.id);
      if (s === 'ReplicaDeletionSuccessful' || s === 'ReplicaDeletionIneligible') continue;
      if (s !== 'ReplicaDeletionStarted') setReplicaState(c, r.tp, r.id, 'OfflineReplica');
      setReplicaState(c, r.tp, r.id, 'ReplicaDeletionIneligible');
    }
  }
}

/** Paths under `root` (itself included), children before parents. */
function subtree(w: World, root: string): string[] {
  const prefix = `${root}/`;
  // In descending order a path comes before every prefix of it, so children precede parents.
  return Object.keys(w.zk.znodes)
    .filter((p) => p === root || p.startsWith(prefix))
    .sort()
    .reverse();
}

/**
 * completeDeleteTopic: the replicas go NonExistentReplica, the controller forgets the topic, and
 * KafkaZkClient deletes /brokers/topics/<t> (recursively), /config/topics/<t> and
 * /admin/delete_topics/<t>, each fenced by the controller epoch (here one multi). The world's
 * topic goes with them.
 */
function completeDeleteTopic(w: World, b: Broker, topic: string): void {
  const c = b.controller;
  if (!c) return;
  for (const tp of partitionsOf(c, topic)) {
    for (const id of c.partitions[tp]?.replicas ?? []) delete c.replicaStates[`${tp}@${id}`];
    delete c.partitions[tp];
    delete c.partitionStates[tp];
  }
  c.topics = c.topics.filter((t) => t !== topic);
  const paths = [...subtree(w, topicPath(topic))];
  if (w.zk.znodes[topicConfigPath(topic)]) paths.push(topicConfigPath(topic));
  if (w.zk.znodes[deleteTopicPath(topic)]) paths.push(deleteTopicPath(topic));
  const ops: ZkOp[] = [epochCheck(c), ...paths.map((path): ZkOp => ({ op: 'delete', path }))];
  zkRequest(w, b, ops, [], { p: 'ctrlWrite', writes: [], controllerEpoch: c.epoch });
  forgetTopic(w, topic);
}

/** The topic leaves the world: its listing, the acknowledgements kept for loss checks, idle offsets. */
function forgetTopic(w: World, topic: string): void {
  const meta = w.topics[topic];
  if (!meta) return;
  for (let p = 0; p < meta.partitions; p++) delete w.acked[tpKey(topic, p)];
  delete w.topics[topic];
  w.topicOrder = w.topicOrder.filter((t) => t !== topic);
  // GroupCoordinator.onPartitionsDeleted drops the partitions' committed offsets. A partition still
  // assigned to a member keeps its entry until the group rebalances (clients/consumer.ts).
  for (const g of w.groups) {
    for (const tp of Object.keys(g.offsets)) {
      const o = g.offsets[tp];
      if (o?.topic !== topic) continue;
      if (!g.members.some((m) => m.assignment.includes(tp))) delete g.offsets[tp];
    }
  }
  emit(w, 'topic.deleted', { topic });
}
