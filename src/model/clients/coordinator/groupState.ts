// The coordinator's group state machine (GroupMetadata / GroupCoordinator.scala, K@3.6): members,
// rebalances, generations, the leader. Replies go back over the simulated network.
import { scheduleTask } from '../../engine/scheduler';
import { emit } from '../../engine/timeline';
import type { JoinedMember } from '../../engine/messages';
import { brokerNode, send } from '../../engine/network';
import type { CoordGroup, CoordMember, Group, World } from '../../engine/types';
import { chosenProtocol } from '../groupRebalance';

/**
 * group.initial.rebalance.delay.ms: 3000 by default (KafkaConfig), but the server.properties Kafka
 * ships sets 0 (KAFKA.md 6.2 step 3, 7.6), which the model's brokers run with.
 */
export const INITIAL_REBALANCE_DELAY_MS = 0;

export function newCoordGroup(broker: number): CoordGroup {
  return {
    state: 'Empty',
    broker,
    members: [],
    pending: [],
    pendingExpiresAt: [],
    leaderId: '',
    rebalanceDeadline: -1,
    initialDelayAt: -1,
  };
}

export function coordMember(g: Group, memberId: string): CoordMember | undefined {
  const ms = g.coord.members;
  for (let i = 0; i < ms.length; i++)
    if ((ms[i] as CoordMember).memberId === memberId) return ms[i];
  return undefined;
}

/** The coordinator's own node id, for replies. */
export function coordNode(g: Group): string {
  return brokerNode(g.coord.broker);
}

/** Does the coordinator hold a committed offset for the group? (GroupMetadata.hasOffsets) */
export function hasOffsets(g: Group): boolean {
  for (const tp in g.offsets) if (g.offsets[tp]?.committed != null) return true;
  return false;
}

/** GroupMetadata.rebalanceTimeoutMs: the largest rebalance timeout among the members. */
function rebalanceTimeout(g: Group): number {
  let t = 0;
  for (const m of g.coord.members) t = Math.max(t, m.rebalanceTimeoutMs);
  return t > 0 ? t : g.maxPollIntervalMs;
}

/**
 * GroupCoordinator.prepareRebalance: members awaiting SyncGroup get REBALANCE_IN_PROGRESS, the group
 * goes to PreparingRebalance and waits for every member's JoinGroup up to the rebalance timeout; a
 * group that was Empty first waits group.initial.rebalance.delay.ms (InitialDelayedJoin).
 */
export function prepareRebalance(w: World, g: Group, reason: string): void {
  const c = g.coord;
  if (c.state === 'PreparingRebalance') return;
  if (c.state === 'CompletingRebalance') {
    // resetAndPropagateAssignmentError(REBALANCE_IN_PROGRESS)
    for (const m of c.members) {
      if (m.syncReq === 0) continue;
      send(w, 'SyncGroupResponse', coordNode(g), m.clientId, {
        t: 'syncGroupResp',
        reqId: m.syncReq,
        error: 'REBALANCE_IN_PROGRESS',
        assignment: [],
      });
      m.syncReq = 0;
    }
  }
  const fromEmpty = c.state === 'Empty' || c.state === 'Dead';
  c.state = 'PreparingRebalance';
  c.rebalanceDeadline = w.now + rebalanceTimeout(g);
  emit(w, 'group.rebalanceStarted', { groupId: g.groupId, reason });
  if (fromEmpty) {
    // The InitialDelayedJoin timer fires after the JoinGroups queued for this instant.
    const at = w.now + INITIAL_REBALANCE_DELAY_MS;
    c.initialDelayAt = at;
    scheduleTask(w, at, { t: 'groupJoinDelay', group: w.groups.indexOf(g), at });
    return;
  }
  tryCompleteJoin(w, g);
}

/** GroupMetadata.hasAllMembersJoined: every member awaits its JoinGroup and none is pending. */
export function tryCompleteJoin(w: World, g: Group): void {
  const c = g.coord;
  if (c.state !== 'PreparingRebalance' || c.initialDelayAt >= 0) return;
  if (c.pending.length > 0) return;
  for (const m of c.members) if (m.joinReq === 0) return;
  completeJoin(w, g);
}

/** The initial delay of a rebalance from Empty ends (InitialDelayedJoin.onComplete). */
export function joinDelayDue(w: World, index: number, at: number): void {
  const g = w.groups[index];
  if (!g || g.coord.initialDelayAt !== at) return;
  g.coord.initialDelayAt = -1;
  if (g.coord.state === 'PreparingRebalance') completeJoin(w, g);
}

/**
 * GroupCoordinator.onCompleteJoin: members that did not rejoin are removed, the generation goes up
 * (GroupMetadata.initNextGeneration) and every joined member gets its JoinGroup response with the
 * generation; the leader's also lists every member's subscription. No member left: Empty, or Dead
 * without committed offsets (teaching simplification: GroupMetadataManager.cleanupGroupMetadata
 * runs every offsets.retention.check.interval.ms; the model removes the group at once).
 */
export function completeJoin(w: World, g: Group): void {
  const c = g.coord;
  for (let i = c.members.length - 1; i >= 0; i--) {
    const m = c.members[i] as CoordMember;
    if (m.joinReq === 0) removeCoordMember(g, m.memberId);
  }
  c.initialDelayAt = -1;
  c.rebalanceDeadline = -1;
  g.generationId++;
  if (c.members.length === 0) {
    c.state = hasOffsets(g) ? 'Empty' : 'Dead';
    g.protocol = '';
    c.leaderId = '';
    return;
  }
  g.protocol = chosenProtocol(g, c.members.length);
  c.state = 'CompletingRebalance';
  if (coordMember(g, c.leaderId) === undefined) c.leaderId = (c.members[0] as CoordMember).memberId;
  const all: JoinedMember[] = c.members.map((m) => ({
    memberId: m.memberId,
    owned: m.owned,
    generation: m.ownedGeneration,
  }));
  for (const m of c.members) {
    send(w, 'JoinGroupResponse', coordNode(g), m.clientId, {
      t: 'joinGroupResp',
      reqId: m.joinReq,
      error: null,
      generation: g.generationId,
      protocol: g.protocol,
      leaderId: c.leaderId,
      memberId: m.memberId,
      members: m.memberId === c.leaderId ? all : [],
    });
    m.joinReq = 0;
    heard(w, m);
  }
}

/** completeAndScheduleNextHeartbeatExpiration: the member's session restarts now. */
export function heard(w: World, m: CoordMember): void {
  m.lastHeartbeatAt = w.now;
  m.sessionExpiresAt = w.now + m.sessionTimeoutMs;
}

/** GroupMetadata.remove: the leader's place goes to the next member. */
function removeCoordMember(g: Group, memberId: string): void {
  const c = g.coord;
  const i = c.members.findIndex((m) => m.memberId === memberId);
  if (i < 0) return;
  c.members.splice(i, 1);
  if (c.leaderId === memberId) c.leaderId = c.members[0]?.memberId ?? '';
}

/**
 * GroupCoordinator.removeMemberAndUpdateGroup (LeaveGroup, session expiry): a Stable or
 * CompletingRebalance group rebalances; one preparing a rebalance may now be complete.
 */
export function removeMember(w: World, g: Group, memberId: string, reason: string): void {
  removeCoordMember(g, memberId);
  const s = g.coord.state;
  if (s === 'Stable' || s === 'CompletingRebalance') prepareRebalance(w, g, reason);
  else if (s === 'PreparingRebalance') tryCompleteJoin(w, g);
}
