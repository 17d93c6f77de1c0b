// New partitions: a new topic (TopicChangeHandler) or more partitions of one (PartitionModificationsHandler).
import type { Broker, World } from '../engine/types';
import { tpKey } from '../replication/log';
import { addWatch } from '../zookeeper/tree';
import { parseAssignment, topicPath } from '../zookeeper/znodes';
import { queuedForDeletion } from './deletionQueue';
import { electNewAndOffline, setReplicaState } from './elections';
import { loadPartition } from './load';
import { writePartitions } from './writes';

/** KafkaController.onNewPartitionCreation: NewPartition/NewReplica, then Online (KAFKA.md 5.2). */
export function onNewPartitionCreation(w: World, b: Broker, tps: string[]): void {
  const c = b.controller;
  if (!c) return;
  for (const tp of tps) {
    const p = c.partitions[tp];
    for (const id of p?.replicas ?? []) {
      c.replicaStates[`${tp}@${id}`] = 'NewReplica';
      setReplicaState(c, tp, id, c.live[id] !== undefined ? 'OnlineReplica' : 'OfflineReplica');
    }
  }
  const fresh = new Set(tps);
  writePartitions(
    w,
    b,
    electNewAndOffline(w, b, (tp) => fresh.has(tp)),
  );
}

/** The data watch on /brokers/topics/<t> (PartitionModificationsHandler), re-armed each time. */
export function watchPartitionModifications(w: World, b: Broker, topic: string): void {
  addWatch(w, 'data', topicPath(topic), b.node, b.sessionId ?? 0);
}

/**
 * KafkaController.processPartitionModifications: partitions in the assignment the controller does
 * not know yet are created. For a topic being deleted Kafka writes the old assignment back
 * instead; the learner's --alter never reaches such a topic (topicAdmin.addPartitions), so this
 * only skips it.
 */
export function processPartitionModifications(w: World, b: Broker, topic: string): void {
  const c = b.controller;
  const node = w.zk.znodes[topicPath(topic)];
  // A deleted topic's znode is gone: nothing to watch any more.
  if (!c || !node) return;
  watchPartitionModifications(w, b, topic);
  // A topic the controller has not loaded yet is the topic-change handler's.
  if (!c.topics.includes(topic) || queuedForDeletion(w, topic)) return;
  const { partitions } = parseAssignment(node.data);
  const added: string[] = [];
  partitions.forEach((replicas, partition) => {
    if (c.partitions[tpKey(topic, partition)] === undefined)
      added.push(loadPartition(w, c, topic, partition, replicas));
  });
  if (added.length) onNewPartitionCreation(w, b, added);
}
