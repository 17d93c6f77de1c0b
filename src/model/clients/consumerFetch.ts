// A consumer instance's fetching: one Fetch per leader broker, positions moved by the records it
// takes (up to the HW), and the application's own pace (recordsPerSecPerMember).
import type { Body, FetchPartReq, FetchPartResp } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import { countConsumed } from '../engine/throughput';
import type { Group, Member, Throttle, World } from '../engine/types';
import { brokerIdOf, pickBroker } from './bootstrap';

export function newThrottle(w: World): Throttle {
  return { budget: 0, at: w.now, kickAt: -1, next: 0, buffered: {} };
}

export function requestMetadata(w: World, g: Group, m: Member): void {
  if (m.metaInFlight || w.now - m.metaSentAt < 100) return;
  const id = pickBroker(w, m.nextReqId);
  if (id < 0) return;
  m.metaInFlight = true;
  m.metaSentAt = w.now;
  send(w, 'Metadata', m.clientId, brokerNode(id), {
    t: 'metadata',
    reqId: m.nextReqId++,
    topics: g.topics,
  });
}

// Derived cache, not world data: per member, its assignment grouped by leader as `m.leaders` says,
// leaders in first-seen assignment order. Every write to `m.leaders` or `m.assignment` drops it
// (dropRoutes); a restored world has new member objects, so it is rebuilt for them.
interface LeaderRoutes {
  missing: boolean;
  leaders: number[];
  tpsOf: string[][];
}
const routesOf = new WeakMap<Member, LeaderRoutes>();

export function dropRoutes(m: Member): void {
  routesOf.delete(m);
}

function leaderRoutes(m: Member): LeaderRoutes {
  let c = routesOf.get(m);
  if (c !== undefined) return c;
  c = { missing: false, leaders: [], tpsOf: [] };
  const assignment = m.assignment;
  for (let i = 0; i < assignment.length; i++) {
    const tp = assignment[i] as string;
    const leader = m.leaders[tp] ?? -1;
    if (leader < 0) {
      c.missing = true;
      continue;
    }
    const k = c.leaders.indexOf(leader);
    if (k < 0) {
      c.leaders.push(leader);
      c.tpsOf.push([tp]);
    } else (c.tpsOf[k] as string[]).push(tp);
  }
  routesOf.set(m, c);
  return c;
}

/** Does the application call poll() (fetches, moves positions)? Not when stalled, gone or out. */
export function polling(m: Member): boolean {
  return !m.stalled && m.phase !== 'crashed' && m.phase !== 'left';
}

/**
 * Send one Fetch per leader broker that has none outstanding (Fetcher.sendFetches). Partitions
 * whose committed offset an OffsetFetch is still getting are not fetched yet.
 */
export function kickMember(w: World, g: Group, m: Member, only = -1): void {
  if (!polling(m)) return;
  const c = leaderRoutes(m);
  const t = m.throttle;
  if (c.missing) requestMetadata(w, g, m);
  const init = m.initializing;
  for (let k = 0; k < c.leaders.length; k++) {
    const leader = c.leaders[k] as number;
    if ((only >= 0 && leader !== only) || m.inFlightReq[leader]) continue;
    const tps = c.tpsOf[k] as string[];
    // An array of the exact size (cut past buffered partitions): one pushed to from empty would
    // take a 16-slot backing store per request.
    const parts = new Array<FetchPartReq>(tps.length);
    let n = 0;
    for (let i = 0; i < tps.length; i++) {
      const tp = tps[i] as string;
      if (t !== undefined && isBuffered(g, t, tp)) continue;
      if (init.length > 0 && init.includes(tp)) continue;
      const o = g.offsets[tp];
      parts[n++] = { tp, offset: o && o.resolved ? o.position : -1, lastFetchedEpoch: -1 };
    }
    if (n < parts.length) parts.length = n;
    if (n === 0) continue;
    sendFetchTo(w, g, m, leader, parts);
  }
}

function sendFetchTo(w: World, g: Group, m: Member, leader: number, parts: FetchPartReq[]): void {
  const reqId = m.nextReqId++;
  m.inFlightReq[leader] = reqId;
  m.inFlightAt[leader] = w.now;
  send(w, 'Fetch', m.clientId, brokerNode(leader), {
    t: 'fetch',
    reqId,
    replicaId: -1,
    maxWaitMs: g.fetchMaxWaitMs,
    reset: g.reset,
    parts,
  });
}

export function handleFetchResponse(
  w: World,
  g: Group,
  m: Member,
  from: string,
  body: Extract<Body, { t: 'fetchResp' }>,
): void {
  const leader = brokerIdOf(from);
  if (m.inFlightReq[leader] !== body.reqId) return;
  m.inFlightReq[leader] = 0;
  // A stalled application takes nothing: the records are fetched again once it polls.
  if (!polling(m)) return;
  // Records taken by this response, counted once in the throughput series.
  let taken = 0;
  for (const p of body.parts) {
    const o = g.offsets[p.tp];
    if (!o) continue;
    // Both make the consumer refresh its metadata (Fetcher: requestMetadataUpdate).
    if (p.error === 'NOT_LEADER_OR_FOLLOWER' || p.error === 'UNKNOWN_TOPIC_OR_PARTITION') {
      m.leaders[p.tp] = -1;
      routesOf.delete(m);
      continue;
    }
    if (p.error === 'OFFSET_OUT_OF_RANGE') {
      // Fetcher/FetchCollector (K@3.6.2): "Fetch position … is out of range for partition …,
      // resetting offset": auto.offset.reset applies (the next fetch resolves it, see serveFetch.ts).
      emit(
        w,
        'group.offsetOutOfRange',
        {
          groupId: g.groupId,
          offset: o.position,
          logStart: p.logStart,
          logEnd: p.hw,
          reset: g.reset,
        },
        { partition: p.tp },
      );
      o.resolved = false;
      continue;
    }
    if (p.resetTo >= 0) {
      o.position = p.resetTo;
      o.resolved = true;
    }
    o.highWatermark = p.hw;
    if (m.throttle !== undefined) continue;
    // Consumers only ever see records below the HW (KAFKA.md 3.1).
    // Indexed: `records` may be the shared frozen empty list, and for-of would allocate iterators.
    const records = p.records;
    const before = g.consumed;
    for (let i = 0; i < records.length; i++) {
      const rec = records[i] as (typeof records)[number];
      if (rec.offset === o.position && rec.offset < p.hw) {
        o.position++;
        g.consumed++;
      }
    }
    taken += g.consumed - before;
  }
  countConsumed(w, g.groupId, taken);
  if (m.throttle !== undefined) {
    bufferFetched(g, m, m.throttle, body.parts);
    drain(w, g, m, m.throttle);
  }
  kickMember(w, g, m, leader);
}

// recordsPerSecPerMember: the application processes records at its own pace. As in KafkaConsumer,
// fetched records wait in a buffer (Fetcher's completed fetches) and a partition with buffered
// records is not fetched again; poll hands them out one partition after another (so none starves)
// and the position moves only past records the application took. The pace is a token bucket per
// consumer instance holding at most what it could process during one long poll and its round trip
// plus one record, so an idle instance saves up no burst; it restarts empty with every assignment.
function bucketSize(w: World, g: Group, rate: number): number {
  return 1 + (rate * (g.fetchMaxWaitMs + 2 * w.latency)) / 1000;
}

function refill(w: World, g: Group, t: Throttle): void {
  const rate = g.ratePerMember ?? 0;
  if (w.now > t.at) {
    t.budget = Math.min(bucketSize(w, g, rate), t.budget + ((w.now - t.at) * rate) / 1000);
    t.at = w.now;
  }
}

/** Buffer the records of a fetch response that follow on from the positions. */
function bufferFetched(g: Group, m: Member, t: Throttle, parts: readonly FetchPartResp[]): void {
  for (const p of parts) {
    const o = g.offsets[p.tp];
    if (!o || p.error !== null || !m.assignment.includes(p.tp)) continue;
    let end = Math.max(o.position, t.buffered[p.tp] ?? 0);
    for (const rec of p.records) if (rec.offset === end && rec.offset < p.hw) end++;
    t.buffered[p.tp] = end;
  }
}

/** Process buffered records while the budget lasts, one partition after another. */
function drain(w: World, g: Group, m: Member, t: Throttle): void {
  refill(w, g, t);
  const a = m.assignment;
  let done = 0;
  let pending = false;
  for (let idle = 0; idle < a.length;) {
    const tp = a[t.next % a.length] as string;
    t.next = (t.next + 1) % a.length;
    const o = g.offsets[tp];
    if (!o || o.position >= (t.buffered[tp] ?? 0)) {
      idle++;
      continue;
    }
    if (t.budget < 1) {
      pending = true;
      break;
    }
    idle = 0;
    o.position++;
    g.consumed++;
    done++;
    t.budget -= 1;
  }
  countConsumed(w, g.groupId, done);
  // Records still buffered: take the next one once the budget allows.
  if (pending) armKick(w, g, m, t);
}

/** Has this partition buffered records not processed yet (then it is not fetched)? */
function isBuffered(g: Group, t: Throttle, tp: string): boolean {
  const o = g.offsets[tp];
  return !!o && o.position < (t.buffered[tp] ?? 0);
}

function armKick(w: World, g: Group, m: Member, t: Throttle): void {
  const rate = g.ratePerMember ?? 0;
  if (rate <= 0) return;
  const at = w.now + Math.max(1, Math.ceil(((1 - t.budget) * 1000) / rate));
  if (t.kickAt >= w.now && t.kickAt <= at) return;
  t.kickAt = at;
  const index = w.groups.indexOf(g);
  scheduleTask(w, at, { t: 'memberKick', group: index, clientId: m.clientId, at });
}

/** A rate-limited instance's delayed processing is due (ignored if the instance is gone). */
export function memberKick(w: World, index: number, clientId: string, at: number): void {
  const g = w.groups[index];
  const m = g?.members.find((x) => x.clientId === clientId);
  if (!g || !m || m.throttle === undefined || m.throttle.kickAt !== at) return;
  m.throttle.kickAt = -1;
  if (!polling(m)) return;
  drain(w, g, m, m.throttle);
  kickMember(w, g, m);
}

/** A member's fetches and buffered records go with a change of its partitions. */
export function dropFetches(w: World, m: Member): void {
  m.inFlightReq = [];
  m.inFlightAt = [];
  if (m.throttle !== undefined) m.throttle = newThrottle(w);
  routesOf.delete(m);
}
