// A lookup as the steps a learner steps through: segment, index probes, batches read, the answer.
import type { OffsetIndexEntry, TimeIndexEntry } from '../../model/storage/format/types';
import {
  floorSegment,
  offsetIndexLookup,
  scanForOffset,
  scanForTimestamp,
  segmentForTimestamp,
  timeIndexLookup,
  type BatchHead,
  type Probe,
} from './lookup';

export interface LookupSegment {
  baseOffset: number;
  fileStem: string;
  largestTimestamp: number | null;
}

/** Reads a segment's index entries and batches (from the snapshot or the files), on demand. */
export interface LookupSource {
  offsetIndex(s: LookupSegment): readonly OffsetIndexEntry[];
  timeIndex(s: LookupSegment): readonly TimeIndexEntry[];
  batches(s: LookupSegment): readonly BatchHead[];
}

export type LookupStep =
  | { kind: 'outOfRange'; target: number; logStart: number; logEnd: number }
  | { kind: 'noSegment'; target: number }
  | { kind: 'segment'; fileStem: string; baseOffset: number; byTime: boolean }
  | { kind: 'timeProbe'; fileStem: string; probe: Probe; entries: number }
  | { kind: 'timeEntry'; fileStem: string; slot: number; timestamp: number; offset: number }
  | { kind: 'indexProbe'; fileStem: string; probe: Probe; entries: number }
  | { kind: 'indexEntry'; fileStem: string; slot: number; offset: number; position: number }
  | { kind: 'batch'; fileStem: string; batch: BatchHead; hit: boolean; byTime: boolean }
  | { kind: 'found'; fileStem: string; batch: BatchHead; offset: number }
  | { kind: 'notFound'; fileStem: string };

/** The offset-index part shared by both lookups: probes, the entry, then the batches read. */
function viaOffsetIndex(
  seg: LookupSegment,
  src: LookupSource,
  offset: number,
): { steps: LookupStep[]; position: number } {
  const entries = src.offsetIndex(seg);
  const a = offsetIndexLookup(entries, seg.baseOffset, offset);
  const steps: LookupStep[] = a.probes.map((probe) => ({
    kind: 'indexProbe',
    fileStem: seg.fileStem,
    probe,
    entries: entries.length,
  }));
  steps.push({
    kind: 'indexEntry',
    fileStem: seg.fileStem,
    slot: a.slot,
    offset: a.offset,
    position: a.position,
  });
  return { steps, position: a.position };
}

/** Find offset X: Log.read → segments.floorEntry → OffsetIndex.lookup → FileRecords scan. */
export function planOffsetLookup(
  segments: readonly LookupSegment[],
  src: LookupSource,
  target: number,
  logStart: number,
  logEnd: number,
): LookupStep[] {
  if (target < logStart || target >= logEnd)
    return [{ kind: 'outOfRange', target, logStart, logEnd }];
  const i = floorSegment(
    segments.map((s) => s.baseOffset),
    target,
  );
  const seg = segments[i];
  if (!seg) return [{ kind: 'outOfRange', target, logStart, logEnd }];
  const steps: LookupStep[] = [
    { kind: 'segment', fileStem: seg.fileStem, baseOffset: seg.baseOffset, byTime: false },
  ];
  const idx = viaOffsetIndex(seg, src, target);
  steps.push(...idx.steps);
  const scan = scanForOffset(src.batches(seg), idx.position, target);
  for (const b of scan.read)
    steps.push({
      kind: 'batch',
      fileStem: seg.fileStem,
      batch: b,
      hit: b === scan.found,
      byTime: false,
    });
  steps.push(
    scan.found
      ? { kind: 'found', fileStem: seg.fileStem, batch: scan.found, offset: target }
      : { kind: 'notFound', fileStem: seg.fileStem },
  );
  return steps;
}

/**
 * Find by timestamp T (ListOffsets): the first segment with largestTimestamp ≥ T, then
 * LogSegment.findOffsetByTimestamp: TimeIndex.lookup(T) → OffsetIndex.lookup(that offset) → scan
 * for the first record with timestamp ≥ T.
 */
export function planTimestampLookup(
  segments: readonly LookupSegment[],
  src: LookupSource,
  target: number,
  logStart: number,
): LookupStep[] {
  const i = segmentForTimestamp(
    segments.map((s) => s.largestTimestamp),
    target,
  );
  const seg = segments[i];
  if (!seg) return [{ kind: 'noSegment', target }];
  const steps: LookupStep[] = [
    { kind: 'segment', fileStem: seg.fileStem, baseOffset: seg.baseOffset, byTime: true },
  ];
  const entries = src.timeIndex(seg);
  const t = timeIndexLookup(entries, seg.baseOffset, target);
  for (const probe of t.probes)
    steps.push({ kind: 'timeProbe', fileStem: seg.fileStem, probe, entries: entries.length });
  steps.push({
    kind: 'timeEntry',
    fileStem: seg.fileStem,
    slot: t.slot,
    timestamp: t.timestamp,
    offset: t.offset,
  });
  const startingOffset = Math.max(logStart, seg.baseOffset);
  const idx = viaOffsetIndex(seg, src, Math.max(t.offset, startingOffset));
  steps.push(...idx.steps);
  const scan = scanForTimestamp(src.batches(seg), idx.position, target, startingOffset);
  for (const b of scan.read)
    steps.push({
      kind: 'batch',
      fileStem: seg.fileStem,
      batch: b,
      hit: b === scan.found,
      byTime: true,
    });
  steps.push(
    scan.found && scan.offset !== null
      ? { kind: 'found', fileStem: seg.fileStem, batch: scan.found, offset: scan.offset }
      : { kind: 'notFound', fileStem: seg.fileStem },
  );
  return steps;
}
