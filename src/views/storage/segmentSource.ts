// Reading a replica's segment files through the store, on a click: decoded bytes for the hex view,
// and the index entries and batches a lookup needs (the snapshot's when it holds them all).
import { decodeOffsetIndex } from '../../model/storage/format/decodeIndex';
import { decodeLog } from '../../model/storage/format/decodeLog';
import { decodeTimeIndex } from '../../model/storage/format/decodeTimeIndex';
import type { ByteField, DecodeProblem, SegmentFileKind } from '../../model/storage/format/types';
import type { SegmentView } from '../../model/snapshotTypes';
import type { LookupSource } from './lookupPlan';

export type ReadFile = (baseOffset: number, kind: SegmentFileKind) => Uint8Array | null;

export interface OpenedFile {
  name: string;
  kind: SegmentFileKind;
  bytes: Uint8Array;
  fields: ByteField[];
  problem: DecodeProblem | null;
}

export function decodeFile(
  name: string,
  kind: SegmentFileKind,
  bytes: Uint8Array,
  baseOffset: number,
): OpenedFile {
  const r =
    kind === 'log'
      ? decodeLog(bytes)
      : kind === 'index'
        ? decodeOffsetIndex(bytes, baseOffset)
        : decodeTimeIndex(bytes, baseOffset);
  return { name, kind, bytes, fields: r.fields, problem: r.ok ? null : r.problem };
}

/**
 * A lookup's source over one replica's segments: index entries from the snapshot when it holds
 * all of them (it keeps the last 64), else decoded from the real file; batches from the `.log`.
 */
export function segmentSource(segments: readonly SegmentView[], read: ReadFile): LookupSource {
  const byBase = (b: number) => segments.find((s) => s.baseOffset === b);
  return {
    offsetIndex(s) {
      const v = byBase(s.baseOffset);
      if (v && v.offsetIndexEntries.length >= v.offsetIndexCount) return v.offsetIndexEntries;
      const bytes = read(s.baseOffset, 'index');
      const items = bytes ? decodeOffsetIndex(bytes, s.baseOffset).items : [];
      return v ? items.slice(0, v.offsetIndexCount) : items;
    },
    timeIndex(s) {
      const v = byBase(s.baseOffset);
      if (v && v.timeIndexEntries.length >= v.timeIndexCount) return v.timeIndexEntries;
      const bytes = read(s.baseOffset, 'timeindex');
      const items = bytes ? decodeTimeIndex(bytes, s.baseOffset).items : [];
      return v ? items.slice(0, v.timeIndexCount) : items;
    },
    batches(s) {
      const bytes = read(s.baseOffset, 'log');
      return bytes ? decodeLog(bytes).items : [];
    },
  };
}
