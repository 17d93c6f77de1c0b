// Producer responses and timeouts: acknowledgements, retriable errors, delivery.timeout.ms.
import type { Body } from '../engine/messages';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import type { OutRecord, Producer, World } from '../engine/types';
import { RETRIED } from './accumulator';
import { connectionRefused } from './bootstrap';
import { ledgerAck, ledgerUpdate } from './ledger';
import { METADATA_MAX_AGE_MS } from './metadataAge';
import { requestMetadata, trySend } from './producer';

/** Retriable errors go back to the queue after retry.backoff.ms until delivery.timeout.ms (KIP-91). */
function failRequest(w: World, index: number, records: OutRecord[], error: string): void {
  const p = w.producers[index] as Producer;
  const first = records[0];
  if (error === 'OUT_OF_ORDER_SEQUENCE_NUMBER' && first && isOldestPending(p, records)) {
    // The broker lost this partition's earlier records (an unclean election) or they expired
    // (delivery.timeout.ms): nothing earlier is pending or in flight, so the partition's sequence
    // starts over under a new producer id (KIP-360).
    p.pidGens[first.partition] = (p.pidGens[first.partition] ?? 0) + 1;
    p.nextSeq[first.partition] = 0;
  }
  p.lastError = error;
  const part = first ? first.partition : -1;
  if (!p.failingPartitions.includes(part)) {
    p.failingPartitions.push(part);
    emit(w, 'produce.failed', { producer: p.id, error }, { partition: `${p.topic}-${part}` });
  }
  // Errors about the partition's replicas or sequence need no new metadata; the rest may.
  if (
    error !== 'NOT_ENOUGH_REPLICAS' &&
    error !== 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' &&
    error !== 'OUT_OF_ORDER_SEQUENCE_NUMBER'
  )
    p.metaWanted = true;
  for (const r of records) {
    if (w.now + p.retryBackoffMs - r.createdAt >= p.deliveryTimeoutMs) {
      ledgerUpdate(w, r.ledger, { fate: 'failed', error });
      p.failed++;
    } else {
      r.notBefore = w.now + p.retryBackoffMs;
      // Sender.reenqueueBatch: the batch goes back to the accumulator and waits retry.backoff.ms.
      r.appendedAt = RETRIED;
      p.queue.push(r);
    }
  }
  if (p.metaWanted) {
    p.metaWanted = false;
    requestMetadata(w, index);
  }
  trySend(w, index);
}

/**
 * No record of the same partition and id generation with a lower sequence is queued, and no request
 * of that partition is in flight (it may still land, and a new id would write it again).
 */
function isOldestPending(p: Producer, records: OutRecord[]): boolean {
  const first = records[0];
  if (!first) return false;
  const older = (r: OutRecord) =>
    r.partition === first.partition && r.pidGen === first.pidGen && r.seq < first.seq;
  const samePartition = (r: OutRecord) => r.partition === first.partition;
  return !p.queue.some(older) && !p.inFlight.some((f) => f.records.some(samePartition));
}

export function producerResponse(w: World, index: number, body: Body): void {
  const p = w.producers[index];
  if (!p) return;
  if (body.t === 'metadataResp') {
    p.metaInFlight = false;
    const mine = body.parts.filter((x) => x.topic === p.topic);
    if (mine.length) {
      if (mine.length !== p.numPartitions) p.keyPartitions = {};
      p.numPartitions = mine.length;
      for (const x of mine) p.leaders[x.partition] = x.leader;
    } else scheduleTask(w, w.now + p.retryBackoffMs, { t: 'producerMeta', producer: index });
    trySend(w, index);
    return;
  }
  if (body.t !== 'produceResp') return;
  let i = 0;
  while (i < p.inFlight.length && p.inFlight[i]?.reqId !== body.reqId) i++;
  if (i === p.inFlight.length) i = -1;
  if (i < 0) return;
  const req = p.inFlight[i];
  // Responses mostly come in send order: the oldest request, taken off the front.
  if (i === 0) p.inFlight.shift();
  else p.inFlight.splice(i, 1);
  if (!req) return;
  if (body.error) {
    failRequest(w, index, req.records, body.error);
    return;
  }
  const part = req.records[0]?.partition ?? -1;
  if (p.failingPartitions.includes(part))
    p.failingPartitions = p.failingPartitions.filter((x) => x !== part);
  for (let k = 0; k < req.records.length; k++) {
    ledgerAck(w, (req.records[k] as OutRecord).ledger, body.offsets[k] ?? body.baseOffset + k);
  }
  p.acknowledged += req.records.length;
  // Records held back by max.in.flight.requests.per.connection can go now.
  if (p.queue.length) trySend(w, index);
}

/** Once a second: requests to a dead broker fail at once, silent ones after request.timeout.ms. */
export function producerSweep(w: World, index: number): void {
  const p = w.producers[index];
  if (!p) return;
  scheduleTask(w, w.now + 1000, { t: 'producerSweep', producer: index });
  // Teaching simplification: the client-side timeout waits an extra round trip so the broker's
  // own REQUEST_TIMED_OUT (DelayedProduce) can arrive first.
  const limit = p.requestTimeoutMs + 2 * w.latency + 1000;
  const expired = p.inFlight.filter(
    (f) => connectionRefused(w, f.broker) || w.now - f.sentAt > limit,
  );
  if (expired.length) {
    p.inFlight = p.inFlight.filter((f) => !expired.includes(f));
    for (const f of expired) {
      failRequest(
        w,
        index,
        f.records,
        connectionRefused(w, f.broker) ? 'NETWORK_EXCEPTION' : 'REQUEST_TIMED_OUT',
      );
    }
  }
  if (p.metaInFlight && w.now - p.metaSentAt > p.requestTimeoutMs) {
    p.metaInFlight = false;
    p.bootstrapCursor++;
  }
  // Metadata older than metadata.max.age.ms is refreshed (it brings partitions added since).
  if (!p.metaInFlight && w.now - p.metaSentAt >= METADATA_MAX_AGE_MS) requestMetadata(w, index);
  if (p.queue.length) trySend(w, index);
}
