// Decodes a .timeindex (12-byte entries: timestamp, relativeOffset; KAFKA.md 2.3), never throwing.
import { stop } from './byteReader';
import { decodeEntries } from './decodeIndex';
import type { DecodeResult, TimeIndexEntry } from './types';
import { TIME_INDEX_ENTRY_BYTES } from './encodeIndex';

export function decodeTimeIndex(
  bytes: Uint8Array,
  baseOffset: number,
): DecodeResult<TimeIndexEntry> {
  return decodeEntries<TimeIndexEntry>(
    bytes,
    TIME_INDEX_ENTRY_BYTES,
    (r, group) => ({
      timestamp: r.int64('timestamp', group),
      relativeOffset: r.int32('relativeOffset', group, (v) => `${v} (offset ${baseOffset + v})`),
    }),
    (previous, entry, at, index) => {
      // TimeIndex.maybeAppend: an entry is added only for a larger timestamp, never a smaller offset.
      if (entry.timestamp <= previous.timestamp) {
        stop('indexNotIncreasing', at, {
          entry: index,
          field: 'timestamp',
          previous: previous.timestamp,
          found: entry.timestamp,
        });
      }
      if (entry.relativeOffset < previous.relativeOffset) {
        stop('indexNotIncreasing', at + 8, {
          entry: index,
          field: 'relativeOffset',
          previous: previous.relativeOffset,
          found: entry.relativeOffset,
        });
      }
    },
  );
}
