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
 * (K@3.6.2:clients/.../producer/internals/BuiltInPartitioner.java, KIP-794): peek, then update with
 * `enableSwitch` true (see updateStickyPartition).
 */
export function stickyPartition(
  state: StickyState,
  numPartitions: number,
  availablePartitions: number[],
  recordBytes: number,
  prng: Prng,
  batchSize = 16384,
): number {
  const chosen = peekStickyPartition(state, numPartitions, availablePartitions, prng, batchSize);
  updateStickyPartition(
    state,
    numPartitions,
    availablePartitions,
    recordBytes,
    prng,
    batchSize,
    true,
  );
  return chosen;
}

/**
 * The current sticky partition, drawn first if there is none (`peekCurrentPartitionInfo`). A record
 * goes there even if that partition has since lost its leader.
 */
export function peekStickyPartition(
  state: StickyState,
  numPartitions: number,
  availablePartitions: number[],
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
  return state.partition;
}

/**
 * `updatePartitionInfo`: count the bytes appended to the sticky partition; switch to a freshly drawn
 * partition at batch.size bytes if `enableSwitch` (the accumulator's batches for it are all full,
 * RecordAccumulator.allBatchesFull), and at 2 × batch.size bytes in any case.
 */
export function updateStickyPartition(
  state: StickyState,
  numPartitions: number,
  availablePartitions: number[],
  appendedBytes: number,
  prng: Prng,
  batchSize: number,
  enableSwitch: boolean,
): void {
  state.bytesInPartition += appendedBytes;
  const produced = state.bytesInPartition;
  if ((produced >= batchSize && enableSwitch) || produced >= batchSize * 2) {
    state.partition = nextPartition(numPartitions, availablePartitions, prng);
    state.bytesInPartition = 0;
  }
}
