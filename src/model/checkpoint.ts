// Checkpoints: a deep copy of the small state plus shared, copy-on-write logs and ledger.
import { shareChunked } from './engine/chunked';
import type { Chunked } from './engine/chunked';
import { cloneBroker, cloneGroup, cloneProducer, cloneQEvent, deepClone } from './engine/clone';
import { MsgTable } from './engine/msgTable';
import type { World } from './engine/types';
import { cloneStorage } from './storage/segments';
import type { LogStorage } from './storage/types';

function cloneStorageMap(m: Record<string, LogStorage>): Record<string, LogStorage> {
  const out: Record<string, LogStorage> = {};
  for (const k of Object.keys(m)) out[k] = cloneStorage(m[k] as LogStorage);
  return out;
}

function shareAll<T>(m: Record<string, Chunked<T>>): Record<string, Chunked<T>> {
  const out: Record<string, Chunked<T>> = {};
  for (const k of Object.keys(m)) out[k] = shareChunked(m[k] as Chunked<T>);
  return out;
}

/**
 * A copy of `w` that shares every log chunk; `gen` must be a generation no chunk has yet. Written
 * as a literal with createWorld's keys in the same order, like the copies of the hot shapes in
 * engine/clone.ts, so a restored world keeps the hidden classes the code was optimised for.
 */
export function cloneWorld(w: World, gen: number): World {
  return {
    now: w.now,
    seq: w.seq,
    heap: w.heap.map(cloneQEvent),
    arrivals: w.arrivals.slice(w.arrivalsHead).map(cloneQEvent),
    arrivalsHead: 0,
    timers: deepClone(w.timers),
    gen,
    nextMsgId: w.nextMsgId,
    // Messages are never changed after send: the copy shares them.
    inFlight: new MsgTable(w.inFlight),
    prng: deepClone(w.prng),
    latency: w.latency,
    brokerConfigs: deepClone(w.brokerConfigs),
    zk: deepClone(w.zk),
    zkRunning: w.zkRunning,
    startup: w.startup,
    brokers: w.brokers.map(cloneBroker),
    topics: deepClone(w.topics),
    topicOrder: deepClone(w.topicOrder),
    logs: shareAll(w.logs),
    storage: cloneStorageMap(w.storage),
    producers: w.producers.map(cloneProducer),
    groups: w.groups.map(cloneGroup),
    ledger: shareChunked(w.ledger),
    acked: shareAll(w.acked),
    timeline: deepClone(w.timeline),
    timelineSeq: w.timelineSeq,
    nextAction: w.nextAction,
    lastControllerId: w.lastControllerId,
    // Completed samples are frozen and shared; the second in progress is copied.
    throughput: w.throughput.slice(),
    throughputNow: deepClone(w.throughputNow),
  };
}
