// Pure: which offsets the log view shows (the last ~40), and what each replica has at each one.
import type { PartitionView, RecordView, ReplicaView } from '../../model/snapshotTypes';

export const WINDOW = 40;

export interface LogWindow {
  /** First offset shown. */
  start: number;
  /** Last offset shown (inclusive): the slot after the longest log, where LEO points. */
  end: number;
  /** Offsets below `start` that exist somewhere but are hidden, or null. */
  hidden: { from: number; to: number } | null;
}

export function logWindow(partition: PartitionView, size = WINDOW): LogWindow {
  const replicas = partition.replicaViews;
  if (replicas.length === 0) return { start: 0, end: 0, hidden: null };
  const end = Math.max(
    ...replicas.flatMap((r) => [r.logEndOffset, ...r.truncations.map((t) => t.fromOffset)]),
  );
  const minStart = Math.min(...replicas.map((r) => r.logStartOffset));
  const start = Math.max(minStart, end - size + 1);
  return { start, end, hidden: start > minStart ? { from: minStart, to: start - 1 } : null };
}

export function offsets(w: LogWindow): number[] {
  const out: number[] = [];
  for (let o = w.start; o <= w.end; o++) out.push(o);
  return out;
}

export type CellKind = 'record' | 'elided' | 'beforeStart' | 'leo' | 'empty';

export interface Cell {
  offset: number;
  kind: CellKind;
  record: RecordView | null;
  /** offset < HW: committed, visible to consumers. */
  committed: boolean;
}

/** What a replica's log holds at each shown offset. */
export function replicaCells(replica: ReplicaView, w: LogWindow): Cell[] {
  const byOffset = new Map(replica.records.map((r) => [r.offset, r]));
  return offsets(w).map((offset) => {
    const record = byOffset.get(offset) ?? null;
    const committed = offset < replica.highWatermark;
    if (offset < replica.logStartOffset)
      return { offset, kind: 'beforeStart', record: null, committed };
    if (offset === replica.logEndOffset) return { offset, kind: 'leo', record: null, committed };
    if (offset > replica.logEndOffset) return { offset, kind: 'empty', record: null, committed };
    return { offset, kind: record ? 'record' : 'elided', record, committed };
  });
}

export function formatSeconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** `15–124, 130`: sorted offsets written as runs, for summaries of many records. */
export function offsetRanges(list: number[]): string {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
