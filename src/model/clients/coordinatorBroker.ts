// Which broker coordinates a consumer group: the leader of its __consumer_offsets partition.
import {
  coordinatorPartition,
  DEFAULT_OFFSETS_TOPIC_PARTITIONS,
} from '../algorithms/groupCoordinator';
import { assignReplicasToBrokers } from '../algorithms/replicaAssignment';
import type { World } from '../engine/types';

// Derived cache (a pure function of the sorted broker ids): the __consumer_offsets layout.
const layouts = new Map<string, number[][]>();

function layoutFor(ids: number[]): number[][] {
  const key = ids.join(',');
  let l = layouts.get(key);
  if (l === undefined) {
    // offsets.topic.replication.factor default 3 (OffsetConfig), capped by the brokers there are.
    const rf = Math.min(3, ids.length);
    l = assignReplicasToBrokers(ids, DEFAULT_OFFSETS_TOPIC_PARTITIONS, rf, 0, 0);
    layouts.set(key, l);
  }
  return l;
}

/** The replicas of `groupId`'s __consumer_offsets partition, preferred leader first. */
export function offsetsReplicas(brokerIds: readonly number[], groupId: string): number[] {
  const ids = brokerIds.slice().sort((a, b) => a - b);
  if (ids.length === 0) return [];
  return layoutFor(ids)[coordinatorPartition(groupId)] ?? [];
}

/**
 * The broker coordinating `groupId` (GroupMetadataManager.partitionFor; KAFKA.md 6.1), or null.
 * Teaching simplification: the model has no __consumer_offsets topic, so its assignment is taken as
 * AdminUtils would lay it out (startIndex 0, shift 0) over every broker, and its leader is the first
 * replica whose broker is online and reachable: the replicated partition's leadership moves at once,
 * without an election.
 */
export function coordinatorOf(w: World, groupId: string): number | null {
  const bs = w.brokers;
  const ids: number[] = [];
  for (let i = 0; i < bs.length; i++) ids.push((bs[i] as World['brokers'][number]).id);
  for (const id of offsetsReplicas(ids, groupId)) {
    const b = bs.find((x) => x.id === id);
    if (b && b.machine.value === 'online' && !b.isolated) return id;
  }
  return null;
}
