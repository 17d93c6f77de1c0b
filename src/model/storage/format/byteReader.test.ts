import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, Stop } from './byteReader';
import { zigzag } from './testing/handBuilt';

const read = (bytes: number[], long: boolean) =>
  new ByteReader(Uint8Array.from(bytes), [], 0, bytes.length).varint('v', 'g', long);

describe('ByteReader varints (ByteUtils.readVarint / readVarlong)', () => {
  it('round-trips every int32 as a varint and safe integers as varlongs', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (n) => {
        expect(read(zigzag(n), false)).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(read(zigzag(n), true)).toBe(n);
      }),
    );
    expect(read([0x01], false)).toBe(-1);
    expect(read([0xfe, 0xff, 0xff, 0xff, 0x0f], false)).toBe(2 ** 31 - 1);
    expect(read([0xff, 0xff, 0xff, 0xff, 0x0f], false)).toBe(-(2 ** 31));
  });

  it('a varint past 5 bytes or a varlong past 10 is badVarint at its first byte', () => {
    const stopOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof Stop) return e.problem;
      }
      return null;
    };
    expect(stopOf(() => read([0x80, 0x80, 0x80, 0x80, 0x80, 0x00], false))).toEqual({
      code: 'badVarint',
      at: 0,
      params: { field: 'v', max: 5 },
    });
    expect(stopOf(() => read([...new Array<number>(10).fill(0xff), 0], true))).toMatchObject({
      code: 'badVarint',
      params: { max: 10 },
    });
    expect(stopOf(() => read([0x80], false))).toMatchObject({ code: 'truncated', at: 0 });
  });
});
