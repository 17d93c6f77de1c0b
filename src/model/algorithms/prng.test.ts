// Seeded PRNG: same seed, same stream; ranges honoured; ids in Kafka's and RFC 4122's formats.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createPrng,
  kafkaUuidString,
  nextFloat,
  nextInt,
  nextUint32,
  randomTopicId,
  randomUuid,
} from './prng';

describe('createPrng / nextUint32', () => {
  it('replays the same stream for the same seed', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const sa = Array.from({ length: 100 }, () => nextUint32(a));
    const sb = Array.from({ length: 100 }, () => nextUint32(b));
    expect(sa).toEqual(sb);
  });

  it('gives different streams for different seeds', () => {
    const a = createPrng(1);
    const b = createPrng(2);
    expect(nextUint32(a)).not.toBe(nextUint32(b));
  });

  it('continues identically from a copied state (checkpoint by copying)', () => {
    const p = createPrng(7);
    for (let i = 0; i < 10; i++) nextUint32(p);
    const copy = { state: [...p.state] };
    const rest = Array.from({ length: 20 }, () => nextUint32(p));
    expect(Array.from({ length: 20 }, () => nextUint32(copy))).toEqual(rest);
  });

  it('keeps its state as four uint32 words', () => {
    const p = createPrng(123);
    nextUint32(p);
    expect(p.state).toHaveLength(4);
    for (const w of p.state) expect(w).toBe(w >>> 0);
  });

  it('returns uint32 values', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = createPrng(seed);
        for (let i = 0; i < 20; i++) {
          const v = nextUint32(p);
          expect(v).toBe(v >>> 0);
        }
      }),
    );
  });
});

describe('nextInt', () => {
  it('stays in [0, bound)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 2 ** 32 }), (seed, bound) => {
        const p = createPrng(seed);
        for (let i = 0; i < 10; i++) {
          const v = nextInt(p, bound);
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(bound);
        }
      }),
    );
  });

  it('covers every value roughly evenly', () => {
    const p = createPrng(99);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60000; i++) counts[nextInt(p, 6)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(500);
  });

  it('rejects a bound that is not a positive integer', () => {
    const p = createPrng(1);
    expect(() => nextInt(p, 0)).toThrow();
    expect(() => nextInt(p, 2.5)).toThrow();
  });
});

describe('nextFloat', () => {
  it('stays in [0, 1)', () => {
    const p = createPrng(5);
    for (let i = 0; i < 1000; i++) {
      const f = nextFloat(p);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});

describe('randomUuid', () => {
  it('is an RFC 4122 version 4 UUID', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(randomUuid(createPrng(seed))).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      }),
    );
  });

  it('is deterministic per seed', () => {
    expect(randomUuid(createPrng(3))).toBe(randomUuid(createPrng(3)));
  });
});

describe('Kafka Uuid text form', () => {
  it('encodes the reserved ids as Kafka prints them', () => {
    // Uuid.ZERO_UUID and Uuid.ONE_UUID (Uuid.java).
    const one = new Uint8Array(16);
    one[15] = 1;
    expect(kafkaUuidString(new Uint8Array(16))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(kafkaUuidString(one)).toBe('AAAAAAAAAAAAAAAAAAAAAQ');
  });

  it("matches Node's URL-safe base64 without padding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(kafkaUuidString(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('randomTopicId is 22 URL-safe characters, never starting with a dash', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = createPrng(seed);
        for (let i = 0; i < 20; i++) {
          const id = randomTopicId(p);
          expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
          // The bytes are a v4 UUID: version nibble 4, variant bits 10.
          const bytes = Buffer.from(id, 'base64url');
          expect(bytes[6]! >> 4).toBe(4);
          expect(bytes[8]! >> 6).toBe(2);
        }
      }),
    );
  });
});
