// Consumer groups (basic): assignment by the configured assignor, eager or cooperative rebalances,
// fetch from leaders up to the HW, auto-commit.
import { randomUuid } from '../algorithms/prng';
import { CONSUMER_DEFAULTS } from '../engine/config';
import type { Body, FetchPartReq, FetchPartResp } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import { countConsumed } from '../engine/throughput';
import type { Group, GroupOffset, Member, PartitionInfo, Throttle, World } from '../engine/types';
import { tpKey } from '../replication/log';
import type { ConsumerGroupSpec } from '../scenarioTypes';
import { brokerIdOf, connectionRefused, pickBroker } from './bootstrap';
import { METADATA_MAX_AGE_MS } from './metadataAge';
import { queuedForDeletion } from '../controller/deletionQueue';
import {
  chosenProtocol,
  computeAssignment,
  DEFAULT_STRATEGIES,
  isCooperative,
} from './groupRebalance';

/** Most consumer instances a group.scale may ask for (a limit of this app). */
export const MAX_MEMBERS = 16;

function newThrottle(w: World): Throttle {
  return { budget: 0, at: w.now, kickAt: -1, next: 0, buffered: {} };
}

/** A consumer instance `consumer-<groupId>-<n>` (ConsumerConfig client.id; generateMemberId). */
function newMember(w: World, groupId: string, n: number, rate: number | undefined): Member {
  const clientId = `consumer-${groupId}-${n}`;
  return {
    memberId: `${clientId}-${randomUuid(w.prng)}`,
    clientId,
    assignment: [],
    leaders: {},
    inFlightReq: [],
    inFlightAt: [],
    metaInFlight: false,
    metaSentAt: -Infinity,
    nextReqId: 1,
    throttle: rate === undefined ? undefined : newThrottle(w),
    generation: -1,
    revoked: [],
  };
}

/**
 * Teaching simplification: committed offsets live in the group's state instead of the
 * __consumer_offsets topic, and the group is formed at once (no JoinGroup/SyncGroup yet).
 */
export function createGroup(w: World, spec: ConsumerGroupSpec): Group {
  const c = spec.configs;
  const rate = spec.recordsPerSecPerMember;
  const members: Member[] = [];
  for (let n = 1; n <= spec.members; n++) members.push(newMember(w, spec.groupId, n, rate));
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
    ratePerMember: rate,
    clientSeq: undefined,
    strategies: (c['partition.assignment.strategy'] ?? DEFAULT_STRATEGIES).slice(),
    protocol: '',
    rejoinAt: -1,
  };
  g.nextCommitAt = w.now + g.autoCommitIntervalMs;
  // The first generation: nobody owns anything yet, so even cooperative-sticky assigns at once.
  g.protocol = chosenProtocol(g);
  if (g.protocol !== '') {
    const counts = partitionCounts(w, g);
    const assignment = computeAssignment(g, counts, g.protocol);
    for (const m of g.members) {
      m.assignment = assignment[m.memberId] ?? [];
      m.generation = g.generationId;
    }
    addOffsets(g, counts);
  }
  return g;
}

/**
 * Partitions per subscribed topic: as the group leader's metadata has them (`counts`), else the
 * topic's count.
 */
function partitionCounts(w: World, g: Group, counts?: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const t of g.topics) out[t] = counts?.[t] ?? w.topics[t]?.partitions ?? 0;
  return out;
}

/**
 * An offsets entry for every assigned partition, in subscription then partition order; a
 * partition the group read before keeps its offsets (rebalance, see scaleGroup).
 */
function addOffsets(g: Group, counts: Record<string, number>): void {
  const assigned = new Set<string>();
  for (const m of g.members) for (const tp of m.assignment) assigned.add(tp);
  for (const topic of g.topics) {
    const n = counts[topic] ?? 0;
    for (let p = 0; p < n; p++) {
      const tp = tpKey(topic, p);
      if (!assigned.has(tp)) continue;
      g.offsets[tp] ??= {
        topic,
        partition: p,
        position: 0,
        committed: null,
        highWatermark: 0,
        resolved: false,
      };
    }
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
  const t = m.throttle;
  if (c.missing) requestMetadata(w, g, m);
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
      const o = g.offsets[tp];
      parts[n++] = { tp, offset: o && o.resolved ? o.position : -1, lastFetchedEpoch: -1 };
    }
    if (n < parts.length) parts.length = n;
    if (t !== undefined && n === 0) continue;
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
    if (m === g.members[0] && body.live.length > 0) {
      const counts = changedCounts(w, g, body.parts);
      if (counts) {
        rebalance(w, g, counts);
        return;
      }
    }
    kickMember(w, g, m);
    return;
  }
  if (body.t !== 'fetchResp') return;
  const leader = brokerIdOf(from);
  if (m.inFlightReq[leader] !== body.reqId) return;
  m.inFlightReq[leader] = 0;
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
  scheduleTask(w, at, { t: 'memberKick', group: index, memberId: m.memberId, at });
}

/**
 * A member's timer is due: the rejoin that ends a cooperative rebalance (see reassign), and a
 * delayed fetch of a rate-limited instance (ignored if the instance is gone).
 */
export function memberKick(w: World, index: number, memberId: string, at: number): void {
  const g = w.groups[index];
  if (g !== undefined && g.rejoinAt === at) rejoin(w, g);
  const m = g?.members.find((x) => x.memberId === memberId);
  if (!g || !m || m.throttle === undefined || m.throttle.kickAt !== at) return;
  m.throttle.kickAt = -1;
  drain(w, g, m, m.throttle);
  kickMember(w, g, m);
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
    // Metadata older than metadata.max.age.ms is refreshed (it brings partitions added since).
    if (!m.metaInFlight && w.now - m.metaSentAt >= METADATA_MAX_AGE_MS) requestMetadata(w, g, m);
    kickMember(w, g, m);
  }
}

/** Commit every known position (a clean close or a rebalance with enable.auto.commit=true). */
function commitPositions(g: Group): void {
  for (const tp in g.offsets) {
    const o = g.offsets[tp] as GroupOffset;
    if (o.resolved) o.committed = o.position;
  }
}

/**
 * group.scale: run `members` consumer instances, then rebalance at once (teaching
 * simplification). With enable.auto.commit, leaving instances commit on close and the others
 * before rejoining (ConsumerCoordinator.onJoinPrepare, for both rebalance protocols). Stopped
 * instances are the newest ones; new ones get the next `consumer-<groupId>-<n>`. 0 members: the
 * group is Empty and reads nothing, and its committed offsets stay.
 */
export function scaleGroup(w: World, index: number, members: number): void {
  const g = w.groups[index];
  if (!g || !Number.isInteger(members) || members < 0 || members > MAX_MEMBERS) return;
  const from = g.members.length;
  if (members === from) return;
  if (g.autoCommit) commitPositions(g);
  let seq = g.clientSeq ?? from;
  if (members < from) g.members.length = members;
  while (g.members.length < members)
    g.members.push(newMember(w, g.groupId, ++seq, g.ratePerMember));
  g.clientSeq = seq;
  emit(w, 'group.scaled', { groupId: g.groupId, from, to: members });
  reassign(w, g);
  for (const m of g.members) kickMember(w, g, m);
}

/** A member's fetches and buffered records go with a change of its partitions. */
function dropFetches(w: World, m: Member): void {
  m.inFlightReq = [];
  m.inFlightAt = [];
  if (m.throttle !== undefined) m.throttle = newThrottle(w);
  routesOf.delete(m);
}

/** The partition restarts from its committed offset, or from auto.offset.reset without one. */
function restartFromCommitted(o: GroupOffset): void {
  o.resolved = o.committed !== null;
  o.position = o.committed ?? 0;
}

/**
 * A rebalance's end: the generation goes up (GroupMetadata.initNextGeneration; Empty when no member
 * is left) and the leader runs the chosen assignor over the members' subscriptions.
 * Eager protocol (range, roundrobin, sticky): every member gave up all its partitions before
 * rejoining (ConsumerCoordinator.onJoinPrepare), so every member loses its fetches (answers to old
 * fetches are ignored) and every partition restarts from its committed offset.
 * Cooperative protocol (cooperative-sticky, KIP-429): members keep consuming what they still own;
 * a partition that moves is only revoked by its owner in this generation (ConsumerCoordinator.
 * onJoinComplete) and handed over in the follow-up rebalance the revoking members start at once
 * (requestRejoin), so no partition has two owners. Teaching simplification: that follow-up
 * completes one JoinGroup and one SyncGroup round trip later.
 */
function reassign(w: World, g: Group, counts?: Record<string, number>): void {
  const protocol = chosenProtocol(g);
  const per = partitionCounts(w, g, counts);
  // Computed before anything changes: the assignor reads what each member owns.
  const assignment = protocol === '' ? {} : computeAssignment(g, per, protocol);
  g.generationId++;
  g.protocol = protocol;
  g.rejoinAt = -1;
  let rejoiner: Member | undefined;
  if (isCooperative(protocol)) {
    const kept = new Set<string>();
    for (const m of g.members) {
      const next = assignment[m.memberId] ?? [];
      const nextSet = new Set(next);
      const revoked: string[] = [];
      for (const tp of m.assignment) {
        if (nextSet.has(tp)) kept.add(tp);
        else if (g.offsets[tp] !== undefined) revoked.push(tp);
      }
      if (next.length !== m.assignment.length || next.some((tp, i) => tp !== m.assignment[i])) {
        m.assignment = next;
        dropFetches(w, m);
      }
      m.revoked = revoked;
      m.generation = g.generationId;
      if (revoked.length > 0) rejoiner ??= m;
    }
    // Partitions changing hands (or left by a member that went) restart from the committed offset.
    for (const tp in g.offsets)
      if (!kept.has(tp)) restartFromCommitted(g.offsets[tp] as GroupOffset);
  } else {
    for (const tp in g.offsets) restartFromCommitted(g.offsets[tp] as GroupOffset);
    for (const m of g.members) {
      m.assignment = assignment[m.memberId] ?? [];
      dropFetches(w, m);
      m.revoked = [];
      m.generation = g.generationId;
    }
  }
  addOffsets(g, per);
  if (protocol !== '') {
    emit(w, 'group.rebalanced', { groupId: g.groupId, generation: g.generationId, protocol });
  }
  if (rejoiner !== undefined) {
    const at = w.now + Math.max(1, 4 * w.latency);
    g.rejoinAt = at;
    const index = w.groups.indexOf(g);
    scheduleTask(w, at, { t: 'memberKick', group: index, memberId: rejoiner.memberId, at });
  }
}

/**
 * The follow-up rebalance of a cooperative one: every member rejoins with what it still owns
 * (auto-committing first, onJoinPrepare), and the revoked partitions go to their new owners.
 */
function rejoin(w: World, g: Group): void {
  if (g.autoCommit) commitPositions(g);
  reassign(w, g);
  for (const m of g.members) kickMember(w, g, m);
}

/**
 * The partition count of each subscribed topic in a metadata response, if one differs from the
 * partitions the group has assigned; else null. ConsumerCoordinator: the leader's assignment
 * snapshot no longer matches its metadata (partitions added, or the topic deleted).
 */
function changedCounts(
  w: World,
  g: Group,
  parts: readonly PartitionInfo[],
): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const t of g.topics) counts[t] = 0;
  for (const p of parts)
    if (counts[p.topic] !== undefined) counts[p.topic] = (counts[p.topic] ?? 0) + 1;
  const assigned: Record<string, number> = {};
  for (const t of g.topics) assigned[t] = 0;
  // Partitions revoked in a cooperative rebalance in progress still count: they are in transit.
  for (const m of g.members)
    for (const list of [m.assignment, m.revoked])
      for (const tp of list) {
        const t = g.offsets[tp]?.topic;
        if (t !== undefined && assigned[t] !== undefined) assigned[t] = (assigned[t] ?? 0) + 1;
      }
  if (!g.topics.some((t) => counts[t] !== assigned[t])) return null;
  // Teaching simplification: a broker whose metadata cache is still being filled (just restarted)
  // could show a topic in part; only metadata that agrees with the cluster starts a rebalance.
  const actual = (t: string) => (queuedForDeletion(w, t) ? 0 : (w.topics[t]?.partitions ?? 0));
  return g.topics.every((t) => counts[t] === actual(t)) ? counts : null;
}

/**
 * The group leader saw the partition count change: the group rebalances (ConsumerCoordinator
 * rejoins with "cached metadata has changed"). Teaching simplification: at once, as group.scale
 * does (reassign). Offsets of partitions that no longer exist (a deleted topic) go
 * (GroupCoordinator.onPartitionsDeleted); new partitions start from auto.offset.reset.
 */
function rebalance(w: World, g: Group, counts: Record<string, number>): void {
  if (g.autoCommit) commitPositions(g);
  for (const tp in g.offsets) {
    const o = g.offsets[tp] as GroupOffset;
    if (o.partition >= (counts[o.topic] ?? Infinity)) delete g.offsets[tp];
  }
  reassign(w, g, counts);
  for (const m of g.members) kickMember(w, g, m);
}

/** Offset of a partition's current leader replica: its log start or its high watermark. */
function leaderOffset(w: World, topic: string, partition: number, to: 'earliest' | 'latest') {
  const tp = tpKey(topic, partition);
  for (const b of w.brokers) {
    const r = b.replicas[tp];
    if (r && r.role === 'leader' && b.machine.value === 'online' && !b.isolated)
      return { offset: to === 'earliest' ? r.logStart : r.hw, hw: r.hw };
  }
  return null;
}

/**
 * group.resetOffsets, like `kafka-consumer-groups.sh --reset-offsets --to-earliest|--to-latest
 * --execute` on every partition of the subscribed topics. Kafka refuses while the group has
 * members ("Assignments can only be reset if the group '<g>' is inactive"); a partition without a
 * leader keeps its offset (the tool's ListOffsets would fail for it).
 */
export function resetGroupOffsets(w: World, index: number, to: 'earliest' | 'latest'): void {
  const g = w.groups[index];
  if (!g) return;
  if (g.members.length > 0) {
    emit(w, 'group.resetRefused', { groupId: g.groupId, members: g.members.length, to });
    return;
  }
  for (const topic of g.topics) {
    const n = w.topics[topic]?.partitions ?? 0;
    for (let p = 0; p < n; p++) {
      const at = leaderOffset(w, topic, p, to);
      if (!at) continue;
      const tp = tpKey(topic, p);
      g.offsets[tp] = {
        topic,
        partition: p,
        position: at.offset,
        committed: at.offset,
        highWatermark: at.hw,
        resolved: true,
      };
    }
  }
  emit(w, 'group.offsetsReset', { groupId: g.groupId, to });
}
