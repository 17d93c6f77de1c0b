// A consumer instance's side of the classic group protocol (AbstractCoordinator and
// ConsumerCoordinator, K@3.6): find the coordinator, JoinGroup, SyncGroup, heartbeats, LeaveGroup.
import type { AssignorName } from '../algorithms/assignors';
import type { Body } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { Group, Member, World } from '../engine/types';
import { queuedForDeletion } from '../controller/deletionQueue';
import { pickBroker } from './bootstrap';
import { dropFetches, kickMember } from './consumerFetch';
import { computeAssignment, isCooperative } from './groupRebalance';
import { commitPositions, fetchCommitted } from './offsetCommit';

/** request.timeout.ms (ConsumerConfig, 30000): a request unanswered this long is given up. */
export const REQUEST_TIMEOUT_MS = 30000;
/** retry.backoff.ms (CommonClientConfigs, 100): before looking for the coordinator again. */
const RETRY_BACKOFF_MS = 100;
/** AbstractCoordinator.JOIN_GROUP_TIMEOUT_LAPSE: a JoinGroup may wait the rebalance timeout + 5 s. */
export const JOIN_GROUP_TIMEOUT_LAPSE_MS = 5000;

type Resp<T extends Body['t']> = Extract<Body, { t: T }>;

/** The member's one timer: the heartbeat thread's next wake-up (also a FindCoordinator retry). */
export function armTimer(w: World, g: Group, m: Member, at: number): void {
  m.nextHbAt = at;
  scheduleTask(w, at, {
    t: 'memberHeartbeat',
    group: w.groups.indexOf(g),
    clientId: m.clientId,
    at,
  });
}

/** FindCoordinator to any broker it can reach (AbstractCoordinator.lookupCoordinator). */
export function findCoordinator(w: World, g: Group, m: Member): void {
  m.phase = 'finding';
  m.coordinator = -1;
  m.hbReq = 0;
  m.offsetFetchReq = 0;
  m.groupReq = 0;
  const id = pickBroker(w, m.nextReqId);
  if (id < 0) {
    armTimer(w, g, m, w.now + RETRY_BACKOFF_MS);
    return;
  }
  m.groupReq = m.nextReqId++;
  m.groupReqAt = w.now;
  send(w, 'FindCoordinator', m.clientId, brokerNode(id), {
    t: 'findCoordinator',
    reqId: m.groupReq,
    groupId: g.groupId,
  });
}

/** markCoordinatorUnknown: a join or sync in progress is redone with the coordinator found next. */
export function coordinatorUnknown(w: World, g: Group, m: Member): void {
  if (m.phase === 'joining' || m.phase === 'syncing') m.rejoinNeeded = true;
  findCoordinator(w, g, m);
}

/** Gives up every partition (eager revocation, or onPartitionsLost after losing its generation). */
function revokeAll(w: World, m: Member): void {
  if (m.assignment.length === 0 && m.initializing.length === 0) return;
  m.assignment = [];
  m.initializing = [];
  m.revoked = [];
  dropFetches(w, m);
}

/**
 * AbstractCoordinator.resetStateAndGeneration: the generation (and for UNKNOWN_MEMBER_ID the member
 * id) is forgotten and its partitions are lost (ConsumerCoordinator.onJoinPrepare → onPartitionsLost).
 */
export function resetGeneration(w: World, m: Member, memberIdToo: boolean): void {
  m.generation = -1;
  if (memberIdToo) m.memberId = '';
  m.lastAssignment = [];
  revokeAll(w, m);
}

/**
 * JoinGroup (joinGroupIfNeeded, run by poll(): a stalled application does not rejoin). First
 * ConsumerCoordinator.onJoinPrepare: with enable.auto.commit the positions are committed (both
 * protocols); the eager protocol then revokes every partition, the cooperative one keeps them
 * (KIP-429) and sends them as its owned partitions.
 */
export function sendJoin(w: World, g: Group, m: Member): void {
  m.rejoinNeeded = true;
  if (m.stalled || m.phase === 'crashed') return;
  if (m.coordinator < 0) {
    if (m.phase !== 'finding' || m.groupReq === 0) findCoordinator(w, g, m);
    return;
  }
  if (g.autoCommit && m.generation >= 0) commitPositions(w, g, m, false);
  if (!isCooperative(g.protocol) || m.generation < 0) revokeAll(w, m);
  m.phase = 'joining';
  m.rejoinNeeded = false;
  // The heartbeat thread is off until the JoinGroup response (hasNotJoinedGroup).
  m.nextHbAt = -1;
  sendJoinRequest(w, g, m);
}

function sendJoinRequest(w: World, g: Group, m: Member): void {
  m.groupReq = m.nextReqId++;
  m.groupReqAt = w.now;
  send(w, 'JoinGroup', m.clientId, brokerNode(m.coordinator), {
    t: 'joinGroup',
    reqId: m.groupReq,
    groupId: g.groupId,
    memberId: m.memberId,
    reason: m.rejoinReason,
    sessionTimeoutMs: g.sessionTimeoutMs,
    // The rebalance timeout is max.poll.interval.ms (ConsumerCoordinator).
    rebalanceTimeoutMs: g.maxPollIntervalMs,
    // ConsumerProtocolSubscription: the partitions it owns (KIP-429), or for the eager protocol
    // (which revoked them all) the previous assignment a sticky assignor sends as user data.
    owned: (isCooperative(g.protocol) ? m.assignment : m.lastAssignment).slice(),
    generation: m.generation,
  });
  m.rejoinReason = 'join';
}

/**
 * The leader's assignment (ConsumerCoordinator.onLeaderElected): the chosen assignor over every
 * member's subscription, with the partition counts of the subscribed topics. Offsets of partitions
 * that no longer exist (a deleted topic) go (GroupCoordinator.onPartitionsDeleted).
 */
function leaderAssignment(
  w: World,
  g: Group,
  m: Member,
  b: Resp<'joinGroupResp'>,
): Record<string, string[]> {
  const counts: Record<string, number> = {};
  for (const t of g.topics)
    counts[t] = queuedForDeletion(w, t) ? 0 : (w.topics[t]?.partitions ?? 0);
  for (const tp in g.offsets) {
    const o = g.offsets[tp];
    if (o && o.partition >= (counts[o.topic] ?? Infinity)) delete g.offsets[tp];
  }
  m.assignedCounts = counts;
  return computeAssignment(g, counts, b.protocol as AssignorName, b.members);
}

function handleFindResponse(w: World, g: Group, m: Member, b: Resp<'findCoordinatorResp'>): void {
  if (b.reqId !== m.groupReq) return;
  m.groupReq = 0;
  if (b.error !== null) {
    armTimer(w, g, m, w.now + RETRY_BACKOFF_MS);
    return;
  }
  m.coordinator = b.coordinator;
  m.phase = 'stable';
  if (m.generation < 0 || m.rejoinNeeded) sendJoin(w, g, m);
  else armTimer(w, g, m, w.now);
}

function handleJoinResponse(w: World, g: Group, m: Member, b: Resp<'joinGroupResp'>): void {
  if (b.reqId !== m.groupReq) return;
  m.groupReq = 0;
  switch (b.error) {
    case null: {
      m.memberId = b.memberId;
      m.generation = b.generation;
      m.phase = 'syncing';
      armTimer(w, g, m, w.now + g.heartbeatIntervalMs);
      // Only the leader's response lists the members: it runs the assignor.
      m.assignedCounts = {};
      const assignment = b.leaderId === b.memberId ? leaderAssignment(w, g, m, b) : null;
      m.groupReq = m.nextReqId++;
      m.groupReqAt = w.now;
      send(w, 'SyncGroup', m.clientId, brokerNode(m.coordinator), {
        t: 'syncGroup',
        reqId: m.groupReq,
        groupId: g.groupId,
        memberId: m.memberId,
        generation: m.generation,
        assignment,
      });
      return;
    }
    case 'MEMBER_ID_REQUIRED':
      // KIP-394: join again with the id the coordinator gave.
      m.memberId = b.memberId;
      sendJoinRequest(w, g, m);
      return;
    default:
      rejoinAfter(w, g, m, b.error);
  }
}

/**
 * ConsumerCoordinator.onJoinComplete: the new assignment. Eager: every partition is new and starts
 * from its committed offset. Cooperative (KIP-429): kept partitions keep their positions; ones the
 * assignment no longer lists are revoked now, and the member rejoins at once (requestRejoin) so the
 * follow-up rebalance hands them to their new owners. Teaching simplification: with auto-commit the
 * revoked partitions' positions are committed as they are revoked (an application commits them in
 * onPartitionsRevoked), so the new owner continues exactly there.
 */
function onJoinComplete(w: World, g: Group, m: Member, assignment: string[]): void {
  m.phase = 'stable';
  m.lastAssignment = assignment.slice();
  const before = m.assignment;
  const revoked = before.filter((tp) => !assignment.includes(tp));
  const added = assignment.filter((tp) => !before.includes(tp));
  m.revoked = [];
  if (isCooperative(g.protocol) && revoked.length > 0) {
    if (g.autoCommit) commitPositions(w, g, m, false, revoked);
    m.revoked = revoked;
    m.rejoinNeeded = true;
  }
  if (revoked.length > 0 || added.length > 0 || before.length !== assignment.length) {
    m.assignment = assignment.slice();
    dropFetches(w, m);
  }
  m.initializing = added.filter((tp) => !m.initializing.includes(tp)).concat(m.initializing);
  m.initializing = m.initializing.filter((tp) => assignment.includes(tp));
  fetchCommitted(w, g, m);
  if (m.rejoinNeeded) sendJoin(w, g, m);
  kickMember(w, g, m);
}

function handleSyncResponse(w: World, g: Group, m: Member, b: Resp<'syncGroupResp'>): void {
  if (b.reqId !== m.groupReq) return;
  m.groupReq = 0;
  switch (b.error) {
    case null:
      onJoinComplete(w, g, m, b.assignment);
      return;
    default:
      rejoinAfter(w, g, m, b.error);
  }
}

function handleHeartbeatResponse(w: World, g: Group, m: Member, b: Resp<'heartbeatResp'>): void {
  if (b.reqId !== m.hbReq) return;
  m.hbReq = 0;
  if (m.phase !== 'stable' && m.phase !== 'syncing') return;
  switch (b.error) {
    case null:
      return;
    case 'REBALANCE_IN_PROGRESS':
      // requestRejoin: the next poll() rejoins (a stalled application does not poll).
      if (m.phase === 'stable' && m.groupReq === 0) sendJoin(w, g, m);
      return;
    case 'UNKNOWN_MEMBER_ID':
    case 'ILLEGAL_GENERATION':
      resetGeneration(w, m, b.error === 'UNKNOWN_MEMBER_ID');
      if (m.groupReq === 0) sendJoin(w, g, m);
      return;
    default:
      coordinatorUnknown(w, g, m);
  }
}

/** A group response for this instance (its process must be running). */
export function groupResponse(w: World, g: Group, m: Member, body: Body): void {
  switch (body.t) {
    case 'findCoordinatorResp':
      handleFindResponse(w, g, m, body);
      return;
    case 'joinGroupResp':
      handleJoinResponse(w, g, m, body);
      return;
    case 'syncGroupResp':
      handleSyncResponse(w, g, m, body);
      return;
    case 'heartbeatResp':
      handleHeartbeatResponse(w, g, m, body);
      return;
    default:
  }
}

/**
 * A JoinGroup or SyncGroup error (AbstractCoordinator's JoinGroup/SyncGroupResponseHandler): an
 * unknown member or an old generation starts over; a rebalance in progress rejoins; anything else
 * (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, ...) looks for the coordinator again.
 */
function rejoinAfter(w: World, g: Group, m: Member, error: string): void {
  if (error === 'UNKNOWN_MEMBER_ID' || error === 'ILLEGAL_GENERATION')
    resetGeneration(w, m, error === 'UNKNOWN_MEMBER_ID');
  if (
    error === 'UNKNOWN_MEMBER_ID' ||
    error === 'ILLEGAL_GENERATION' ||
    error === 'REBALANCE_IN_PROGRESS'
  )
    sendJoin(w, g, m);
  else coordinatorUnknown(w, g, m);
}
