// What the ZooKeeper-mode controller answers to an ElectLeaders request, partition by partition,
// predicted from the snapshot (KafkaController.processReplicaLeaderElection, K@3.6).
import type { ClusterSnapshot, PartitionView } from '../model/snapshotTypes';
import { liveBrokerIds } from './cluster';

export type ElectionType = 'PREFERRED' | 'UNCLEAN';

export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

/** One partition's result: elected, not needed (ELECTION_NOT_NEEDED), or failed with an exception. */
export type ElectionOutcome =
  { kind: 'elected' } | { kind: 'notNeeded' } | { kind: 'failed'; exception: string };

const ERRORS = 'org.apache.kafka.common.errors.';

// PartitionLeaderElectionStrategy.toString, as StateChangeFailedException's message names it
// (ZkPartitionStateMachine.doElectLeaderForPartitions; unclean from the admin client allows it).
const STRATEGY: Record<ElectionType, string> = {
  PREFERRED: 'PreferredReplicaPartitionLeaderElectionStrategy',
  UNCLEAN: 'OfflinePartitionLeaderElectionStrategy(true)',
};

function partitionOf(s: ClusterSnapshot, tp: TopicPartitionRef): PartitionView | undefined {
  return s.topics
    .find((t) => t.name === tp.topic)
    ?.partitions.find((p) => p.partition === tp.partition);
}

/** A new leader the election would pick, or null (PartitionLeaderElectionAlgorithms). */
function newLeader(type: ElectionType, p: PartitionView, live: Set<number>): number | null {
  const alive = p.replicas.filter((r) => live.has(r));
  if (type === 'PREFERRED') {
    const preferred = p.replicas[0];
    return preferred !== undefined && live.has(preferred) && p.isr.includes(preferred)
      ? preferred
      : null;
  }
  // offlinePartitionLeaderElection: the first live ISR member, else (unclean) the first live replica.
  return alive.find((r) => p.isr.includes(r)) ?? alive[0] ?? null;
}

export function predictElection(
  snapshot: ClusterSnapshot,
  type: ElectionType,
  tp: TopicPartitionRef,
): ElectionOutcome {
  const p = partitionOf(snapshot, tp);
  if (!p)
    return {
      kind: 'failed',
      exception: `${ERRORS}UnknownTopicOrPartitionException: The partition does not exist.`,
    };
  const deleting = `/admin/delete_topics/${tp.topic}`;
  if (snapshot.zookeeper.znodes.some((z) => z.path === deleting))
    return {
      kind: 'failed',
      exception: `${ERRORS}InvalidTopicException: The topic is being deleted`,
    };
  const live = new Set(liveBrokerIds(snapshot));
  const electable =
    type === 'PREFERRED' ? p.leader !== p.replicas[0] : p.leader === null || !live.has(p.leader);
  if (!electable) return { kind: 'notNeeded' };
  if (newLeader(type, p, live) !== null) return { kind: 'elected' };
  const exception =
    type === 'PREFERRED'
      ? 'PreferredLeaderNotAvailableException'
      : 'EligibleLeadersNotAvailableException';
  const message = `Failed to elect leader for partition ${tp.topic}-${tp.partition} under strategy ${STRATEGY[type]}`;
  return { kind: 'failed', exception: `${ERRORS}${exception}: ${message}` };
}

/** Every partition the brokers' metadata knows, for --all-topic-partitions. */
export function allPartitions(snapshot: ClusterSnapshot): TopicPartitionRef[] {
  return snapshot.topics.flatMap((t) =>
    t.partitions.map((p) => ({ topic: t.name, partition: p.partition })),
  );
}
