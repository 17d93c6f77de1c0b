import { describe, expect, it } from 'vitest';
import { parseProperties } from './properties';

describe('parseProperties (java.util.Properties.load rules)', () => {
  it('skips # and ! comments and blank lines, and trims around the separator', () => {
    const p = parseProperties('# c\n! c2\n\n  a = 1\nb:2\nc 3\nd\t=\t4  \n');
    expect([...p]).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4  '],
    ]);
  });
  it('keeps the last value of a repeated key', () => {
    expect(parseProperties('a=1\na=2').get('a')).toBe('2');
  });
  it('joins a line ending in a backslash with the next, dropping its leading blanks', () => {
    expect(parseProperties('k=one,\\\n    two\nx=y').get('k')).toBe('one,two');
  });
  it('does not continue a line ending in an escaped backslash', () => {
    const p = parseProperties('k=a\\\\\nx=y');
    expect(p.get('k')).toBe('a\\');
    expect(p.get('x')).toBe('y');
  });
  it('unescapes \\t, \\uXXXX and escaped separators in keys', () => {
    const p = parseProperties('key.separator=\\t\nu=\\u0041\na\\=b=c');
    expect(p.get('key.separator')).toBe('\t');
    expect(p.get('u')).toBe('A');
    expect(p.get('a=b')).toBe('c');
  });
  it('gives an empty value to a key alone, and reads a commented key as a comment', () => {
    const p = parseProperties('#listeners=PLAINTEXT://:9092\nalone\n');
    expect(p.has('listeners')).toBe(false);
    expect(p.get('alone')).toBe('');
  });
});
