// The coordinator's JoinGroup, SyncGroup, Heartbeat and LeaveGroup handlers (GroupCoordinator.scala
// handleJoinGroup/handleSyncGroup/handleHeartbeat/handleLeaveGroup, K@3.6).
import { randomUuid } from '../../algorithms/prng';
import type { GroupBody } from '../../engine/messages';
import { send } from '../../engine/network';
import { emit } from '../../engine/timeline';
import type { CoordMember, Group, World } from '../../engine/types';
import {
  coordMember,
  coordNode,
  heard,
  prepareRebalance,
  removeMember,
  tryCompleteJoin,
} from './groupState';

type Req<T extends GroupBody['t']> = Extract<GroupBody, { t: T }>;

function joinError(w: World, g: Group, to: string, reqId: number, error: string, memberId = '') {
  send(w, 'JoinGroupResponse', coordNode(g), to, {
    t: 'joinGroupResp',
    reqId,
    error,
    generation: -1,
    protocol: '',
    leaderId: '',
    memberId,
    members: [],
  });
}

export function handleJoinGroup(w: World, g: Group, from: string, b: Req<'joinGroup'>): void {
  const c = g.coord;
  // A Dead group is gone from the coordinator's cache: a JoinGroup starts a new one.
  if (c.state === 'Dead') c.state = 'Empty';
  if (b.memberId === '') {
    // KIP-394 (JoinGroup v4+): a new member first gets its id, and must join again with it.
    // The id is `<client.id>-<UUID>` (GroupCoordinator.generateMemberId).
    const id = `${from}-${randomUuid(w.prng)}`;
    c.pending.push(id);
    c.pendingExpiresAt.push(w.now + b.sessionTimeoutMs);
    joinError(w, g, from, b.reqId, 'MEMBER_ID_REQUIRED', id);
    return;
  }
  const p = c.pending.indexOf(b.memberId);
  if (p >= 0) {
    c.pending.splice(p, 1);
    c.pendingExpiresAt.splice(p, 1);
    const m: CoordMember = {
      memberId: b.memberId,
      clientId: from,
      owned: b.owned.slice(),
      ownedGeneration: b.generation,
      rebalanceTimeoutMs: b.rebalanceTimeoutMs,
      sessionTimeoutMs: b.sessionTimeoutMs,
      joinReq: b.reqId,
      syncReq: 0,
      assignment: [],
      lastHeartbeatAt: w.now,
      sessionExpiresAt: w.now + b.sessionTimeoutMs,
    };
    c.members.push(m);
    // GroupMetadata.add: the first member to join leads (KAFKA.md 6.2 step 4).
    if (c.leaderId === '') c.leaderId = m.memberId;
    // addMemberAndRebalance
    if (c.state === 'PreparingRebalance') tryCompleteJoin(w, g);
    else prepareRebalance(w, g, 'join');
    return;
  }
  const m = coordMember(g, b.memberId);
  if (!m) {
    joinError(w, g, from, b.reqId, 'UNKNOWN_MEMBER_ID');
    return;
  }
  m.owned = b.owned.slice();
  m.ownedGeneration = b.generation;
  m.joinReq = b.reqId;
  m.syncReq = 0;
  m.rebalanceTimeoutMs = b.rebalanceTimeoutMs;
  heard(w, m);
  // Teaching simplification: a known member's JoinGroup in Stable or CompletingRebalance always
  // rebalances (Kafka answers with the current generation when its metadata is unchanged and it is
  // not the leader; in the model a member rejoins only with a reason: owned partitions changed,
  // metadata changed, it lost its generation).
  if (c.state === 'PreparingRebalance') tryCompleteJoin(w, g);
  else prepareRebalance(w, g, b.reason);
}

function syncReply(
  w: World,
  g: Group,
  to: string,
  reqId: number,
  error: string | null,
  a: string[],
) {
  send(w, 'SyncGroupResponse', coordNode(g), to, {
    t: 'syncGroupResp',
    reqId,
    error,
    assignment: a,
  });
}

export function handleSyncGroup(w: World, g: Group, from: string, b: Req<'syncGroup'>): void {
  const c = g.coord;
  const m = coordMember(g, b.memberId);
  if (!m || c.state === 'Empty' || c.state === 'Dead') {
    syncReply(w, g, from, b.reqId, 'UNKNOWN_MEMBER_ID', []);
    return;
  }
  if (b.generation !== g.generationId) {
    syncReply(w, g, from, b.reqId, 'ILLEGAL_GENERATION', []);
    return;
  }
  if (c.state === 'PreparingRebalance') {
    syncReply(w, g, from, b.reqId, 'REBALANCE_IN_PROGRESS', []);
    return;
  }
  heard(w, m);
  if (c.state === 'Stable') {
    syncReply(w, g, from, b.reqId, null, m.assignment);
    return;
  }
  // CompletingRebalance: followers wait for the leader's assignment.
  m.syncReq = b.reqId;
  if (b.memberId !== c.leaderId || b.assignment === null) return;
  for (const x of c.members) x.assignment = (b.assignment[x.memberId] ?? []).slice();
  // Teaching simplification: the group metadata is stored (appended to __consumer_offsets) at once.
  c.state = 'Stable';
  for (const x of c.members) {
    if (x.syncReq === 0) continue;
    syncReply(w, g, x.clientId, x.syncReq, null, x.assignment);
    x.syncReq = 0;
  }
  emit(w, 'group.rebalanced', {
    groupId: g.groupId,
    generation: g.generationId,
    protocol: g.protocol,
  });
}

export function handleHeartbeat(w: World, g: Group, from: string, b: Req<'heartbeat'>): void {
  const c = g.coord;
  const m = coordMember(g, b.memberId);
  let error: string | null = null;
  if (!m || c.state === 'Empty' || c.state === 'Dead') error = 'UNKNOWN_MEMBER_ID';
  else if (b.generation !== g.generationId) error = 'ILLEGAL_GENERATION';
  else {
    heard(w, m);
    // A rebalance in progress tells the member to rejoin.
    if (c.state === 'PreparingRebalance') error = 'REBALANCE_IN_PROGRESS';
  }
  send(w, 'HeartbeatResponse', coordNode(g), from, { t: 'heartbeatResp', reqId: b.reqId, error });
}

export function handleLeaveGroup(w: World, g: Group, from: string, b: Req<'leaveGroup'>): void {
  const known = coordMember(g, b.memberId) !== undefined;
  if (known) {
    const reason = b.reason.startsWith('consumer poll timeout') ? 'pollTimeout' : 'leave';
    removeMember(w, g, b.memberId, reason);
  }
  send(w, 'LeaveGroupResponse', coordNode(g), from, {
    t: 'leaveGroupResp',
    error: known ? null : 'UNKNOWN_MEMBER_ID',
  });
}
