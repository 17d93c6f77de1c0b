// Opening a file the learner drops: read at most 16 MiB, tell its kind, decode it; and the plain
// words for a decoder's problem. Pure apart from reading the Blob.
import { decodeOffsetIndex } from '../../model/storage/format/decodeIndex';
import { decodeLog } from '../../model/storage/format/decodeLog';
import { decodeTimeIndex } from '../../model/storage/format/decodeTimeIndex';
import { detectKind, parseSegmentFileName } from '../../model/storage/format/detect';
import type {
  DecodedBatch,
  DecodeProblem,
  DecodeResult,
  OffsetIndexEntry,
  TimeIndexEntry,
} from '../../model/storage/format/types';
import type { T } from '../shell/useT';

/** Larger files are read up to here only (a browser tab should not hold a 1 GiB segment). */
export const OPEN_LIMIT_BYTES = 16 * 1024 * 1024;

interface OpenedBase {
  name: string;
  /** The whole file's size; `bytes` holds at most OPEN_LIMIT_BYTES of it. */
  size: number;
  bytes: Uint8Array;
  /** From the 20-digit name; null when the name has none (offsets then count from 0). */
  baseOffset: number | null;
}

export type Opened =
  | (OpenedBase & { kind: null })
  | (OpenedBase & { kind: 'log'; result: DecodeResult<DecodedBatch> })
  | (OpenedBase & { kind: 'index'; result: DecodeResult<OffsetIndexEntry> })
  | (OpenedBase & { kind: 'timeindex'; result: DecodeResult<TimeIndexEntry> });

export function openSegmentBytes(name: string, bytes: Uint8Array, size = bytes.length): Opened {
  const baseOffset = parseSegmentFileName(name)?.baseOffset ?? null;
  const base = { name, size, bytes, baseOffset };
  switch (detectKind(name, bytes)) {
    case 'log':
      return { ...base, kind: 'log', result: decodeLog(bytes) };
    case 'index':
      return { ...base, kind: 'index', result: decodeOffsetIndex(bytes, baseOffset ?? 0) };
    case 'timeindex':
      return { ...base, kind: 'timeindex', result: decodeTimeIndex(bytes, baseOffset ?? 0) };
    default:
      return { ...base, kind: null };
  }
}

/** The first OPEN_LIMIT_BYTES of a file. */
export async function readFileStart(file: Blob): Promise<Uint8Array> {
  const part = file.size > OPEN_LIMIT_BYTES ? file.slice(0, OPEN_LIMIT_BYTES) : file;
  if (typeof part.arrayBuffer === 'function') return new Uint8Array(await part.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(part);
  });
}

/** 4123 → `4 123` (narrow no-break spaces): byte numbers read the same in English and Korean. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** The problem in plain words, naming the byte. */
export function problemText(t: T, problem: DecodeProblem): string {
  return t(`storage.${problem.code}`, { ...problem.params, at: groupDigits(problem.at) });
}

/** An ISO time for a timestamp, or the raw number when it is none (-1) or out of Date's range. */
export function isoTime(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) return String(ms);
  return new Date(ms).toISOString();
}
