// Which brokers host the replicas of a new topic's partitions: Kafka's rack-unaware AdminUtils algorithm.
import type { Prng } from './prng';
import { nextInt } from './prng';

// Follower j of a partition sits an increasing shift after the first replica, never on it
// (AdminUtils.replicaIndex, K@3.6.2:server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java).
function replicaIndex(first: number, shift: number, j: number, n: number): number {
  return (first + 1 + ((shift + j) % (n - 1))) % n;
}

// Checks and their messages in Kafka's order (AdminUtils.assignReplicasToBrokers).
function validate(brokerCount: number, nPartitions: number, replicationFactor: number): void {
  if (nPartitions <= 0) throw new Error('Number of partitions must be larger than 0.');
  if (replicationFactor <= 0) throw new Error('Replication factor must be larger than 0.');
  if (replicationFactor > brokerCount) {
    throw new Error(
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokerCount}.`,
    );
  }
}

/**
 * `AdminUtils.assignReplicasToBrokers` without racks. Returns, per partition counted from
 * `startPartitionId`, its replica list; the head is the preferred leader. Brokers are sorted by id
 * first, as `AdminZkClient.getBrokerMetadatas` returns them.
 */
export function assignReplicasToBrokers(
  brokerIds: number[],
  nPartitions: number,
  replicationFactor: number,
  startIndex: number,
  nextReplicaShift: number,
  startPartitionId = 0,
): number[][] {
  validate(brokerIds.length, nPartitions, replicationFactor);
  const brokers = [...brokerIds].sort((a, b) => a - b);
  const n = brokers.length;
  const result: number[][] = [];
  let shift = nextReplicaShift;
  let partitionId = Math.max(0, startPartitionId);
  for (let i = 0; i < nPartitions; i++) {
    // After each full round of leaders the follower shift grows, so pairs do not repeat.
    if (partitionId > 0 && partitionId % n === 0) shift += 1;
    const first = (partitionId + startIndex) % n;
    const replicas = [brokers[first] ?? -1];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(brokers[replicaIndex(first, shift, j, n)] ?? -1);
    }
    result.push(replicas);
    partitionId += 1;
  }
  return result;
}

/**
 * Assignment with Kafka's two independent random draws, `startIndex = rand(n)` and
 * `nextReplicaShift = rand(n)` (AdminUtils.assignReplicasToBrokersRackUnaware), taken from the seeded PRNG.
 * Validation runs before drawing so a refused command leaves the PRNG untouched.
 */
export function randomReplicaAssignment(
  brokerIds: number[],
  nPartitions: number,
  replicationFactor: number,
  prng: Prng,
  startPartitionId = 0,
): number[][] {
  validate(brokerIds.length, nPartitions, replicationFactor);
  const n = brokerIds.length;
  const startIndex = nextInt(prng, n);
  const nextReplicaShift = nextInt(prng, n);
  return assignReplicasToBrokers(
    brokerIds,
    nPartitions,
    replicationFactor,
    startIndex,
    nextReplicaShift,
    startPartitionId,
  );
}
