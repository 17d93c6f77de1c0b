// Which partition a record goes to: murmur2 of its key, or for a null key the KIP-794 sticky
// partitioner, fed by what the record adds to the accumulator (K@3.6.2 RecordAccumulator.append).
import { partitionForKey } from '../algorithms/murmur2';
import { peekStickyPartition, updateStickyPartition } from '../algorithms/stickyPartitioner';
import type { Producer, World } from '../engine/types';
import { allBatchesFull, appendEstimate } from './accumulator';

/** The record's partition, or -1 while the producer has no metadata (KafkaProducer.partition). */
export function choosePartition(
  w: World,
  p: Producer,
  key: string | null,
  value: string,
  createdAt: number,
): number {
  if (p.numPartitions === 0) return -1;
  // DefaultPartitioner / BuiltInPartitioner: murmur2 for keys, KIP-794 sticky for null keys.
  if (key !== null) {
    const cached = p.keyPartitions[key];
    if (cached !== undefined) return cached;
    return (p.keyPartitions[key] = partitionForKey(key, p.numPartitions));
  }
  const available: number[] = [];
  for (let i = 0; i < p.numPartitions; i++) if ((p.leaders[i] ?? -1) >= 0) available.push(i);
  const n = p.numPartitions;
  let chosen = peekStickyPartition(p.sticky, n, available, w.prng, p.batchSize);
  // RecordAccumulator.partitionChanged: a switch held back while the partition had an incomplete
  // batch happens once its batches are full or sent (updatePartitionInfo with 0 bytes).
  if (allBatchesFull(w, p, chosen)) {
    updateStickyPartition(p.sticky, n, available, 0, w.prng, p.batchSize, true);
    chosen = peekStickyPartition(p.sticky, n, available, w.prng, p.batchSize);
  }
  // RecordAccumulator.append: the bytes the record added to its batch, and allBatchesFull after it.
  // The sender drains asynchronously, so even with linger.ms=0 the batch is still queued here.
  const { bytes, fullAfter } = appendEstimate(w, p, chosen, key, value, createdAt);
  updateStickyPartition(p.sticky, n, available, bytes, w.prng, p.batchSize, fullAfter);
  return chosen;
}
