// The learner's actions on consumer instances and committed offsets: consumer.crash, consumer.stall,
// consumer.resume, group.commit (commitSync) and group.resetOffsets.
import { emit } from '../engine/timeline';
import type { World } from '../engine/types';
import { tpKey } from '../replication/log';
import { dropFetches, kickMember, polling } from './consumerFetch';
import { coordMember } from './coordinator/groupState';
import { sendJoin } from './groupMember';
import { armPollTimeout } from './heartbeatThread';
import { commitPositions } from './offsetCommit';
import { dropCrashed } from './consumer';

function instance(w: World, groupId: string, clientId: string) {
  const g = w.groups.find((x) => x.groupId === groupId);
  const m = g?.members.find((x) => x.clientId === clientId);
  return g && m && m.phase !== 'crashed' ? { g, m } : null;
}

/**
 * consumer.crash: the process is gone (kill -9): no LeaveGroup, no more heartbeats, its fetches
 * abandoned. The coordinator counts it until session.timeout.ms passes without a heartbeat.
 */
export function crashConsumer(w: World, groupId: string, clientId: string): void {
  const x = instance(w, groupId, clientId);
  if (!x) return;
  const { g, m } = x;
  // Its client id stays taken: a later group.scale numbers new instances after it.
  g.clientSeq ??= g.members.length;
  m.phase = 'crashed';
  m.stalled = false;
  m.groupReq = 0;
  m.hbReq = 0;
  m.offsetFetchReq = 0;
  m.nextHbAt = -1;
  dropFetches(w, m);
  emit(w, 'consumer.crashed', { groupId, clientId });
  // Unknown to the coordinator (not joined yet): nothing keeps it.
  if (m.memberId === '' || !coordMember(g, m.memberId)) dropCrashed(g, clientId);
}

/** consumer.stall: the application stops calling poll(); the heartbeat thread runs on. */
export function stallConsumer(w: World, groupId: string, clientId: string): void {
  const x = instance(w, groupId, clientId);
  if (!x || x.m.stalled || x.m.phase === 'left') return;
  x.m.stalled = true;
  x.m.lastPollAt = w.now;
  armPollTimeout(w, x.g, x.m);
  emit(w, 'consumer.stalled', { groupId, clientId });
}

/** consumer.resume: the application polls again; one that left the group joins as a new member. */
export function resumeConsumer(w: World, groupId: string, clientId: string): void {
  const x = instance(w, groupId, clientId);
  if (!x || !x.m.stalled) return;
  const { g, m } = x;
  m.stalled = false;
  m.lastPollAt = w.now;
  emit(w, 'consumer.resumed', { groupId, clientId });
  if (m.phase === 'left') {
    m.phase = 'stable';
    sendJoin(w, g, m);
  } else if (m.rejoinNeeded && m.phase === 'stable' && m.groupReq === 0) sendJoin(w, g, m);
  kickMember(w, g, m);
}

/** group.commit: commitSync() on every instance whose application polls (enable.auto.commit=false). */
export function commitGroup(w: World, groupId: string): void {
  const g = w.groups.find((x) => x.groupId === groupId);
  if (!g) return;
  for (const m of g.members) if (polling(m)) commitPositions(w, g, m, true);
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
 * --execute` on every partition of the subscribed topics. Kafka refuses unless the group is
 * inactive (Empty or Dead: "Assignments can only be reset if the group '<g>' is inactive"); a
 * partition without a leader keeps its offset (the tool's ListOffsets would fail for it).
 */
export function resetGroupOffsets(w: World, index: number, to: 'earliest' | 'latest'): void {
  const g = w.groups[index];
  if (!g) return;
  const s = g.coord.state;
  if (s !== 'Empty' && s !== 'Dead') {
    emit(w, 'group.resetRefused', { groupId: g.groupId, members: g.coord.members.length, to });
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
  if (s === 'Dead') g.coord.state = 'Empty';
  emit(w, 'group.offsetsReset', { groupId: g.groupId, to });
}
