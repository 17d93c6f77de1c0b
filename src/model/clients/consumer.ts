// Consumer groups: the group's instances and the learner's actions on them (scale, crash, stall,
// resume, commit, reset), the once-a-second group tick, and routing of responses to an instance.
import { CONSUMER_DEFAULTS } from '../engine/config';
import type { Body } from '../engine/messages';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import type { Group, Member, PartitionInfo, World } from '../engine/types';
import { tpKey } from '../replication/log';
import type { ConsumerGroupSpec } from '../scenarioTypes';
import { queuedForDeletion } from '../controller/deletionQueue';
import { connectionRefused } from './bootstrap';
import {
  dropRoutes,
  handleFetchResponse,
  kickMember,
  newThrottle,
  polling,
  requestMetadata,
} from './consumerFetch';
import { newCoordGroup } from './coordinator/groupState';
import { coordinatorTick, followCoordinator } from './coordinator/liveness';
import { coordinatorOf } from './coordinatorBroker';
import { DEFAULT_STRATEGIES } from './groupRebalance';
import { findCoordinator, groupResponse, sendJoin } from './groupMember';
import { leaveGroup, memberTick } from './heartbeatThread';
import { METADATA_MAX_AGE_MS } from './metadataAge';
import { commitPositions, handleOffsetFetchResponse } from './offsetCommit';

/** Most consumer instances a group.scale may ask for (a limit of this app). */
export const MAX_MEMBERS = 16;

/**
 * A consumer instance `consumer-<groupId>-<n>` (ConsumerConfig client.id). Its member id comes from
 * the coordinator in its first JoinGroup (KIP-394).
 */
function newMember(w: World, groupId: string, n: number, rate: number | undefined): Member {
  const clientId = `consumer-${groupId}-${n}`;
  return {
    memberId: '',
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
    lastAssignment: [],
    phase: 'finding',
    stalled: false,
    coordinator: -1,
    groupReq: 0,
    groupReqAt: 0,
    hbReq: 0,
    hbSentAt: 0,
    nextHbAt: -1,
    lastPollAt: w.now,
    rejoinNeeded: false,
    rejoinReason: 'join',
    initializing: [],
    offsetFetchReq: 0,
    assignedCounts: {},
  };
}

/**
 * A group of `spec.members` instances, each finding the coordinator and joining on the group's
 * first tick. Teaching simplification: committed offsets live in the group's state instead of the
 * __consumer_offsets topic (the coordinator's side, loaded wherever the coordinator is).
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
    // GroupMetadata starts at generation 0; the first rebalance makes 1.
    generationId: 0,
    ratePerMember: rate,
    clientSeq: undefined,
    strategies: (c['partition.assignment.strategy'] ?? DEFAULT_STRATEGIES).slice(),
    protocol: '',
    sessionTimeoutMs: c['session.timeout.ms'] ?? CONSUMER_DEFAULTS['session.timeout.ms'],
    heartbeatIntervalMs: c['heartbeat.interval.ms'] ?? CONSUMER_DEFAULTS['heartbeat.interval.ms'],
    maxPollIntervalMs: c['max.poll.interval.ms'] ?? CONSUMER_DEFAULTS['max.poll.interval.ms'],
    coord: newCoordGroup(coordinatorOf(w, spec.groupId) ?? -1),
  };
  g.nextCommitAt = w.now + g.autoCommitIntervalMs;
  return g;
}

/**
 * Does a metadata response show other partition counts than the leader's last assignment used, in
 * agreement with the cluster? ConsumerCoordinator: the leader's assignmentSnapshot no longer
 * matches its metadataSnapshot (partitions added, or the topic deleted), so it rejoins.
 */
function countsChanged(w: World, m: Member, g: Group, parts: readonly PartitionInfo[]): boolean {
  const counts: Record<string, number> = {};
  for (const t of g.topics) counts[t] = 0;
  for (const p of parts)
    if (counts[p.topic] !== undefined) counts[p.topic] = (counts[p.topic] ?? 0) + 1;
  if (!g.topics.some((t) => counts[t] !== (m.assignedCounts[t] ?? 0))) return false;
  // Teaching simplification: a broker whose metadata cache is still being filled (just restarted)
  // could show a topic in part; only metadata that agrees with the cluster starts a rebalance.
  const actual = (t: string) => (queuedForDeletion(w, t) ? 0 : (w.topics[t]?.partitions ?? 0));
  return g.topics.every((t) => counts[t] === actual(t));
}

/** A response for a consumer instance; a crashed instance's process is gone and reads nothing. */
export function consumerResponse(w: World, g: Group, m: Member, from: string, body: Body): void {
  if (m.phase === 'crashed') return;
  switch (body.t) {
    case 'fetchResp':
      handleFetchResponse(w, g, m, from, body);
      return;
    case 'metadataResp': {
      m.metaInFlight = false;
      dropRoutes(m);
      for (const p of body.parts) m.leaders[tpKey(p.topic, p.partition)] = p.leader;
      // The leader rejoins when the partition counts changed: "cached metadata has changed"
      // (ConsumerCoordinator.rejoinNeededOrPending).
      if (
        m.phase === 'stable' &&
        m.generation >= 0 &&
        body.live.length > 0 &&
        Object.keys(m.assignedCounts).length > 0 &&
        countsChanged(w, m, g, body.parts)
      ) {
        m.rejoinReason = 'metadata';
        sendJoin(w, g, m);
      }
      kickMember(w, g, m);
      return;
    }
    case 'offsetFetchResp':
      handleOffsetFetchResponse(w, g, m, body);
      return;
    default:
      groupResponse(w, g, m, body);
  }
}

/** The coordinator removed a member whose session expired: a crashed instance is gone for good. */
export function dropCrashed(g: Group, clientId: string): void {
  const i = g.members.findIndex((x) => x.clientId === clientId && x.phase === 'crashed');
  if (i >= 0) g.members.splice(i, 1);
}

/**
 * Once a second: the coordinator follows its partition's leader, expires sessions and ends
 * rebalances past their timeout; each instance commits when auto-commit is due, notices a gone
 * coordinator or leader, refreshes metadata and fetches.
 */
export function groupTick(w: World, index: number): void {
  const g = w.groups[index];
  if (!g) return;
  scheduleTask(w, w.now + 1000, { t: 'groupTick', group: index });
  followCoordinator(w, g);
  coordinatorTick(w, g, (clientId) => dropCrashed(g, clientId));
  // enable.auto.commit / auto.commit.interval.ms: poll() commits the positions (KAFKA.md 6.4).
  const commitDue = g.autoCommit && w.now >= g.nextCommitAt;
  if (commitDue) g.nextCommitAt = w.now + g.autoCommitIntervalMs;
  for (const m of g.members) {
    if (m.phase === 'crashed') continue;
    if (polling(m)) m.lastPollAt = w.now;
    memberTick(w, g, m);
    if (commitDue && polling(m) && m.phase === 'stable') commitPositions(w, g, m, false);
    m.inFlightReq.forEach((req, id) => {
      if (!req) return;
      if (connectionRefused(w, id) || w.now - (m.inFlightAt[id] ?? 0) > 30000) {
        m.inFlightReq[id] = 0;
        dropRoutes(m);
        for (const tp of m.assignment) if (m.leaders[tp] === id) m.leaders[tp] = -1;
      }
    });
    if (m.metaInFlight && w.now - m.metaSentAt > 30000) m.metaInFlight = false;
    // Metadata older than metadata.max.age.ms is refreshed (it brings partitions added since).
    if (!m.metaInFlight && w.now - m.metaSentAt >= METADATA_MAX_AGE_MS) requestMetadata(w, g, m);
    kickMember(w, g, m);
  }
}

/** Instances whose process runs (group.scale counts these; a crashed one is not running). */
function running(g: Group): Member[] {
  return g.members.filter((m) => m.phase !== 'crashed');
}

/**
 * group.scale: run `members` consumer instances (crashed ones do not count: they are gone, though
 * the coordinator keeps them until their session expires). Stopped instances are the newest
 * running ones and close cleanly (KafkaConsumer.close): with enable.auto.commit they commit their
 * positions, then send LeaveGroup, so the group rebalances at once. New instances get the next
 * `consumer-<groupId>-<n>`, find the coordinator and join. 0 members: the group becomes Empty and
 * keeps its committed offsets.
 */
export function scaleGroup(w: World, index: number, members: number): void {
  const g = w.groups[index];
  if (!g || !Number.isInteger(members) || members < 0 || members > MAX_MEMBERS) return;
  const from = running(g).length;
  if (members === from) return;
  let seq = g.clientSeq ?? g.members.length;
  for (let i = g.members.length - 1, n = from; i >= 0 && n > members; i--) {
    const m = g.members[i] as Member;
    if (m.phase === 'crashed') continue;
    if (g.autoCommit && m.generation >= 0) commitPositions(w, g, m, false);
    leaveGroup(w, g, m, 'the consumer is being closed');
    g.members.splice(i, 1);
    n--;
  }
  for (let n = from; n < members; n++) {
    const m = newMember(w, g.groupId, ++seq, g.ratePerMember);
    g.members.push(m);
    findCoordinator(w, g, m);
  }
  g.clientSeq = seq;
  emit(w, 'group.scaled', { groupId: g.groupId, from, to: members });
}
