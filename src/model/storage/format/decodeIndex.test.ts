import { describe, expect, it } from 'vitest';
import { decodeOffsetIndex } from './decodeIndex';
import { decodeTimeIndex } from './decodeTimeIndex';
import { handOffsetIndex, handTimeIndex } from './testing/handBuilt';

describe('decodeOffsetIndex', () => {
  it('reads 8-byte entries: relativeOffset then position', () => {
    const res = decodeOffsetIndex(
      handOffsetIndex([
        [5, 4150],
        [11, 8300],
      ]),
      1000,
    );
    expect(res).toEqual({
      ok: true,
      items: [
        { relativeOffset: 5, position: 4150 },
        { relativeOffset: 11, position: 8300 },
      ],
      fields: [
        { start: 0, end: 4, name: 'relativeOffset', value: '5 (offset 1005)', group: 'entry 0' },
        { start: 4, end: 8, name: 'position', value: '4150', group: 'entry 0' },
        { start: 8, end: 12, name: 'relativeOffset', value: '11 (offset 1011)', group: 'entry 1' },
        { start: 12, end: 16, name: 'position', value: '8300', group: 'entry 1' },
      ],
    });
  });

  it('stops at preallocated zero entries and says how many bytes they are', () => {
    const res = decodeOffsetIndex(
      handOffsetIndex(
        [
          [5, 4150],
          [11, 8300],
        ],
        8 * 100,
      ),
      0,
    );
    expect(res.ok).toBe(true);
    expect(res.items).toHaveLength(2);
    expect(res.fields.at(-1)).toEqual({
      start: 16,
      end: 816,
      name: 'padding',
      value: '800 bytes',
      group: 'padding',
    });
  });

  it('a wholly zero (preallocated, never written) index has no entries', () => {
    const res = decodeOffsetIndex(new Uint8Array(80), 0);
    expect(res.ok && res.items.length).toBe(0);
    expect(res.fields).toEqual([
      { start: 0, end: 80, name: 'padding', value: '80 bytes', group: 'padding' },
    ]);
  });

  it('empty', () => {
    expect(decodeOffsetIndex(new Uint8Array(0), 0)).toMatchObject({
      ok: false,
      problem: { code: 'empty', at: 0 },
    });
  });

  it('indexNotMultiple names the first byte of the partial entry, after the whole entries', () => {
    const bytes = handOffsetIndex([[5, 4150]], 0);
    const res = decodeOffsetIndex(Uint8Array.from([...bytes, 1, 2, 3]), 0);
    expect(res).toMatchObject({
      ok: false,
      problem: { code: 'indexNotMultiple', at: 8, params: { size: 11, entrySize: 8, extra: 3 } },
      items: [{ relativeOffset: 5, position: 4150 }],
    });
  });

  it('indexNotIncreasing for offsets or positions going backwards (or a zero entry before data)', () => {
    expect(
      decodeOffsetIndex(
        handOffsetIndex([
          [5, 100],
          [5, 200],
        ]),
        0,
      ),
    ).toMatchObject({
      ok: false,
      problem: {
        code: 'indexNotIncreasing',
        at: 8,
        params: { entry: 1, field: 'relativeOffset', previous: 5, found: 5 },
      },
      items: [{ relativeOffset: 5, position: 100 }],
    });
    expect(
      decodeOffsetIndex(
        handOffsetIndex([
          [5, 100],
          [6, 50],
        ]),
        0,
      ),
    ).toMatchObject({
      ok: false,
      problem: { code: 'indexNotIncreasing', at: 12, params: { field: 'position' } },
    });
    expect(
      decodeOffsetIndex(
        handOffsetIndex([
          [5, 100],
          [0, 0],
          [9, 300],
        ]),
        0,
      ),
    ).toMatchObject({
      ok: false,
      problem: { code: 'indexNotIncreasing', at: 8 },
    });
  });
});

describe('decodeTimeIndex', () => {
  it('reads 12-byte entries: timestamp then relativeOffset', () => {
    const res = decodeTimeIndex(
      handTimeIndex([
        [1_700_000_000_000, 5],
        [1_700_000_000_900, 5],
      ]),
      1000,
    );
    expect(res.ok).toBe(true);
    expect(res.items).toEqual([
      { timestamp: 1_700_000_000_000, relativeOffset: 5 },
      { timestamp: 1_700_000_000_900, relativeOffset: 5 },
    ]);
    expect(res.fields.slice(0, 2)).toEqual([
      { start: 0, end: 8, name: 'timestamp', value: '1700000000000', group: 'entry 0' },
      { start: 8, end: 12, name: 'relativeOffset', value: '5 (offset 1005)', group: 'entry 0' },
    ]);
  });

  it('padding, empty, not a multiple of 12, not increasing', () => {
    const padded = decodeTimeIndex(handTimeIndex([[10, 1]], 120), 0);
    expect(padded.ok && padded.items.length).toBe(1);
    expect(padded.fields.at(-1)).toMatchObject({
      name: 'padding',
      start: 12,
      end: 132,
      value: '120 bytes',
    });
    expect(decodeTimeIndex(new Uint8Array(0), 0)).toMatchObject({
      ok: false,
      problem: { code: 'empty' },
    });
    expect(decodeTimeIndex(new Uint8Array(16).fill(1), 0)).toMatchObject({
      ok: false,
      problem: { code: 'indexNotMultiple', at: 12, params: { size: 16, entrySize: 12, extra: 4 } },
    });
    expect(
      decodeTimeIndex(
        handTimeIndex([
          [10, 1],
          [10, 2],
        ]),
        0,
      ),
    ).toMatchObject({
      ok: false,
      problem: {
        code: 'indexNotIncreasing',
        at: 12,
        params: { field: 'timestamp', previous: 10, found: 10 },
      },
    });
    expect(
      decodeTimeIndex(
        handTimeIndex([
          [10, 4],
          [11, 2],
        ]),
        0,
      ),
    ).toMatchObject({
      ok: false,
      problem: {
        code: 'indexNotIncreasing',
        at: 20,
        params: { field: 'relativeOffset', previous: 4, found: 2 },
      },
    });
  });
});
