// Topic administration through ZooKeeper (AdminZkClient): adding partitions and deleting topics.
// Teaching simplification, as for topic creation (engine/world.ts createTopic): the admin's
// ZooKeeper writes apply at once; the controller's watches take it from there.
import { assignReplicasToBrokers } from '../algorithms/replicaAssignment';
import { emit } from '../engine/timeline';
import type { World } from '../engine/types';
import { children, createZnode, ensurePath, setZnode } from '../zookeeper/tree';
import {
  BROKER_IDS,
  DELETE_TOPICS,
  deleteTopicPath,
  parseAssignment,
  topicAssignmentJson,
  topicPath,
} from '../zookeeper/znodes';

/**
 * The replicas of the added partitions (AdminZkClient.createNewPartitionsAssignment, K@3.6.2): the
 * rack-unaware assignment over the registered brokers sorted by id, continuing from partition
 * `existing.length`, with start index and replica shift both fixed to the position of partition
 * 0's first replica among those brokers, and partition 0's replication factor. Throws Kafka's
 * message when the replication factor exceeds the brokers.
 */
export function newPartitionsAssignment(
  existing: number[][],
  brokerIds: number[],
  total: number,
): number[][] {
  const brokers = [...brokerIds].sort((a, b) => a - b);
  const first = existing[0] ?? [];
  const startIndex = Math.max(
    0,
    brokers.findIndex((id) => id >= (first[0] ?? 0)),
  );
  return assignReplicasToBrokers(
    brokers,
    total - existing.length,
    first.length,
    startIndex,
    startIndex,
    existing.length,
  );
}

/**
 * kafka-topics.sh --alter --partitions N (ZkAdminManager.createPartitions → AdminZkClient): the new
 * assignment replaces /brokers/topics/<t>'s data, topic id kept; the controller's
 * PartitionModificationsHandler creates the partitions. An unknown topic, one marked for deletion
 * or a count that is no increase changes nothing (the terminal prints Kafka's error).
 */
export function addPartitions(w: World, topic: string, partitions: number): void {
  const meta = w.topics[topic];
  const node = w.zk.znodes[topicPath(topic)];
  if (!meta || meta.markedForDeletion || !node || !w.zkRunning) return;
  const { partitions: existing, topicId } = parseAssignment(node.data);
  if (!Number.isInteger(partitions) || partitions <= existing.length) return;
  let added: number[][];
  try {
    added = newPartitionsAssignment(existing, children(w, BROKER_IDS).map(Number), partitions);
  } catch {
    return;
  }
  const from = existing.length;
  setZnode(w, topicPath(topic), topicAssignmentJson([...existing, ...added], topicId));
  // As at creation (engine/world.ts createTopic), the partition paths exist before their state.
  for (let p = from; p < partitions; p++) ensurePath(w, `${topicPath(topic)}/partitions/${p}`);
  meta.partitions = partitions;
  emit(w, 'topic.partitionsAdded', { topic, partitions, from });
}

/**
 * kafka-topics.sh --delete (AdminZkClient.deleteTopic): /admin/delete_topics/<t> is created and the
 * controller's TopicDeletionManager does the rest (controller/topicDeletion.ts). An unknown topic
 * or one already marked changes nothing (the terminal prints Kafka's error).
 */
export function deleteTopic(w: World, topic: string): void {
  const meta = w.topics[topic];
  if (!meta || meta.markedForDeletion || !w.zk.znodes[topicPath(topic)] || !w.zkRunning) return;
  ensurePath(w, DELETE_TOPICS);
  createZnode(w, deleteTopicPath(topic), '', null);
  meta.markedForDeletion = true;
}
