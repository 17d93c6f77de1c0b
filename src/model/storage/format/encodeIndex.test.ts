import { describe, expect, it } from 'vitest';
import { newSegment } from '../segments';
import type { Segment } from '../types';
import {
  activeIndexFileBytes,
  encodeOffsetIndex,
  encodeTimeIndex,
  OFFSET_INDEX_ENTRY_BYTES,
  TIME_INDEX_ENTRY_BYTES,
} from './encodeIndex';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

function segment(offsetIndex: number[], timeIndex: number[]): Segment {
  const s = newSegment(1000, 0);
  s.offsetIndex = offsetIndex;
  s.offsetIndexLen = offsetIndex.length / 2;
  s.timeIndex = timeIndex;
  s.timeIndexLen = timeIndex.length / 2;
  return s;
}

describe('.index and .timeindex entries as OffsetIndex / TimeIndex write them', () => {
  it('entry sizes: 8 bytes (offset index), 12 bytes (time index)', () => {
    expect(OFFSET_INDEX_ENTRY_BYTES).toBe(8);
    expect(TIME_INDEX_ENTRY_BYTES).toBe(12);
    const s = segment(
      [5, 4200, 61, 8400, 130, 12650],
      [1_700_000_000_123, 5, 1_700_000_000_456, 61],
    );
    expect(encodeOffsetIndex(s).length).toBe(3 * 8);
    expect(encodeTimeIndex(s).length).toBe(2 * 12);
  });

  it('offset index: relativeOffset int32 then position int32, big-endian', () => {
    const s = segment([5, 4200, 0x01020304, 0x7f000001], []);
    expect(hex(encodeOffsetIndex(s))).toBe('00 00 00 05 00 00 10 68 ' + '01 02 03 04 7f 00 00 01');
  });

  it('time index: timestamp int64 then relativeOffset int32, big-endian', () => {
    // 1700000000123 = 0x0000018bcfe5687b.
    const s = segment([], [1_700_000_000_123, 5, 7, 0x0a0b0c0d]);
    expect(hex(encodeTimeIndex(s))).toBe(
      '00 00 01 8b cf e5 68 7b 00 00 00 05 ' + '00 00 00 00 00 00 00 07 0a 0b 0c 0d',
    );
  });

  it('a holder reads only its entries (the shared array may be longer)', () => {
    const s = segment([1, 100, 2, 200], [10, 1, 20, 2]);
    s.offsetIndexLen = 1;
    s.timeIndexLen = 1;
    expect(encodeOffsetIndex(s).length).toBe(8);
    expect(encodeTimeIndex(s).length).toBe(12);
  });

  it("an active segment's files on disk: 10 MiB rounded down to the entry size", () => {
    expect(activeIndexFileBytes('index')).toBe(10485760);
    expect(activeIndexFileBytes('timeindex')).toBe(10485756);
    expect(activeIndexFileBytes('timeindex', 4096)).toBe(4092);
  });
});
