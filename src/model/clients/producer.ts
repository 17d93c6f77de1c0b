// Producers: scheduled and hand-made records, partitioning, batching (accumulator.ts), acks, retries
// with backoff, the ledger.
import { PRODUCER_DEFAULTS } from '../engine/config';
import type { ProduceRecord } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { OutRecord, Producer, World } from '../engine/types';
import type { ProducerSpec } from '../scenarioTypes';
import { batchReadyAt, splitBatches } from './accumulator';
import { pickBroker } from './bootstrap';
import { choosePartition } from './choosePartition';
import { ledgerAck, ledgerAdd, ledgerGet, ledgerUpdate } from './ledger';

export function createProducer(spec: ProducerSpec): Producer {
  const c = spec.configs;
  const requestTimeoutMs = c['request.timeout.ms'] ?? PRODUCER_DEFAULTS['request.timeout.ms'];
  const lingerMs = c['linger.ms'] ?? PRODUCER_DEFAULTS['linger.ms'];
  return {
    id: spec.id,
    requestTimeoutMs,
    // KafkaProducer.configureDeliveryTimeout: when not set, at least linger.ms + request.timeout.ms.
    deliveryTimeoutMs:
      c['delivery.timeout.ms'] ??
      Math.max(PRODUCER_DEFAULTS['delivery.timeout.ms'], lingerMs + requestTimeoutMs),
    retryBackoffMs: c['retry.backoff.ms'] ?? PRODUCER_DEFAULTS['retry.backoff.ms'],
    // KafkaProducer (3.3+): batchSize = Math.max(1, batch.size); 0 means one record per batch.
    batchSize: Math.max(1, c['batch.size'] ?? PRODUCER_DEFAULTS['batch.size']),
    lingerMs,
    lingerArmedAt: -1,
    tickGen: 0,
    metaSentAt: 0,
    topic: spec.topic,
    acks: c.acks ?? PRODUCER_DEFAULTS.acks,
    recordsPerSec: spec.recordsPerSec,
    keys: spec.keys,
    count: 0,
    sticky: { topic: spec.topic, partition: null, bytesInPartition: 0 },
    keyPartitions: {},
    leaders: {},
    numPartitions: 0,
    metaInFlight: false,
    metaWanted: true,
    bootstrapCursor: 0,
    nextSeq: [],
    pidGens: [],
    queue: [],
    inFlight: [],
    nextReqId: 1,
    sent: 0,
    acknowledged: 0,
    failed: 0,
    lastError: null,
    failingPartitions: [],
    retryArmedAt: -1,
    closed: false,
  };
}

/** Start (or restart after producer.update) the evenly spaced send schedule. */
export function armProducerTick(w: World, index: number): void {
  const p = w.producers[index];
  if (!p) return;
  p.tickGen++;
  if (p.recordsPerSec > 0)
    scheduleTask(w, w.now, { t: 'producerTick', producer: index, gen: p.tickGen });
}

function assignSeq(p: Producer, r: OutRecord): void {
  r.seq = p.nextSeq[r.partition] ?? 0;
  r.pidGen = p.pidGens[r.partition] ?? 0;
  p.nextSeq[r.partition] = r.seq + 1;
}

export function produceRecord(w: World, index: number, key: string | null, value: string): void {
  const p = w.producers[index];
  if (!p) return;
  p.count++;
  const partition = choosePartition(w, p, key, value, w.now);
  const ledger = ledgerAdd(w, {
    recordId: `${p.id}#${p.count}`,
    producerId: p.id,
    topic: p.topic,
    key,
    value,
    partition,
    sentAt: w.now,
    fate: 'pending',
    offset: null,
    error: null,
  });
  const r: OutRecord = {
    ledger,
    partition,
    seq: -1,
    pidGen: 0,
    createdAt: w.now,
    notBefore: w.now,
    appendedAt: w.now,
  };
  if (partition >= 0) assignSeq(p, r);
  p.queue.push(r);
  p.sent++;
  trySend(w, index);
}

export function producerTick(w: World, index: number, gen: number): void {
  const p = w.producers[index];
  if (!p || gen !== p.tickGen || p.recordsPerSec <= 0) return;
  const key = p.keys.length ? (p.keys[p.count % p.keys.length] ?? null) : null;
  produceRecord(w, index, key, `order-${p.count + 1}`);
  scheduleTask(w, w.now + 1000 / p.recordsPerSec, { t: 'producerTick', producer: index, gen });
}

export function requestMetadata(w: World, index: number): void {
  const p = w.producers[index];
  if (!p || p.metaInFlight) return;
  // A closed producer with nothing left to send has no use for metadata.
  if (p.closed && p.queue.length === 0 && p.inFlight.length === 0) return;
  // Metadata refreshes are spaced by retry.backoff.ms (Metadata.timeToNextUpdate).
  const due = p.metaSentAt + p.retryBackoffMs;
  if (p.nextReqId > 1 && w.now < due) {
    if (p.retryArmedAt !== -due) {
      p.retryArmedAt = -due;
      scheduleTask(w, due, { t: 'producerMeta', producer: index });
    }
    return;
  }
  const id = pickBroker(w, p.bootstrapCursor);
  if (id < 0) {
    scheduleTask(w, w.now + p.retryBackoffMs, { t: 'producerMeta', producer: index });
    return;
  }
  p.bootstrapCursor = id;
  p.metaInFlight = true;
  p.metaSentAt = w.now;
  send(w, 'Metadata', p.id, brokerNode(id), {
    t: 'metadata',
    reqId: p.nextReqId++,
    topics: [p.topic],
  });
}

/** max.in.flight.requests.per.connection (ProducerConfig default 5; idempotence needs ≤ 5). */
export const MAX_IN_FLIGHT_PER_BROKER = 5;

function inFlightTo(p: Producer, broker: number): number {
  let n = 0;
  for (const f of p.inFlight) if (f.broker === broker) n++;
  return n;
}

export function trySend(w: World, index: number): void {
  const p = w.producers[index];
  if (!p) return;
  // Fast path: one record, ready, with a known leader (the usual case at a steady rate with
  // linger.ms=0, where a lone record's batch is ready at once).
  const only = p.queue.length === 1 ? p.queue[0] : undefined;
  if (
    only &&
    p.lingerMs === 0 &&
    only.partition >= 0 &&
    only.notBefore <= w.now &&
    (p.leaders[only.partition] ?? -1) >= 0 &&
    inFlightTo(p, p.leaders[only.partition] ?? -1) < MAX_IN_FLIGHT_PER_BROKER
  ) {
    // Emptied in place (checkpoints copy the queue): its backing store is reused by the next record.
    p.queue.pop();
    sendBatch(w, index, only.partition, [only]);
    return;
  }
  const byPartition = new Map<number, OutRecord[]>();
  let needMeta = p.numPartitions === 0;
  // After a producer id reset, records of the old id get new sequence numbers, in their old order.
  const stale = (r: OutRecord) => r.partition >= 0 && r.pidGen !== (p.pidGens[r.partition] ?? 0);
  if (p.queue.some(stale)) {
    p.queue.sort((a, b) => a.seq - b.seq);
    for (const r of p.queue) if (stale(r)) assignSeq(p, r);
  }
  for (const r of p.queue) {
    if (r.partition < 0 && p.numPartitions > 0) {
      const e = ledgerGet(w, r.ledger);
      // KafkaProducer.send waits for metadata before it appends: the record's batch starts now.
      r.appendedAt = w.now;
      r.partition = choosePartition(w, p, e.key, e.value, r.createdAt);
      ledgerUpdate(w, r.ledger, { partition: r.partition });
      assignSeq(p, r);
    }
    const list = byPartition.get(r.partition) ?? [];
    list.push(r);
    byPartition.set(r.partition, list);
  }
  const keep: OutRecord[] = [];
  let nextRetry = Infinity;
  let nextLinger = Infinity;
  for (const [partition, records] of byPartition) {
    // The idempotent producer sends a partition's records in sequence order: a retried record
    // holds back the newer ones behind it (RecordAccumulator re-enqueues retries at the front).
    records.sort((a, b) => a.seq - b.seq);
    const leader = partition >= 0 ? (p.leaders[partition] ?? -1) : -1;
    if (leader < 0) {
      needMeta = true;
      const head = records[0] as OutRecord;
      if (head.notBefore > w.now) nextRetry = Math.min(nextRetry, head.notBefore);
      keep.push(...records);
      continue;
    }
    // Sender.sendProducerData drains the partition's ready batches, oldest first, one per request
    // (RecordAccumulator.ready / drain), while the connection has a request slot free.
    let sent = 0;
    for (const b of splitBatches(w, p, records)) {
      const readyAt = batchReadyAt(p, b, records);
      if (readyAt > w.now) {
        if (b.retry) nextRetry = Math.min(nextRetry, readyAt);
        else nextLinger = Math.min(nextLinger, readyAt);
        break;
      }
      if (inFlightTo(p, leader) >= MAX_IN_FLIGHT_PER_BROKER) break;
      // A batch never skips a sequence number: a record still in flight (or waiting) leaves a gap
      // the broker would reject, so only the run of consecutive sequences from the head goes now.
      const head = records[b.start] as OutRecord;
      if (sent > 0 && head.seq !== (records[sent - 1] as OutRecord).seq + 1) break;
      let end = b.start + 1;
      while (end < b.end && (records[end] as OutRecord).seq === head.seq + (end - b.start)) end++;
      const whole = b.start === 0 && end === records.length;
      sendBatch(w, index, partition, whole ? records : records.slice(b.start, end));
      sent = end;
      if (end < b.end) break;
    }
    if (sent === 0) keep.push(...records);
    else for (let i = sent; i < records.length; i++) keep.push(records[i] as OutRecord);
  }
  p.queue = keep;
  if (needMeta) requestMetadata(w, index);
  if (nextRetry < Infinity && p.retryArmedAt !== nextRetry) {
    p.retryArmedAt = nextRetry;
    scheduleTask(w, nextRetry, { t: 'producerRetry', producer: index });
  }
  if (nextLinger < Infinity && (p.lingerArmedAt < 0 || nextLinger < p.lingerArmedAt)) {
    p.lingerArmedAt = nextLinger;
    scheduleTask(w, nextLinger, { t: 'producerLinger', producer: index, at: nextLinger });
  }
}

/** A batch's linger.ms is over: send what is ready (a stale task, superseded by an earlier one, does nothing). */
export function producerLinger(w: World, index: number, at: number): void {
  const p = w.producers[index];
  if (!p || p.lingerArmedAt !== at) return;
  p.lingerArmedAt = -1;
  trySend(w, index);
}

function produceRecords(w: World, records: OutRecord[]): ProduceRecord[] {
  // Exact size: an array pushed to from empty would take a 16-slot backing store per request.
  const out = new Array<ProduceRecord>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as OutRecord;
    const e = ledgerGet(w, r.ledger);
    out[i] = {
      key: e.key,
      value: e.value,
      recordId: e.recordId,
      seq: r.seq,
      // CreateTime is whole milliseconds (KafkaProducer: time.milliseconds()), as RecordBatch v2 stores it.
      timestamp: Math.floor(r.createdAt),
    };
  }
  return out;
}

function sendBatch(w: World, index: number, partition: number, records: OutRecord[]): void {
  const p = w.producers[index] as Producer;
  const broker = p.leaders[partition] ?? -1;
  const acks = p.acks === 'all' ? -1 : Number(p.acks);
  const reqId = p.nextReqId++;
  send(w, 'Produce', p.id, brokerNode(broker), {
    t: 'produce',
    reqId,
    // The broker keys producer state by producer id; a reset id is a new producer to it.
    producer: (p.pidGens[partition] ?? 0) === 0 ? p.id : `${p.id}~${p.pidGens[partition]}`,
    // enable.idempotence defaults to true but is turned off when acks ≠ all (ProducerConfig, 3.x).
    idempotent: p.acks === 'all',
    topic: p.topic,
    partition,
    acks,
    timeoutMs: p.requestTimeoutMs,
    records: produceRecords(w, records),
  });
  if (acks === 0) {
    // acks=0: the send completes at once, with no offset (RecordMetadata offset -1).
    for (const r of records) ledgerAck(w, r.ledger, null);
    p.acknowledged += records.length;
    return;
  }
  p.inFlight.push({ reqId, broker, sentAt: w.now, records });
}
