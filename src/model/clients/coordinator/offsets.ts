// The coordinator's OffsetCommit and OffsetFetch handlers (GroupCoordinator.handleCommitOffsets,
// handleFetchOffsets, K@3.6). Committed offsets live in the group's state, loaded with it.
import type { GroupBody } from '../../engine/messages';
import { send } from '../../engine/network';
import { emit } from '../../engine/timeline';
import type { Group, GroupOffset, World } from '../../engine/types';
import { tpKey } from '../../replication/log';
import { coordMember, coordNode } from './groupState';

type Req<T extends GroupBody['t']> = Extract<GroupBody, { t: T }>;

/** `orders-12` → ['orders', 12]. */
export function splitTp(tp: string): [string, number] {
  const i = tp.lastIndexOf('-');
  return [tp.slice(0, i), Number(tp.slice(i + 1))];
}

/** Why the coordinator refuses a commit, or null (GroupCoordinator.doCommitOffsets). */
export function commitError(g: Group, memberId: string, generation: number): string | null {
  const s = g.coord.state;
  // A commit outside any generation to an Empty group: the group only stores offsets (e.g. admin).
  if (generation < 0 && (s === 'Empty' || s === 'Dead')) return null;
  if (!coordMember(g, memberId)) return 'UNKNOWN_MEMBER_ID';
  if (generation !== g.generationId) return 'ILLEGAL_GENERATION';
  // The member got the new generation's JoinGroup response but not yet its assignment.
  if (s === 'CompletingRebalance') return 'REBALANCE_IN_PROGRESS';
  return null;
}

export function handleOffsetCommit(w: World, g: Group, from: string, b: Req<'offsetCommit'>): void {
  const error = commitError(g, b.memberId, b.generation);
  if (error === null) {
    for (const { tp, offset } of b.offsets) offsetEntry(g, tp, offset).committed = offset;
    if (b.manual) {
      emit(w, 'group.committed', {
        groupId: g.groupId,
        partitions: b.offsets.map((o) => `${o.tp}@${o.offset}`).join(', '),
      });
    }
  }
  send(w, 'OffsetCommitResponse', coordNode(g), from, {
    t: 'offsetCommitResp',
    reqId: b.reqId,
    error,
  });
}

export function handleOffsetFetch(w: World, g: Group, from: string, b: Req<'offsetFetch'>): void {
  const offsets = new Array<number>(b.tps.length);
  for (let i = 0; i < b.tps.length; i++)
    offsets[i] = g.offsets[b.tps[i] as string]?.committed ?? -1;
  send(w, 'OffsetFetchResponse', coordNode(g), from, {
    t: 'offsetFetchResp',
    reqId: b.reqId,
    error: null,
    tps: b.tps,
    offsets,
  });
}

/** The group's offsets entry of `tp`, made (at `position`, resolved when ≥ 0) if it has none. */
export function offsetEntry(g: Group, tp: string, position: number): GroupOffset {
  const [topic, partition] = splitTp(tp);
  return (g.offsets[tpKey(topic, partition)] ??= {
    topic,
    partition,
    position: Math.max(0, position),
    committed: null,
    highWatermark: 0,
    resolved: position >= 0,
  });
}
