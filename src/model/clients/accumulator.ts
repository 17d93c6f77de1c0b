// The producer's RecordAccumulator: a partition's queued records cut into batches of batch.size
// bytes, and when each batch may go (full, linger.ms waited, retry backoff over, or closing).
import type { OutRecord, Producer, World } from '../engine/types';
import type { ProducerBatchView } from '../snapshotTypes';
import { RECORD_BATCH_OVERHEAD, recordSizeInBytes } from '../storage/recordBatchSize';
import { ledgerGet } from './ledger';

/** OutRecord.appendedAt of a record sent at least once: a retry waits retry.backoff.ms, not linger.ms. */
export const RETRIED = -1;

/**
 * One ProducerBatch: records[start, end) of a partition's queue in sequence order, its estimated
 * size, when it was created (linger.ms counts from there) and whether it can take no more records.
 */
export interface Batch {
  start: number;
  end: number;
  bytes: number;
  createdAt: number;
  retry: boolean;
  full: boolean;
}

/**
 * A record's bytes in a batch whose first record has `baseTimestamp`, at `offsetDelta`: the exact
 * DefaultRecord size (uncompressed, so MemoryRecordsBuilder.estimatedBytesWritten is exact).
 */
export function recordBytesIn(w: World, r: OutRecord, offsetDelta: number, base: number): number {
  const e = ledgerGet(w, r.ledger);
  return recordSizeInBytes(offsetDelta, Math.floor(r.createdAt) - Math.floor(base), e.key, e.value);
}

/**
 * Cuts a partition's records (sequence order) into batches as RecordAccumulator.append fills them
 * (K@3.6.2 RecordAccumulator.tryAppend / MemoryRecordsBuilder.hasRoomFor): a record joins the last
 * batch while header + records stay within batch.size, a batch always takes its first record (a
 * record bigger than batch.size goes alone), and one that did not fit closes the batch
 * (closeForRecordAppends). Records to be retried are batches of their own, ahead of new ones
 * (RecordAccumulator.reenqueue puts the batch back at the front of the deque).
 */
export function splitBatches(w: World, p: Producer, records: readonly OutRecord[]): Batch[] {
  const out: Batch[] = [];
  let cur: Batch | null = null;
  let base = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as OutRecord;
    const retry = r.appendedAt === RETRIED;
    if (cur && cur.retry === retry) {
      const size = recordBytesIn(w, r, i - cur.start, base);
      if (cur.bytes + size <= p.batchSize) {
        cur.bytes += size;
        cur.end = i + 1;
        // Full when no byte is left (MemoryRecordsBuilder.isFull: writeLimit <= estimatedBytesWritten).
        if (cur.bytes >= p.batchSize) cur.full = true;
        continue;
      }
      cur.full = true;
    } else if (cur) cur.full = true;
    base = r.createdAt;
    cur = {
      start: i,
      end: i + 1,
      bytes: RECORD_BATCH_OVERHEAD + recordBytesIn(w, r, 0, base),
      createdAt: retry ? r.notBefore : r.appendedAt,
      retry,
      full: false,
    };
    cur.full = cur.bytes >= p.batchSize;
    out.push(cur);
  }
  return out;
}

/**
 * When a batch may be drained (RecordAccumulator.ready): a full batch (or one with a batch behind
 * it) at once; a retried one after retry.backoff.ms; otherwise once linger.ms has passed since it
 * was created, or at once when the producer is closing (close() flushes the accumulator).
 */
export function batchReadyAt(p: Producer, b: Batch, records: readonly OutRecord[]): number {
  if (b.retry) return (records[b.start] as OutRecord).notBefore;
  if (b.full || p.closed) return -Infinity;
  return b.createdAt + p.lingerMs;
}

/** A partition's queued new records (not retries), in queue order, or null when there are none. */
function freshOf(p: Producer, partition: number): OutRecord[] | null {
  let mine: OutRecord[] | null = null;
  for (const q of p.queue) {
    if (q.partition === partition && q.appendedAt !== RETRIED) (mine ??= []).push(q);
  }
  return mine;
}

/**
 * RecordAccumulator.allBatchesFull: the partition's last batch can take no more records (or it has
 * none). Only the last batch of a deque may be incomplete.
 */
export function allBatchesFull(w: World, p: Producer, partition: number): boolean {
  const mine = freshOf(p, partition);
  if (!mine) return true;
  const batches = splitBatches(w, p, mine);
  return (batches[batches.length - 1] as Batch).full;
}

/**
 * The bytes a null-key record adds to `partition`'s last batch and whether that batch is full
 * afterwards: BuiltInPartitioner.updatePartitionInfo's `appendedBytes` and
 * RecordAccumulator.allBatchesFull, read right after the append (K@3.6.2 RecordAccumulator.append).
 * A new batch counts its 61-byte header (appendNewBatch returns batch.estimatedSizeInBytes()).
 */
export function appendEstimate(
  w: World,
  p: Producer,
  partition: number,
  key: string | null,
  value: string,
  createdAt: number,
): { bytes: number; fullAfter: boolean } {
  const mine = freshOf(p, partition);
  if (mine) {
    const batches = splitBatches(w, p, mine);
    const last = batches[batches.length - 1] as Batch;
    if (!last.full) {
      const base = Math.floor((mine[last.start] as OutRecord).createdAt);
      const size = recordSizeInBytes(
        last.end - last.start,
        Math.floor(createdAt) - base,
        key,
        value,
      );
      if (last.bytes + size <= p.batchSize) {
        return { bytes: size, fullAfter: last.bytes + size >= p.batchSize };
      }
    }
  }
  const bytes = RECORD_BATCH_OVERHEAD + recordSizeInBytes(0, 0, key, value);
  return { bytes, fullAfter: bytes >= p.batchSize };
}

/** The accumulator as the views read it: each partition's batches, oldest first (snapshot.ts). */
export function accumulatorView(w: World, p: Producer): ProducerBatchView[] {
  if (p.queue.length === 0) return [];
  const byPartition = new Map<number, OutRecord[]>();
  for (const r of p.queue) {
    const list = byPartition.get(r.partition);
    if (list) list.push(r);
    else byPartition.set(r.partition, [r]);
  }
  const out: ProducerBatchView[] = [];
  for (const partition of [...byPartition.keys()].sort((a, b) => a - b)) {
    const records = (byPartition.get(partition) as OutRecord[]).sort((a, b) => a.seq - b.seq);
    for (const b of splitBatches(w, p, records)) {
      const readyAt = batchReadyAt(p, b, records);
      out.push({
        partition,
        records: b.end - b.start,
        bytes: b.bytes,
        full: b.full,
        retry: b.retry,
        createdAt: b.createdAt,
        readyAt: Number.isFinite(readyAt) ? readyAt : w.now,
      });
    }
  }
  return out;
}
