// Tells a .log, .index or .timeindex apart: by the file name Kafka gives it (20-digit base offset and
// suffix, KAFKA.md 2.1), else by its bytes. Returns null for anything else.
import { MAGIC_OFFSET, RECORD_BATCH_OVERHEAD } from './decodeLog';
import { OFFSET_INDEX_ENTRY_BYTES, TIME_INDEX_ENTRY_BYTES } from './encodeIndex';
import type { SegmentFileKind } from './types';

/** `<base offset>.<kind>`, optionally with a temporary suffix (`.deleted`, `.cleaned`, `.swap`). */
const NAME =
  /(?:^|[/\\])(?:(\d{20})|[^/\\]*)\.(log|index|timeindex)(?:\.(?:deleted|cleaned|swap))?$/;

/** The kind and base offset a file name says (base offset null without Kafka's 20 digits). */
export function parseSegmentFileName(
  fileName: string,
): { kind: SegmentFileKind; baseOffset: number | null } | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  return { kind: m[2] as SegmentFileKind, baseOffset: m[1] === undefined ? null : Number(m[1]) };
}

// Epoch milliseconds between 2000 and 2100: what a real time index's first timestamp looks like.
const MIN_PLAUSIBLE_MS = 946_684_800_000;
const MAX_PLAUSIBLE_MS = 4_102_444_800_000;

function looksLikeLog(bytes: Uint8Array): boolean {
  if (bytes.length < RECORD_BATCH_OVERHEAD || bytes[MAGIC_OFFSET] !== 2) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getBigInt64(0) >= 0n && view.getInt32(8) >= RECORD_BATCH_OVERHEAD - 12;
}

function looksLikeTimeIndex(bytes: Uint8Array): boolean {
  if (bytes.length < TIME_INDEX_ENTRY_BYTES || bytes.length % TIME_INDEX_ENTRY_BYTES !== 0)
    return false;
  const first = Number(
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigInt64(0),
  );
  return first >= MIN_PLAUSIBLE_MS && first <= MAX_PLAUSIBLE_MS;
}

export function detectKind(fileName: string, bytes: Uint8Array): SegmentFileKind | null {
  const named = parseSegmentFileName(fileName);
  if (named) return named.kind;
  if (looksLikeLog(bytes)) return 'log';
  if (looksLikeTimeIndex(bytes)) return 'timeindex';
  if (bytes.length >= OFFSET_INDEX_ENTRY_BYTES && bytes.length % OFFSET_INDEX_ENTRY_BYTES === 0) {
    // An offset index: relative offsets (bytes 0–3 of each entry) are small and grow.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const first = view.getInt32(0);
    const second = bytes.length >= 16 ? view.getInt32(8) : first + 1;
    if (first >= 0 && (second > first || second === 0)) return 'index';
  }
  return null;
}
