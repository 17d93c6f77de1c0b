// Serving Fetch at the leader: followers read up to the LEO, consumers up to the HW; long polls park.
import type { Body, FetchPartResp } from '../engine/messages';
import { send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { Broker, Msg, ParkedFetch, World } from '../engine/types';
import { maybeExpandIsr, maybeIncrementHw, updateFollowerFetchState } from './leader';
import { endOffsetForEpoch, readRecords } from './log';

type FetchBody = Extract<Body, { t: 'fetch' }>;

/** Teaching simplification: a fetch response carries at most this many records per partition. */
const MAX_RECORDS = 500;

function serve(w: World, b: Broker, body: FetchBody, first: boolean): FetchPartResp[] {
  const out: FetchPartResp[] = [];
  const consumer = body.replicaId < 0;
  for (const part of body.parts) {
    const r = b.replicas[part.tp];
    const base: FetchPartResp = {
      tp: part.tp,
      error: null,
      records: [],
      hw: r ? r.hw : 0,
      leo: r ? r.leo : 0,
      diverging: null,
      resetTo: -1,
    };
    if (!r || r.role !== 'leader') {
      out.push({ ...base, error: 'NOT_LEADER_OR_FOLLOWER' });
      continue;
    }
    let offset = part.offset;
    if (consumer) {
      if (offset < 0) {
        // auto.offset.reset: earliest = log start, latest = HW for read_uncommitted (ListOffsets).
        offset = body.reset === 'earliest' ? r.logStart : r.hw;
        base.resetTo = offset;
      } else if (offset > r.leo || offset < r.logStart) {
        out.push({ ...base, error: 'OFFSET_OUT_OF_RANGE' });
        continue;
      }
      base.records = offset < r.hw ? readRecords(w, r, offset, r.hw, MAX_RECORDS) : [];
      out.push(base);
      continue;
    }
    // KIP-320 truncate-on-fetch: report a diverging epoch when the follower's last epoch ends earlier here.
    if (part.lastFetchedEpoch >= 0) {
      const end = endOffsetForEpoch(r, part.lastFetchedEpoch);
      if (end.epoch < part.lastFetchedEpoch || end.endOffset < offset) {
        out.push({ ...base, diverging: end });
        continue;
      }
    }
    if (first) {
      updateFollowerFetchState(w, r, body.replicaId, offset);
      maybeExpandIsr(w, b, r, body.replicaId);
      maybeIncrementHw(w, b, r);
      base.hw = r.hw;
    }
    base.records = offset < r.leo ? readRecords(w, r, offset, r.leo, MAX_RECORDS) : [];
    out.push(base);
  }
  return out;
}

function hasNews(parts: FetchPartResp[]): boolean {
  for (const p of parts) {
    if (p.error !== null || p.diverging !== null || p.records.length > 0 || p.resetTo >= 0)
      return true;
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

/** A Fetch arrives: answer now if there is anything to return, else park it (DelayedFetch). */
export function handleFetch(w: World, b: Broker, m: Msg, body: FetchBody): void {
  const parts = serve(w, b, body, true);
  if (hasNews(parts) || body.maxWaitMs <= 0) {
    respond(w, b, m.from, body, parts);
    return;
  }
  const id = b.nextParkId++;
  const deadline = w.now + body.maxWaitMs;
  b.parked.push({
    id,
    from: m.from,
    reqId: body.reqId,
    consumer: body.replicaId < 0,
    deadline,
    tps: body.parts.map((p) => p.tp),
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
  const parts = serve(w, b, p.body, false);
  if (!force && !hasNews(parts)) return false;
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
  b.parked.length = kept;
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
