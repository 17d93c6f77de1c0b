// Consumer groups (basic): range assignment at start, fetch from leaders up to the HW, auto-commit.
import { randomUuid } from '../algorithms/prng';
import { CONSUMER_DEFAULTS } from '../engine/config';
import type { Body, FetchPartReq } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { Group, Member, World } from '../engine/types';
import { tpKey } from '../replication/log';
import type { ConsumerGroupSpec } from '../scenarioTypes';
import { brokerIdOf, connectionRefused, pickBroker } from './bootstrap';

/**
 * Teaching simplification: committed offsets live in the group's state instead of the
 * __consumer_offsets topic, and the group is formed at once (no JoinGroup/SyncGroup yet).
 */
export function createGroup(w: World, spec: ConsumerGroupSpec): Group {
  const c = spec.configs;
  const members: Member[] = [];
  for (let n = 1; n <= spec.members; n++) {
    // ConsumerConfig client.id `consumer-<groupId>-<n>`; member id `<client.id>-<UUID>` (generateMemberId).
    const clientId = `consumer-${spec.groupId}-${n}`;
    members.push({
      memberId: `${clientId}-${randomUuid(w.prng)}`,
      clientId,
      assignment: [],
      leaders: {},
      inFlightReq: [],
      inFlightAt: [],
      metaInFlight: false,
      metaSentAt: -Infinity,
      nextReqId: 1,
    });
  }
  const g: Group = {
    groupId: spec.groupId,
    reset: c['auto.offset.reset'] ?? CONSUMER_DEFAULTS['auto.offset.reset'],
    autoCommit: c['enable.auto.commit'] ?? CONSUMER_DEFAULTS['enable.auto.commit'],
    autoCommitIntervalMs:
      c['auto.commit.interval.ms'] ?? CONSUMER_DEFAULTS['auto.commit.interval.ms'],
    nextCommitAt: 0,
    fetchMaxWaitMs: c['fetch.max.wait.ms'] ?? CONSUMER_DEFAULTS['fetch.max.wait.ms'],
    topics: spec.topics,
    members,
    offsets: {},
    consumed: 0,
    generationId: 1,
  };
  g.nextCommitAt = g.autoCommitIntervalMs;
  rangeAssign(w, g);
  return g;
}

/** RangeAssignor: per topic, members sorted by member id get contiguous ranges (KAFKA.md 6.3). */
function rangeAssign(w: World, g: Group): void {
  const sorted = [...g.members].sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
  for (const topic of g.topics) {
    const n = w.topics[topic]?.partitions ?? 0;
    const per = Math.floor(n / sorted.length);
    const extra = n % sorted.length;
    sorted.forEach((m, i) => {
      const start = per * i + Math.min(i, extra);
      const len = per + (i < extra ? 1 : 0);
      for (let p = start; p < start + len; p++) {
        const tp = tpKey(topic, p);
        m.assignment.push(tp);
        g.offsets[tp] = {
          topic,
          partition: p,
          position: 0,
          committed: null,
          highWatermark: 0,
          resolved: false,
        };
      }
    });
  }
}

function requestMetadata(w: World, g: Group, m: Member): void {
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
// leaders in first-seen assignment order. Every write to `m.leaders` (all in this file) drops it;
// a restored world has new member objects, so it is rebuilt for them.
interface LeaderRoutes {
  missing: boolean;
  leaders: number[];
  tpsOf: string[][];
}
const routesOf = new WeakMap<Member, LeaderRoutes>();

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

/** Send one Fetch per leader broker that has none outstanding (Fetcher.sendFetches). */
export function kickMember(w: World, g: Group, m: Member, only = -1): void {
  const c = leaderRoutes(m);
  if (c.missing) requestMetadata(w, g, m);
  for (let k = 0; k < c.leaders.length; k++) {
    const leader = c.leaders[k] as number;
    if ((only >= 0 && leader !== only) || m.inFlightReq[leader]) continue;
    const tps = c.tpsOf[k] as string[];
    const parts: FetchPartReq[] = [];
    for (let i = 0; i < tps.length; i++) {
      const tp = tps[i] as string;
      const o = g.offsets[tp];
      parts.push({ tp, offset: o && o.resolved ? o.position : -1, lastFetchedEpoch: -1 });
    }
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

export function consumerResponse(w: World, g: Group, m: Member, from: string, body: Body): void {
  if (body.t === 'metadataResp') {
    m.metaInFlight = false;
    routesOf.delete(m);
    for (const p of body.parts) m.leaders[tpKey(p.topic, p.partition)] = p.leader;
    kickMember(w, g, m);
    return;
  }
  if (body.t !== 'fetchResp') return;
  const leader = brokerIdOf(from);
  if (m.inFlightReq[leader] !== body.reqId) return;
  m.inFlightReq[leader] = 0;
  for (const p of body.parts) {
    const o = g.offsets[p.tp];
    if (!o) continue;
    if (p.error === 'NOT_LEADER_OR_FOLLOWER') {
      m.leaders[p.tp] = -1;
      routesOf.delete(m);
      continue;
    }
    if (p.error === 'OFFSET_OUT_OF_RANGE') {
      o.resolved = false;
      continue;
    }
    if (p.resetTo >= 0) {
      o.position = p.resetTo;
      o.resolved = true;
    }
    // Consumers only ever see records below the HW (KAFKA.md 3.1).
    // Indexed: `records` may be the shared frozen empty list, and for-of would allocate iterators.
    const records = p.records;
    for (let i = 0; i < records.length; i++) {
      const rec = records[i] as (typeof records)[number];
      if (rec.offset === o.position && rec.offset < p.hw) {
        o.position++;
        g.consumed++;
      }
    }
    o.highWatermark = p.hw;
  }
  kickMember(w, g, m, leader);
}

/** Once a second: auto-commit when due, drop fetches to dead or silent brokers, retry metadata. */
export function groupTick(w: World, index: number): void {
  const g = w.groups[index];
  if (!g) return;
  scheduleTask(w, w.now + 1000, { t: 'groupTick', group: index });
  // enable.auto.commit / auto.commit.interval.ms: commit the positions (KAFKA.md 6.4).
  if (g.autoCommit && w.now >= g.nextCommitAt) {
    for (const o of Object.values(g.offsets)) if (o.resolved) o.committed = o.position;
    g.nextCommitAt = w.now + g.autoCommitIntervalMs;
  }
  for (const m of g.members) {
    m.inFlightReq.forEach((req, id) => {
      if (!req) return;
      if (connectionRefused(w, id) || w.now - (m.inFlightAt[id] ?? 0) > 30000) {
        m.inFlightReq[id] = 0;
        routesOf.delete(m);
        for (const tp of m.assignment) if (m.leaders[tp] === id) m.leaders[tp] = -1;
      }
    });
    if (m.metaInFlight && w.now - m.metaSentAt > 30000) m.metaInFlight = false;
    kickMember(w, g, m);
  }
}
