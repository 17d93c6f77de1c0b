import { describe, expect, it } from 'vitest';
import { ascii, fieldIndexByByte, fieldKind, hex2 } from './fieldKind';

describe('fieldKind', () => {
  it('sorts fields by what they belong to', () => {
    expect(fieldKind({ name: 'baseOffset', group: 'batch 0' })).toBe('header');
    expect(fieldKind({ name: 'crc', group: 'batch 0' })).toBe('crc');
    expect(fieldKind({ name: 'keyLength', group: 'batch 0 › record 1' })).toBe('key');
    expect(fieldKind({ name: 'value', group: 'batch 0 › record 1' })).toBe('value');
    expect(fieldKind({ name: 'offsetDelta', group: 'batch 0 › record 1' })).toBe('record');
    expect(fieldKind({ name: 'position', group: 'entry 3' })).toBe('entry');
  });
  it('maps bytes to fields in a window', () => {
    const at = fieldIndexByByte(
      [
        { start: 0, end: 8, name: 'a', value: '', group: 'batch 0' },
        { start: 8, end: 12, name: 'b', value: '', group: 'batch 0' },
      ],
      6,
      14,
    );
    expect(Array.from(at)).toEqual([0, 0, 1, 1, 1, 1, -1, -1]);
  });
  it('formats bytes as xxd does', () => {
    expect(hex2(10)).toBe('0a');
    expect(ascii(0x41)).toBe('A');
    expect(ascii(0)).toBe('.');
  });
});
