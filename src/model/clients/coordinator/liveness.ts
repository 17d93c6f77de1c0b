// Where the coordinator is and what it does on its own: loading the group on a new coordinator,
// expiring sessions (session.timeout.ms), ending a rebalance at its timeout.
import { emit } from '../../engine/timeline';
import type { CoordMember, Group, World } from '../../engine/types';
import { coordinatorOf } from '../coordinatorBroker';
import { completeJoin, removeMember, tryCompleteJoin } from './groupState';

/**
 * Follows the coordinator to the broker now leading the group's __consumer_offsets partition.
 * Teaching simplification: the partition is replicated, so the new coordinator loads the very same
 * group metadata and offsets at once. GroupCoordinator.onGroupLoaded gives every member a fresh
 * session timeout. Requests waiting at the old coordinator are lost with it: a rebalance in
 * progress starts over there (its members rejoin once they find the new coordinator).
 */
export function followCoordinator(w: World, g: Group): void {
  const to = coordinatorOf(w, g.groupId) ?? -1;
  const c = g.coord;
  if (to === c.broker) return;
  const from = c.broker;
  c.broker = to;
  emit(w, 'group.coordinatorMoved', {
    groupId: g.groupId,
    from: from < 0 ? 'none' : from,
    to: to < 0 ? 'none' : to,
  });
  if (to < 0) return;
  c.pending.length = 0;
  c.pendingExpiresAt.length = 0;
  for (const m of c.members) {
    m.joinReq = 0;
    m.syncReq = 0;
    m.lastHeartbeatAt = w.now;
    m.sessionExpiresAt = w.now + m.sessionTimeoutMs;
  }
  if (c.state === 'CompletingRebalance' || c.state === 'PreparingRebalance') {
    c.state = 'PreparingRebalance';
    c.initialDelayAt = -1;
    c.rebalanceDeadline = w.now + g.maxPollIntervalMs;
  }
}

/**
 * Once a second on the coordinator (teaching simplification: Kafka arms one DelayedHeartbeat per
 * member and one DelayedJoin per rebalance): members whose session.timeout.ms passed without a
 * heartbeat are removed (GroupCoordinator.onExpireHeartbeat; one awaiting its JoinGroup or
 * SyncGroup response is kept alive), pending KIP-394 members likewise, and a rebalance past its
 * timeout completes without the members that did not rejoin (DelayedJoin.onExpiration).
 */
export function coordinatorTick(w: World, g: Group, onExpired: (clientId: string) => void): void {
  const c = g.coord;
  if (c.broker < 0) return;
  for (let i = c.members.length - 1; i >= 0; i--) {
    const m = c.members[i] as CoordMember;
    if (m.joinReq !== 0 || m.syncReq !== 0 || w.now < m.sessionExpiresAt) continue;
    emit(w, 'group.memberExpired', {
      groupId: g.groupId,
      clientId: m.clientId,
      timeoutMs: m.sessionTimeoutMs,
    });
    onExpired(m.clientId);
    removeMember(w, g, m.memberId, 'sessionTimeout');
  }
  for (let i = c.pending.length - 1; i >= 0; i--) {
    if (w.now < (c.pendingExpiresAt[i] as number)) continue;
    c.pending.splice(i, 1);
    c.pendingExpiresAt.splice(i, 1);
    tryCompleteJoin(w, g);
  }
  if (c.state === 'PreparingRebalance' && c.rebalanceDeadline >= 0 && w.now >= c.rebalanceDeadline)
    completeJoin(w, g);
}
