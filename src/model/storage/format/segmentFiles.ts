// The files of one segment of a replica's log, byte-exact as Kafka 3.6 writes them (KAFKA.md 2):
// `.log` (its RecordBatch v2 batches, encode.ts), `.index` and `.timeindex` (encodeIndex.ts). The
// records come from the replica's log (World.logs); the segment's range, size and index entries from
// its storage (World.storage, storage/segments.ts).
import type { Chunked } from '../../engine/chunked';
import { get } from '../../engine/chunked';
import { PRODUCER_DEFAULTS } from '../../engine/config';
import type { Rec } from '../../engine/types';
import type { Acks, Scenario } from '../../scenarioTypes';
import type { LogStorage, Segment } from '../types';
import {
  type EncodableBatch,
  type EncodableRecord,
  encodeRecordBatchInto,
  encodedBatchSize,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
} from './encode';
import { encodeOffsetIndex, encodeTimeIndex } from './encodeIndex';
import type { SegmentFileKind } from './types';

/** The producer fields of a batch's header. */
export interface BatchProducer {
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
}

/** The producer fields for the batch that `first` (its first record) starts. */
export type ProducerOf = (first: Rec) => BatchProducer;

/** A non-idempotent producer's batch (RecordBatch.NO_PRODUCER_ID, NO_PRODUCER_EPOCH, NO_SEQUENCE). */
export const NO_PRODUCER: Readonly<BatchProducer> = Object.freeze({
  producerId: NO_PRODUCER_ID,
  producerEpoch: NO_PRODUCER_EPOCH,
  baseSequence: NO_SEQUENCE,
});

export interface SegmentFiles {
  log: Uint8Array;
  /** The entries only; an active segment's file on disk is longer (encodeIndex.ts activeIndexFileBytes). */
  index: Uint8Array;
  timeindex: Uint8Array;
}

/**
 * The batches of `segment` in `log`, each with its records: a batch starts at a record with
 * batchBytes > 0 and ends at its batchLastOffset (storage/types.ts).
 */
export function segmentBatches(
  log: Chunked<Rec>,
  segment: Segment,
  producerOf: ProducerOf,
): EncodableBatch[] {
  const out: EncodableBatch[] = [];
  const end = Math.min(segment.nextOffset, log.length);
  let o = segment.baseOffset;
  while (o < end) {
    const first = get(log, o);
    if (first === undefined) break;
    if (first.batchBytes === 0) {
      // Not a batch start: only when the segment does not start at a batch (never in the model).
      o++;
      continue;
    }
    const last = Math.min(first.batchLastOffset, end - 1);
    const records = new Array<EncodableRecord>(last - o + 1);
    for (let i = o; i <= last; i++) records[i - o] = get(log, i) as Rec;
    const p = producerOf(first);
    out.push({
      baseOffset: o,
      partitionLeaderEpoch: first.leaderEpoch,
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      baseSequence: p.baseSequence,
      records,
    });
    o = last + 1;
  }
  return out;
}

/** The `.log` file of `segment`: its batches back to back (FileRecords), `segment.size` bytes. */
export function encodeSegmentLog(
  log: Chunked<Rec>,
  segment: Segment,
  producerOf: ProducerOf,
): Uint8Array {
  const batches = segmentBatches(log, segment, producerOf);
  let size = 0;
  for (const b of batches) size += encodedBatchSize(b);
  const out = new Uint8Array(size);
  let pos = 0;
  for (const b of batches) pos = encodeRecordBatchInto(b, out, pos);
  return out;
}

/** One file of `segment`. */
export function encodeSegmentFile(
  log: Chunked<Rec>,
  segment: Segment,
  kind: SegmentFileKind,
  producerOf: ProducerOf,
): Uint8Array {
  if (kind === 'index') return encodeOffsetIndex(segment);
  if (kind === 'timeindex') return encodeTimeIndex(segment);
  return encodeSegmentLog(log, segment, producerOf);
}

/** The three files of the segment based at `baseOffset`, or null when the storage has none there. */
export function segmentFiles(
  log: Chunked<Rec> | undefined,
  storage: LogStorage | undefined,
  baseOffset: number,
  producerOf: ProducerOf,
): SegmentFiles | null {
  const segment = findSegment(storage, baseOffset);
  if (segment === null) return null;
  return {
    log: log === undefined ? new Uint8Array(0) : encodeSegmentLog(log, segment, producerOf),
    index: encodeOffsetIndex(segment),
    timeindex: encodeTimeIndex(segment),
  };
}

export function findSegment(storage: LogStorage | undefined, baseOffset: number): Segment | null {
  if (storage === undefined) return null;
  for (const s of storage.segments) if (s.baseOffset === baseOffset) return s;
  return null;
}

/**
 * The producer fields as the model's producers would write them. The model names producers by
 * client id (`Rec.producerId`: `producer-1`, or `producer-1~2` after its 2nd sequence reset) and
 * has no InitProducerId, so the numbers are derived deterministically:
 * - idempotent or not: the producer's acks when the batch's first record was created (scenario
 *   producers, `producer.create` and `producer.update` actions): idempotence is on by default in
 *   3.x and turned off by acks ≠ all (ProducerConfig), as clients/producer.ts sends it;
 * - producerId: the producer's index in `producerIds`, the world's producers in creation order
 *   (0, 1, …): ZkProducerIdManager hands out ids from 0 in blocks of 1000, so one coordinator
 *   serving every InitProducerId gives these;
 * - producerEpoch: the `~n` generation (0 without one), which the model uses in place of the
 *   epoch bump of KIP-360 (engine/clientTypes.ts Producer.pidGens);
 * - baseSequence: the first record's sequence number.
 * An unknown producer's batches are written as non-idempotent.
 */
export function scenarioProducerOf(
  scenario: Pick<Scenario, 'producers' | 'actions'>,
  producerIds: readonly string[],
): ProducerOf {
  // Per client id: its acks changes [time, acks, …] in time order, from its creation on.
  const changes = new Map<string, (number | Acks)[]>();
  const created = (id: string, at: number, acks: Acks | undefined): void => {
    if (!changes.has(id)) changes.set(id, [at, acks ?? PRODUCER_DEFAULTS.acks]);
  };
  for (const p of scenario.producers) created(p.id, -Infinity, p.configs.acks);
  for (const a of scenario.actions) {
    if (a.type === 'producer.create') created(a.producer.id, a.at, a.producer.configs.acks);
    else if (a.type === 'producer.update' && a.acks !== undefined)
      changes.get(a.producer)?.push(a.at, a.acks);
  }
  const cache = new Map<string, { index: number; epoch: number; acks: (number | Acks)[] } | null>();
  const lookup = (producerId: string) => {
    let hit = cache.get(producerId);
    if (hit !== undefined) return hit;
    let index = producerIds.indexOf(producerId);
    let id = producerId;
    let epoch = 0;
    const m = /^(.*)~(\d+)$/.exec(producerId);
    if (index < 0 && m !== null) {
      id = m[1] as string;
      index = producerIds.indexOf(id);
      epoch = Number(m[2]);
    }
    hit = index < 0 ? null : { index, epoch, acks: changes.get(id) ?? [] };
    cache.set(producerId, hit);
    return hit;
  };
  return (first: Rec): BatchProducer => {
    const p = lookup(first.producerId);
    if (p === null) return NO_PRODUCER;
    let acks: Acks = PRODUCER_DEFAULTS.acks;
    for (let i = 0; i < p.acks.length && (p.acks[i] as number) <= first.timestamp; i += 2)
      acks = p.acks[i + 1] as Acks;
    if (acks !== 'all') return NO_PRODUCER;
    return { producerId: p.index, producerEpoch: p.epoch, baseSequence: first.seq };
  };
}
