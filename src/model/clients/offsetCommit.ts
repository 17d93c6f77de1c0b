// A consumer instance's offsets with the coordinator: OffsetCommit of its positions (auto-commit,
// commitSync) and OffsetFetch of the committed offsets of newly assigned partitions.
import type { Body } from '../engine/messages';
import { brokerNode, send } from '../engine/network';
import type { Group, Member, World } from '../engine/types';
import { kickMember } from './consumerFetch';
import { offsetEntry } from './coordinator/offsets';

/**
 * OffsetCommit of the positions of `tps` (default: every partition it owns and knows the position
 * of), with its member id and generation (ConsumerCoordinator.sendOffsetCommitRequest). Nothing is
 * sent while the coordinator is unknown. Returns whether a request went out.
 */
export function commitPositions(
  w: World,
  g: Group,
  m: Member,
  manual: boolean,
  tps: readonly string[] = m.assignment,
): boolean {
  if (m.coordinator < 0) return false;
  const offsets: { tp: string; offset: number }[] = [];
  for (const tp of tps) {
    const o = g.offsets[tp];
    if (o && o.resolved && !m.initializing.includes(tp)) offsets.push({ tp, offset: o.position });
  }
  if (offsets.length === 0) return false;
  send(w, 'OffsetCommit', m.clientId, brokerNode(m.coordinator), {
    t: 'offsetCommit',
    reqId: m.nextReqId++,
    groupId: g.groupId,
    memberId: m.memberId,
    generation: m.generation,
    offsets,
    manual,
  });
  return true;
}

/** OffsetFetch of the partitions waiting for their committed offsets (refreshCommittedOffsets). */
export function fetchCommitted(w: World, g: Group, m: Member): void {
  if (m.coordinator < 0 || m.initializing.length === 0 || m.offsetFetchReq !== 0) return;
  m.offsetFetchReq = m.nextReqId++;
  send(w, 'OffsetFetch', m.clientId, brokerNode(m.coordinator), {
    t: 'offsetFetch',
    reqId: m.offsetFetchReq,
    groupId: g.groupId,
    tps: m.initializing.slice(),
  });
}

/**
 * The committed offsets arrived: each partition starts there, or where auto.offset.reset says
 * when it has none (the first fetch resolves it, serveFetch.ts).
 */
export function handleOffsetFetchResponse(
  w: World,
  g: Group,
  m: Member,
  b: Extract<Body, { t: 'offsetFetchResp' }>,
): void {
  const asked = b.tps;
  if (b.reqId !== m.offsetFetchReq) return;
  m.offsetFetchReq = 0;
  if (b.error !== null) return;
  for (let i = 0; i < asked.length; i++) {
    const tp = asked[i] as string;
    const k = m.initializing.indexOf(tp);
    if (k < 0) continue;
    m.initializing.splice(k, 1);
    const committed = b.offsets[i] ?? -1;
    const o = offsetEntry(g, tp, -1);
    o.resolved = committed >= 0;
    o.position = committed >= 0 ? committed : 0;
  }
  kickMember(w, g, m);
}
