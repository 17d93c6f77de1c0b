// Property: corrupting or truncating a valid file never throws, and any problem names a byte inside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOffsetIndex } from './decodeIndex';
import { decodeLog } from './decodeLog';
import { decodeTimeIndex } from './decodeTimeIndex';
import { detectKind } from './detect';
import { concat, handBatch, handOffsetIndex, handTimeIndex, sampleLog } from './testing/handBuilt';
import type { DecodeResult } from './types';

const LOG = concat(
  sampleLog(),
  handBatch({
    baseOffset: 5,
    baseTimestamp: 9e11,
    attributes: 2,
    recordsCount: 2,
    records: [],
    rawRecords: Uint8Array.from([1, 2, 3]),
  }),
  handBatch({
    baseOffset: 7,
    baseTimestamp: 9e11,
    records: [{ offsetDelta: 0, timestampDelta: 1, key: 'k', value: 'v'.repeat(200) }],
  }),
);
const BATCHES = decodeLog(LOG).items;
const INDEX = handOffsetIndex(
  [
    [3, 100],
    [8, 4200],
    [20, 9000],
  ],
  64,
);
const TIME_INDEX = handTimeIndex(
  [
    [1_700_000_000_000, 3],
    [1_700_000_000_500, 8],
  ],
  48,
);

const corruption = (size: number) =>
  fc.record({
    flips: fc.array(fc.tuple(fc.nat({ max: size - 1 }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 4,
    }),
    cut: fc.option(fc.nat({ max: size }), { nil: undefined }),
  });

function damage(
  bytes: Uint8Array,
  c: { flips: [number, number][]; cut: number | undefined },
): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (const [at, x] of c.flips) out[at] = (out[at] ?? 0) ^ x;
  return c.cut === undefined ? out : out.subarray(0, c.cut);
}

function expectInside(res: DecodeResult<unknown>, bytes: Uint8Array) {
  if (res.ok) return;
  if (bytes.length === 0) expect(res.problem.code).toBe('empty');
  else {
    expect(res.problem.at).toBeGreaterThanOrEqual(0);
    expect(res.problem.at).toBeLessThan(bytes.length);
  }
  for (const f of res.fields) expect(f.end).toBeLessThanOrEqual(bytes.length);
}

describe('decoders on damaged files', () => {
  it('a .log never throws and a problem names a byte inside it', () => {
    expect(decodeLog(LOG).ok).toBe(true);
    fc.assert(
      fc.property(corruption(LOG.length), (c) => {
        const bytes = damage(LOG, c);
        const res = decodeLog(bytes);
        expectInside(res, bytes);
        detectKind('x', bytes);
        // A flip is caught (CRC, magic, length…) unless it only hits what the CRC leaves out:
        // baseOffset and partitionLeaderEpoch (DefaultRecordBatch: the CRC starts at attributes).
        const uncovered = c.flips.every(([at]) =>
          BATCHES.some(
            (b) =>
              (at >= b.position && at < b.position + 8) ||
              (at >= b.position + 12 && at < b.position + 16),
          ),
        );
        if (c.cut === undefined && !uncovered) expect(res.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a truncated .log reports a problem (unless cut exactly between batches)', () => {
    const ends = new Set(decodeLog(LOG).items.map((b) => b.position + b.sizeInBytes));
    for (let cut = 0; cut < LOG.length; cut++) {
      const res = decodeLog(LOG.subarray(0, cut));
      expectInside(res, LOG.subarray(0, cut));
      expect(res.ok).toBe(ends.has(cut));
    }
  });

  it('indexes never throw and a problem names a byte inside them', () => {
    fc.assert(
      fc.property(corruption(INDEX.length), corruption(TIME_INDEX.length), (c1, c2) => {
        const a = damage(INDEX, c1);
        expectInside(decodeOffsetIndex(a, 0), a);
        const b = damage(TIME_INDEX, c2);
        expectInside(decodeTimeIndex(b, 0), b);
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectInside(decodeLog(bytes), bytes);
        expectInside(decodeOffsetIndex(bytes, 0), bytes);
        expectInside(decodeTimeIndex(bytes, 0), bytes);
        detectKind('random.bin', bytes);
      }),
      { numRuns: 2000 },
    );
  });
});
