// Serving Fetch at the leader: followers read up to the LEO, consumers up to the HW; long polls park.
import type { Body, FetchPartReq, FetchPartResp } from '../engine/messages';
import { send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { Broker, Msg, ParkedFetch, Rec, Replica, World } from '../engine/types';
import { maybeExpandIsr, maybeIncrementHw, updateFollowerFetchState } from './leader';
import { endOffsetForEpoch, latestEpoch, logOf, readBatches } from './log';

type FetchBody = Extract<Body, { t: 'fetch' }>;

/**
 * Teaching simplification: a fetch response carries whole batches of at most this many records per
 * partition in all (at least one batch), in place of replica.fetch.max.bytes / max.partition.fetch.bytes.
 */
const MAX_RECORDS = 500;

/** The records of a part with none: one shared, frozen empty list (messages are never changed). */
const NO_RECORDS = Object.freeze([]) as unknown as Rec[];

/**
 * ReplicaManager.getPartitionOrError (K@3.6.2): a partition this broker does not host is
 * NOT_LEADER_OR_FOLLOWER while its metadata still lists it, else UNKNOWN_TOPIC_OR_PARTITION
 * (a deleted topic).
 */
export function partitionError(b: Broker, r: Replica | undefined, tp: string): string {
  return r === undefined && b.metadata[tp] === undefined
    ? 'UNKNOWN_TOPIC_OR_PARTITION'
    : 'NOT_LEADER_OR_FOLLOWER';
}

function serve(w: World, b: Broker, body: FetchBody, first: boolean): FetchPartResp[] {
  // Exactly one part per requested part: an array of that size (one pushed to from empty would
  // take a 16-slot backing store per response).
  const parts = body.parts;
  const out = new Array<FetchPartResp>(parts.length);
  const consumer = body.replicaId < 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as FetchPartReq;
    const r = b.replicas[part.tp];
    const base: FetchPartResp = {
      tp: part.tp,
      error: null,
      records: NO_RECORDS,
      hw: r ? r.hw : 0,
      leo: r ? r.leo : 0,
      logStart: r ? r.logStart : 0,
      diverging: null,
      resetTo: -1,
    };
    // Errors are set on `base` in place (same fields, same order as a spread copy): no copy per part.
    if (!r || r.role !== 'leader') {
      base.error = partitionError(b, r, part.tp);
      out[i] = base;
      continue;
    }
    let offset = part.offset;
    if (consumer) {
      if (offset < 0) {
        // auto.offset.reset: earliest = log start, latest = HW for read_uncommitted (ListOffsets).
        offset = body.reset === 'earliest' ? r.logStart : r.hw;
        base.resetTo = offset;
      } else if (offset > r.leo || offset < r.logStart) {
        base.error = 'OFFSET_OUT_OF_RANGE';
        out[i] = base;
        continue;
      }
      if (offset < r.hw) base.records = readBatches(w, r, offset, r.hw, MAX_RECORDS);
      out[i] = base;
      continue;
    }
    // Partition.readRecords (K@3.6.2): below the log start offset, OFFSET_OUT_OF_RANGE whether or
    // not the epochs diverge; the follower then starts over at the log start (follower.ts).
    if (offset < r.logStart) {
      base.error = 'OFFSET_OUT_OF_RANGE';
      out[i] = base;
      continue;
    }
    // KIP-320 truncate-on-fetch: report a diverging epoch when the follower's last epoch ends earlier here.
    if (part.lastFetchedEpoch >= 0 && diverges(r, part.lastFetchedEpoch, offset)) {
      base.diverging = endOffsetForEpoch(r, part.lastFetchedEpoch);
      out[i] = base;
      continue;
    }
    if (first) {
      updateFollowerFetchState(w, r, body.replicaId, offset);
      maybeExpandIsr(w, b, r, body.replicaId);
      maybeIncrementHw(w, b, r);
      base.hw = r.hw;
    }
    if (offset < r.leo) base.records = readBatches(w, r, offset, r.leo, MAX_RECORDS);
    out[i] = base;
  }
  return out;
}

/** KIP-320: the follower's last fetched epoch ends earlier here than its fetch offset (see serve). */
function diverges(r: Replica, lastFetchedEpoch: number, offset: number): boolean {
  // endOffsetForEpoch without its result object: the latest epoch ends at the LEO.
  if (lastFetchedEpoch === latestEpoch(r)) return r.leo < offset;
  const end = endOffsetForEpoch(r, lastFetchedEpoch);
  return end.epoch < lastFetchedEpoch || end.endOffset < offset;
}

/** readBatches(w, r, offset, to, MAX_RECORDS) is not empty: a record at `offset` below `to`. */
function hasRecords(w: World, r: Replica, offset: number, to: number): boolean {
  if (offset >= to) return false;
  return Math.max(0, offset) < Math.min(to, logOf(w, r).length);
}

/**
 * Whether serve(w, b, body, false) would return news (a part with an error, a diverging epoch,
 * records or a reset offset), without building the response: a parked fetch is checked on every
 * append or HW move of its partitions, and most checks find nothing.
 */
function wouldHaveNews(w: World, b: Broker, body: FetchBody): boolean {
  const consumer = body.replicaId < 0;
  for (const part of body.parts) {
    const r = b.replicas[part.tp];
    if (!r || r.role !== 'leader') return true;
    const offset = part.offset;
    if (consumer) {
      // A reset offset (logStart or HW, both ≥ 0) and an out-of-range error are news.
      if (offset < 0 || offset > r.leo || offset < r.logStart) return true;
      if (hasRecords(w, r, offset, r.hw)) return true;
      continue;
    }
    if (offset < r.logStart) return true;
    if (part.lastFetchedEpoch >= 0 && diverges(r, part.lastFetchedEpoch, offset)) return true;
    if (hasRecords(w, r, offset, r.leo)) return true;
  }
  return false;
}

function respond(w: World, b: Broker, to: string, body: FetchBody, parts: FetchPartResp[]): void {
  send(w, 'FetchResponse', b.node, to, {
    t: 'fetchResp',
    reqId: body.reqId,
    replicaId: body.replicaId,
    parts,
  });
}

/**
 * Whether serve(w, b, body, true) would return news, with the same effects (follower fetch state,
 * ISR, HW) in the same order, but no response built: most fetches find nothing and park. Each part's effects touch
 * only its own replica, so serve(w, b, body, false) afterwards builds the response serve(…, true)
 * would have built.
 */
function serveFirstNews(w: World, b: Broker, body: FetchBody): boolean {
  if (body.replicaId < 0) return wouldHaveNews(w, b, body);
  let news = false;
  for (const part of body.parts) {
    const r = b.replicas[part.tp];
    if (!r || r.role !== 'leader') {
      news = true;
      continue;
    }
    const offset = part.offset;
    if (offset < r.logStart) {
      news = true;
      continue;
    }
    if (part.lastFetchedEpoch >= 0 && diverges(r, part.lastFetchedEpoch, offset)) {
      news = true;
      continue;
    }
    updateFollowerFetchState(w, r, body.replicaId, offset);
    maybeExpandIsr(w, b, r, body.replicaId);
    maybeIncrementHw(w, b, r);
    if (hasRecords(w, r, offset, r.leo)) news = true;
  }
  return news;
}

/** A Fetch arrives: answer now if there is anything to return, else park it (DelayedFetch). */
export function handleFetch(w: World, b: Broker, m: Msg, body: FetchBody): void {
  if (body.maxWaitMs <= 0) {
    respond(w, b, m.from, body, serve(w, b, body, true));
    return;
  }
  if (serveFirstNews(w, b, body)) {
    respond(w, b, m.from, body, serve(w, b, body, false));
    return;
  }
  const id = b.nextParkId++;
  const deadline = w.now + body.maxWaitMs;
  const tps = new Array<string>(body.parts.length);
  for (let i = 0; i < body.parts.length; i++) tps[i] = (body.parts[i] as FetchPartReq).tp;
  b.parked.push({
    id,
    from: m.from,
    reqId: body.reqId,
    consumer: body.replicaId < 0,
    deadline,
    tps,
    body,
  });
  // One expiry timer per broker at the earliest deadline, instead of one per parked fetch.
  if (b.parkTimerAt < 0) {
    b.parkTimerAt = deadline;
    scheduleTask(w, deadline, { t: 'fetchExpire', broker: b.id, parkId: b.incarnation });
  }
}

function complete(w: World, b: Broker, p: ParkedFetch, force: boolean): boolean {
  if (p.body.t !== 'fetch') return true;
  if (!force && !wouldHaveNews(w, b, p.body)) return false;
  const parts = serve(w, b, p.body, false);
  respond(w, b, p.from, p.body, parts);
  return true;
}

/** New data (followers) or a higher HW (consumers) on `tp` completes the parked fetches waiting on it. */
export function wakeParked(w: World, b: Broker, tp: string, hwMoved: boolean): void {
  if (b.parked.length === 0) return;
  let kept = 0;
  for (let i = 0; i < b.parked.length; i++) {
    const p = b.parked[i] as ParkedFetch;
    const relevant = p.consumer === hwMoved && p.tps.includes(tp);
    if (!relevant || !complete(w, b, p, false)) b.parked[kept++] = p;
  }
  if (kept !== b.parked.length) b.parked.length = kept;
}

/** The broker's parked-fetch timer fired: answer every fetch whose max wait has passed, re-arm. */
export function expireParked(w: World, b: Broker, incarnation: number): void {
  if (incarnation !== b.incarnation) return;
  b.parkTimerAt = -1;
  let kept = 0;
  let next = Infinity;
  const due: ParkedFetch[] = [];
  for (let i = 0; i < b.parked.length; i++) {
    const p = b.parked[i] as ParkedFetch;
    if (p.deadline <= w.now) due.push(p);
    else {
      b.parked[kept++] = p;
      if (p.deadline < next) next = p.deadline;
    }
  }
  b.parked.length = kept;
  for (const p of due) complete(w, b, p, true);
  if (next < Infinity) {
    b.parkTimerAt = next;
    scheduleTask(w, next, { t: 'fetchExpire', broker: b.id, parkId: b.incarnation });
  }
}
