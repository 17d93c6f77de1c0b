// What the unclean-election panel draws, as plain data (arrays, no Maps) so the store's sameData
// can tell when it changed: a comparison, a preview of an offline partition, or nothing yet.
import type { ClusterSnapshot, TimelineEvent } from '../../../model/snapshotTypes';
import {
  compareUnclean,
  previewOffline,
  type CompareRecord,
  type OfflinePreview,
  type UncleanComparison,
} from './compare';

export interface CompareCell {
  before: CompareRecord | null;
  now: CompareRecord | null;
  /** Written by the new leader at an offset where a replica's old log held a different record. */
  replaced: boolean;
}

export interface CompareRow {
  offset: number;
  /** One per replica, in assignment order. */
  cells: CompareCell[];
}

export interface ReplicaSummary {
  brokerId: number;
  chosen: boolean;
  liveAtElection: boolean;
  leoBefore: number;
  leoNow: number;
  downNow: boolean;
  truncations: { at: number; fromOffset: number; toOffset: number; count: number }[];
}

export type UncleanPanelModel =
  | { kind: 'none' }
  | { kind: 'preview'; preview: OfflinePreview }
  | {
      kind: 'compare';
      comparison: Omit<UncleanComparison, 'replicas' | 'lost'> & {
        replicas: ReplicaSummary[];
        lostOffsets: number[];
      };
      rows: CompareRow[];
    };

/** Offsets the rows leave out at the end (the table is bounded; see MAX_ROWS). */
export function hiddenAfter(model: UncleanPanelModel): number {
  if (model.kind !== 'compare') return 0;
  const last = model.rows[model.rows.length - 1]?.offset ?? -1;
  const end = Math.max(...model.comparison.replicas.map((r) => r.leoBefore));
  return Math.max(0, end - 1 - last);
}

/**
 * The selected partition's comparison if it had an unclean election, else its preview if it is
 * offline, else whatever partition has either (the latest unclean election first).
 */
export function uncleanPanelModel(
  s: ClusterSnapshot,
  events: readonly TimelineEvent[],
  selected: string | null,
): UncleanPanelModel {
  const cmp = compareUnclean(s, events, selected);
  const preview = previewOffline(s, selected);
  if (cmp && (cmp.tp === selected || !preview || preview.tp !== selected)) return compareModel(cmp);
  if (preview) return { kind: 'preview', preview };
  return { kind: 'none' };
}

function compareModel(c: UncleanComparison): UncleanPanelModel {
  const rows = c.offsets.map((offset) => {
    const held = c.replicas.flatMap((r) => r.before.get(offset)?.recordId ?? []);
    return {
      offset,
      cells: c.replicas.map((r) => {
        const before = r.before.get(offset) ?? null;
        const now = r.now.get(offset) ?? null;
        // Written in the new epoch where some replica's old log held another record.
        const replaced =
          !!now && now.leaderEpoch >= c.epoch && held.some((id) => id !== now.recordId);
        return { before, now, replaced };
      }),
    };
  });
  const replicas = c.replicas.map((r) => ({
    brokerId: r.brokerId,
    chosen: r.chosen,
    liveAtElection: r.liveAtElection,
    leoBefore: r.leoBefore,
    leoNow: r.leoNow,
    downNow: r.downNow,
    truncations: r.truncations.map((x) => ({
      at: x.at,
      fromOffset: x.fromOffset,
      toOffset: x.toOffset,
      count: x.records.length,
    })),
  }));
  const { replicas: _r, lost, ...rest } = c;
  return {
    kind: 'compare',
    comparison: { ...rest, replicas, lostOffsets: lost.map((r) => r.offset ?? -1) },
    rows,
  };
}
