// A broker receives a group request: FindCoordinator from any broker, the rest only at the group's
// coordinator (else NOT_COORDINATOR, and the client looks for the coordinator again).
import type { GroupBody } from '../../engine/messages';
import { brokerNode, send } from '../../engine/network';
import type { Broker, Group, World } from '../../engine/types';
import { coordinatorOf } from '../coordinatorBroker';
import { followCoordinator } from './liveness';
import { handleHeartbeat, handleJoinGroup, handleLeaveGroup, handleSyncGroup } from './joinSync';
import { handleOffsetCommit, handleOffsetFetch } from './offsets';

function notCoordinator(w: World, b: Broker, to: string, body: GroupBody): void {
  const from = brokerNode(b.id);
  const error = 'NOT_COORDINATOR';
  switch (body.t) {
    case 'joinGroup':
      send(w, 'JoinGroupResponse', from, to, {
        t: 'joinGroupResp',
        reqId: body.reqId,
        error,
        generation: -1,
        protocol: '',
        leaderId: '',
        memberId: body.memberId,
        members: [],
      });
      return;
    case 'syncGroup':
      send(w, 'SyncGroupResponse', from, to, {
        t: 'syncGroupResp',
        reqId: body.reqId,
        error,
        assignment: [],
      });
      return;
    case 'heartbeat':
      send(w, 'HeartbeatResponse', from, to, { t: 'heartbeatResp', reqId: body.reqId, error });
      return;
    case 'leaveGroup':
      send(w, 'LeaveGroupResponse', from, to, { t: 'leaveGroupResp', error });
      return;
    case 'offsetCommit':
      send(w, 'OffsetCommitResponse', from, to, {
        t: 'offsetCommitResp',
        reqId: body.reqId,
        error,
      });
      return;
    case 'offsetFetch':
      send(w, 'OffsetFetchResponse', from, to, {
        t: 'offsetFetchResp',
        reqId: body.reqId,
        error,
        tps: body.tps,
        offsets: [],
      });
      return;
    default:
  }
}

/** Is this body a group request a broker serves? */
export function isGroupRequest(body: { t: string }): body is GroupBody {
  switch (body.t) {
    case 'findCoordinator':
    case 'joinGroup':
    case 'syncGroup':
    case 'heartbeat':
    case 'leaveGroup':
    case 'offsetCommit':
    case 'offsetFetch':
      return true;
    default:
      return false;
  }
}

export function handleGroupRequest(w: World, b: Broker, from: string, body: GroupBody): void {
  if (b.machine.value !== 'online') return;
  if (body.t === 'findCoordinator') {
    // KafkaApis.handleFindCoordinatorRequest: the leader of the group's __consumer_offsets partition.
    const c = coordinatorOf(w, body.groupId);
    send(w, 'FindCoordinatorResponse', brokerNode(b.id), from, {
      t: 'findCoordinatorResp',
      reqId: body.reqId,
      error: c === null ? 'COORDINATOR_NOT_AVAILABLE' : null,
      coordinator: c ?? -1,
    });
    return;
  }
  if (!('groupId' in body)) return;
  let g: Group | undefined;
  for (const x of w.groups) if (x.groupId === body.groupId) g = x;
  if (!g) return;
  followCoordinator(w, g);
  if (g.coord.broker !== b.id) {
    notCoordinator(w, b, from, body);
    return;
  }
  switch (body.t) {
    case 'joinGroup':
      handleJoinGroup(w, g, from, body);
      return;
    case 'syncGroup':
      handleSyncGroup(w, g, from, body);
      return;
    case 'heartbeat':
      handleHeartbeat(w, g, from, body);
      return;
    case 'leaveGroup':
      handleLeaveGroup(w, g, from, body);
      return;
    case 'offsetCommit':
      handleOffsetCommit(w, g, from, body);
      return;
    case 'offsetFetch':
      handleOffsetFetch(w, g, from, body);
      return;
    default:
  }
}
