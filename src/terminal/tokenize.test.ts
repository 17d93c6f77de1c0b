import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on runs of whitespace', () => {
    expect(tokenize('  bin/kafka-topics.sh   --list\t--bootstrap-server localhost:9092 ')).toEqual({
      ok: true,
      argv: ['bin/kafka-topics.sh', '--list', '--bootstrap-server', 'localhost:9092'],
    });
  });
  it('keeps single-quoted text literally', () => {
    expect(tokenize(`--topic 'a b\\c"'`)).toEqual({ ok: true, argv: ['--topic', 'a b\\c"'] });
  });
  it('honours \\" \\\\ \\$ inside double quotes and keeps other backslashes', () => {
    expect(tokenize('"test\\.topic" "say \\"hi\\"" "\\$x \\\\"')).toEqual({
      ok: true,
      argv: ['test\\.topic', 'say "hi"', '$x \\'],
    });
  });
  it('joins adjacent quoted and plain parts into one word', () => {
    expect(tokenize(`--config=retention.ms='1000'"0"`)).toEqual({
      ok: true,
      argv: ['--config=retention.ms=10000'],
    });
  });
  it('escapes one character outside quotes', () => {
    expect(tokenize('a\\ b c')).toEqual({ ok: true, argv: ['a b', 'c'] });
  });
  it('gives an empty word for empty quotes', () => {
    expect(tokenize(`--topic ''`)).toEqual({ ok: true, argv: ['--topic', ''] });
  });
  it("reports an unclosed quote in bash's words", () => {
    expect(tokenize(`--topic 'abc`)).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `''",
    });
    expect(tokenize('--topic "abc')).toEqual({
      ok: false,
      error: 'unexpected EOF while looking for matching `"\'',
    });
  });
  it('gives no words for a blank line', () => {
    expect(tokenize('   ')).toEqual({ ok: true, argv: [] });
  });
});
