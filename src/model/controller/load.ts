// The controller's view of a topic, read from ZooKeeper (KafkaController.initializeControllerContext).
import type { Broker, ControllerCtx, PartitionInfo, World } from '../engine/types';
import { tpKey } from '../replication/log';
import {
  parseAssignment,
  parsePartitionState,
  partitionStatePath,
  topicPath,
} from '../zookeeper/znodes';

/** One partition: its assignment, its state znode if any, and the states that follow from them. */
export function loadPartition(
  w: World,
  c: ControllerCtx,
  topic: string,
  partition: number,
  replicas: number[],
): string {
  const tp = tpKey(topic, partition);
  const state = w.zk.znodes[partitionStatePath(topic, partition)];
  const info: PartitionInfo = {
    topic,
    partition,
    replicas,
    leader: -1,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
  };
  if (state) {
    const s = parsePartitionState(state.data);
    Object.assign(info, {
      leader: s.leader,
      leaderEpoch: s.leaderEpoch,
      isr: s.isr,
      zkVersion: state.version,
    });
    c.partitionStates[tp] =
      s.leader >= 0 && c.live[s.leader] !== undefined ? 'OnlinePartition' : 'OfflinePartition';
  } else c.partitionStates[tp] = 'NewPartition';
  c.partitions[tp] = info;
  for (const id of replicas) {
    c.replicaStates[`${tp}@${id}`] = c.live[id] !== undefined ? 'OnlineReplica' : 'OfflineReplica';
  }
  return tp;
}

/** Every partition of a topic; the topic joins the controller's list. Returns the tp keys. */
export function loadTopic(w: World, b: Broker, topic: string): string[] {
  const c = b.controller;
  const node = w.zk.znodes[topicPath(topic)];
  if (!c || !node) return [];
  const { partitions } = parseAssignment(node.data);
  const tps: string[] = [];
  partitions.forEach((replicas, partition) => {
    tps.push(loadPartition(w, c, topic, partition, replicas));
  });
  c.topics.push(topic);
  return tps;
}
