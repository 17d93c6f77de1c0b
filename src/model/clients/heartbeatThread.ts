// A consumer instance's heartbeat thread (AbstractCoordinator.HeartbeatThread, K@3.6): a Heartbeat
// every heartbeat.interval.ms, the poll timeout (max.poll.interval.ms), LeaveGroup, and the checks
// that notice a coordinator gone or silent.
import { brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import type { Group, Member, World } from '../engine/types';
import { connectionRefused } from './bootstrap';
import {
  armTimer,
  coordinatorUnknown,
  findCoordinator,
  JOIN_GROUP_TIMEOUT_LAPSE_MS,
  REQUEST_TIMEOUT_MS,
  resetGeneration,
  sendJoin,
} from './groupMember';
import { fetchCommitted } from './offsetCommit';

/** LeaveGroup, if the coordinator knows it (AbstractCoordinator.maybeLeaveGroup). */
export function leaveGroup(w: World, g: Group, m: Member, reason: string): void {
  if (m.memberId === '' || m.coordinator < 0 || m.generation < 0) return;
  send(w, 'LeaveGroup', m.clientId, brokerNode(m.coordinator), {
    t: 'leaveGroup',
    groupId: g.groupId,
    memberId: m.memberId,
    reason,
  });
}

/**
 * max.poll.interval.ms passed without a poll(): the heartbeat thread sends LeaveGroup ("consumer
 * poll timeout has expired.", AbstractCoordinator.HeartbeatThread) and forgets its member id; its
 * partitions are lost. It joins again as a new member once its application polls.
 */
function pollTimeout(w: World, g: Group, m: Member): void {
  emit(w, 'group.pollTimeout', {
    groupId: g.groupId,
    clientId: m.clientId,
    timeoutMs: g.maxPollIntervalMs,
  });
  leaveGroup(w, g, m, 'consumer poll timeout has expired.');
  m.phase = 'left';
  m.nextHbAt = -1;
  m.groupReq = 0;
  m.hbReq = 0;
  m.rejoinNeeded = false;
  resetGeneration(w, m, true);
}

/** Is the heartbeat thread running (the member joined a generation)? */
function heartbeating(m: Member): boolean {
  return m.phase === 'stable' || m.phase === 'syncing';
}

/** The heartbeat thread wakes up: poll timeout first, then a Heartbeat every heartbeat.interval.ms. */
export function memberTimer(w: World, index: number, clientId: string, at: number): void {
  const g = w.groups[index];
  const m = g?.members.find((x) => x.clientId === clientId);
  if (!g || !m || m.phase === 'crashed') return;
  // Heartbeat.pollTimeoutExpired
  if (m.stalled && m.generation >= 0 && w.now - m.lastPollAt >= g.maxPollIntervalMs) {
    pollTimeout(w, g, m);
    return;
  }
  if (m.nextHbAt !== at) return;
  m.nextHbAt = -1;
  if (m.phase === 'finding') {
    if (m.groupReq === 0) findCoordinator(w, g, m);
    return;
  }
  if (!heartbeating(m)) return;
  if (m.coordinator < 0 || connectionRefused(w, m.coordinator)) {
    coordinatorUnknown(w, g, m);
    return;
  }
  if (m.hbReq === 0) {
    m.hbReq = m.nextReqId++;
    m.hbSentAt = w.now;
    send(w, 'Heartbeat', m.clientId, brokerNode(m.coordinator), {
      t: 'heartbeat',
      reqId: m.hbReq,
      groupId: g.groupId,
      memberId: m.memberId,
      generation: m.generation,
    });
  }
  armTimer(w, g, m, w.now + g.heartbeatIntervalMs);
}

/** A stalled application: the poll timeout is due at its last poll + max.poll.interval.ms. */
export function armPollTimeout(w: World, g: Group, m: Member): void {
  const at = m.lastPollAt + g.maxPollIntervalMs;
  scheduleTask(w, at, {
    t: 'memberHeartbeat',
    group: w.groups.indexOf(g),
    clientId: m.clientId,
    at,
  });
}

/**
 * Once a second per instance: requests to a coordinator that is gone (connection refused) or
 * silent for request.timeout.ms are given up and the coordinator looked for again; a rejoin the
 * application owes is made; committed offsets still missing are asked for.
 */
export function memberTick(w: World, g: Group, m: Member): void {
  if (m.phase === 'crashed' || m.phase === 'left') return;
  const c = m.coordinator;
  if (m.groupReq !== 0) {
    const joining = m.phase === 'joining';
    const timeout = joining
      ? Math.max(REQUEST_TIMEOUT_MS, g.maxPollIntervalMs + JOIN_GROUP_TIMEOUT_LAPSE_MS)
      : REQUEST_TIMEOUT_MS;
    const refused = m.phase !== 'finding' && c >= 0 && connectionRefused(w, c);
    if (refused || w.now - m.groupReqAt > timeout) {
      coordinatorUnknown(w, g, m);
      return;
    }
  }
  if (m.phase === 'finding') {
    if (m.groupReq === 0 && m.nextHbAt < w.now) findCoordinator(w, g, m);
    return;
  }
  if (c >= 0 && connectionRefused(w, c)) {
    coordinatorUnknown(w, g, m);
    return;
  }
  if (m.hbReq !== 0 && w.now - m.hbSentAt > REQUEST_TIMEOUT_MS) {
    coordinatorUnknown(w, g, m);
    return;
  }
  if (m.rejoinNeeded && !m.stalled && m.phase === 'stable' && m.groupReq === 0) sendJoin(w, g, m);
  fetchCommitted(w, g, m);
}
