// Where a record without a key goes: the KIP-794 built-in sticky partitioner of Kafka 3.3 and later.
import type { Prng } from './prng';
import { nextInt } from './prng';

/** Per-topic sticky state, as `BuiltInPartitioner.StickyPartitionInfo`: the partition and bytes sent to it. */
export interface StickyState {
  topic: string;
  partition: number | null;
  bytesInPartition: number;
}

/**
 * `BuiltInPartitioner.nextPartition`: a random available partition (one with a leader), or a
 * random one of all partitions when none is available. It may pick the partition it is leaving;
 * unlike KIP-480's StickyPartitionCache it does not exclude it.
 * Teaching simplification: Kafka weights the draw towards partitions whose leader has a shorter
 * queue (partitioner.adaptive.partitioning.enable=true); the simulation draws uniformly, which is
 * what Kafka itself does when all queues are equal.
 */
function nextPartition(numPartitions: number, availablePartitions: number[], prng: Prng): number {
  if (availablePartitions.length > 0) {
    return availablePartitions[nextInt(prng, availablePartitions.length)] ?? 0;
  }
  return nextInt(prng, numPartitions);
}

/**
 * Partition for one null-key record of `recordBytes`, updating `state` in place
 * (K@3.6.2:clients/.../producer/internals/BuiltInPartitioner.java, KIP-794):
 * 1. With no current partition, pick one (`peekCurrentPartitionInfo`).
 * 2. The record goes to the current partition, even if that partition has since lost its leader.
 * 3. Count its bytes; at `batch.size` bytes or more, switch to a freshly drawn partition for the
 *    next record (`updatePartitionInfo`).
 * Kafka also requires all queued batches of the partition to be full before switching (or forces
 * it at 2 × batch.size); the simulation sends records one at a time, so that always holds.
 */
export function stickyPartition(
  state: StickyState,
  numPartitions: number,
  availablePartitions: number[],
  recordBytes: number,
  prng: Prng,
  batchSize = 16384,
): number {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0) {
    throw new Error(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  // batch.size < 1 is rejected by Kafka too ("stickyBatchSize must be >= 1").
  if (batchSize < 1) throw new Error(`stickyBatchSize must be >= 1 but got ${batchSize}`);
  // No sticky partition yet (or a stale one beyond the topic's partitions): draw one.
  if (state.partition === null || state.partition >= numPartitions) {
    state.partition = nextPartition(numPartitions, availablePartitions, prng);
    state.bytesInPartition = 0;
  }
  const chosen = state.partition;
  state.bytesInPartition += recordBytes;
  if (state.bytesInPartition >= batchSize) {
    state.partition = nextPartition(numPartitions, availablePartitions, prng);
    state.bytesInPartition = 0;
  }
  return chosen;
}
