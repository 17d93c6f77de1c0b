// FNV-1a 64 against published vectors and an independent BigInt implementation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fnv1a64 } from './hash';
import { utf8 } from './murmur2';

function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of utf8(text)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, not UTF-16 code units', () => {
    expect(fnv1a64('é')).toBe(reference('é'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('\u00e9\u0000'));
  });

  it('agrees with a BigInt implementation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(fnv1a64(s)).toBe(reference(s));
      }),
    );
  });

  it('is 16 lowercase hex digits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(fnv1a64(s)).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
  });
});
