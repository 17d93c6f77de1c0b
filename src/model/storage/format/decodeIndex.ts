// Decodes a .index (offset index, 8-byte entries: relativeOffset, position; KAFKA.md 2.3) and holds
// the entry walk shared with the time index: preallocated zero padding, sizes, increasing entries.
import { ByteReader, Stop, stop } from './byteReader';
import type { ByteField, DecodeResult, OffsetIndexEntry } from './types';
import { OFFSET_INDEX_ENTRY_BYTES } from './encodeIndex';

/** One entry's reader: reads the fields at `r.pos` and returns the entry. */
export type EntryReader<T> = (r: ByteReader, group: string) => T;

/** Checks entry n against entry n-1; stops with `indexNotIncreasing` when it goes backwards. */
export type EntryCheck<T> = (previous: T, entry: T, at: number, index: number) => void;

function allZero(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== 0) return false;
  return true;
}

/**
 * Walks fixed-size entries. An active segment's index is preallocated (log.index.size.max.bytes)
 * and zero after its real entries: from the first all-zero entry after entry 0 (or from entry 0
 * when the whole file is zero) the rest is padding if it is all zero, reported as a `padding` field
 * (Kafka's OffsetIndex ends its entries at a relative offset of 0 after the first, AbstractIndex).
 */
export function decodeEntries<T>(
  bytes: Uint8Array,
  entrySize: number,
  read: EntryReader<T>,
  check: EntryCheck<T>,
): DecodeResult<T> {
  const items: T[] = [];
  const fields: ByteField[] = [];
  if (bytes.length === 0)
    return { ok: false, problem: { code: 'empty', at: 0, params: {} }, items, fields };
  try {
    const whole = bytes.length - (bytes.length % entrySize);
    let pos = 0;
    for (; pos < whole; pos += entrySize) {
      const zero = allZero(bytes, pos, pos + entrySize);
      if (
        zero &&
        (items.length > 0 || allZero(bytes, 0, bytes.length)) &&
        allZero(bytes, pos, bytes.length)
      ) {
        const padding = bytes.length - pos;
        fields.push({
          start: pos,
          end: bytes.length,
          name: 'padding',
          value: `${padding} bytes`,
          group: 'padding',
        });
        return { ok: true, items, fields };
      }
      const r = new ByteReader(bytes, fields, pos, pos + entrySize);
      const entry = read(r, `entry ${items.length}`);
      const previous = items[items.length - 1];
      if (previous !== undefined) check(previous, entry, pos, items.length);
      items.push(entry);
    }
    if (whole !== bytes.length) {
      stop('indexNotMultiple', whole, {
        size: bytes.length,
        entrySize,
        extra: bytes.length - whole,
      });
    }
    return { ok: true, items, fields };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, problem: e.problem, items, fields };
    return {
      ok: false,
      problem: { code: 'notKafka', at: 0, params: { reason: String(e) } },
      items,
      fields,
    };
  }
}

export function decodeOffsetIndex(
  bytes: Uint8Array,
  baseOffset: number,
): DecodeResult<OffsetIndexEntry> {
  return decodeEntries<OffsetIndexEntry>(
    bytes,
    OFFSET_INDEX_ENTRY_BYTES,
    (r, group) => ({
      relativeOffset: r.int32('relativeOffset', group, (v) => `${v} (offset ${baseOffset + v})`),
      position: r.int32('position', group),
    }),
    (previous, entry, at, index) => {
      // OffsetIndex.append: "no larger than the last offset appended" is refused; positions grow too.
      if (entry.relativeOffset <= previous.relativeOffset) {
        stop('indexNotIncreasing', at, {
          entry: index,
          field: 'relativeOffset',
          previous: previous.relativeOffset,
          found: entry.relativeOffset,
        });
      }
      if (entry.position <= previous.position) {
        stop('indexNotIncreasing', at + 4, {
          entry: index,
          field: 'position',
          previous: previous.position,
          found: entry.position,
        });
      }
    },
  );
}
