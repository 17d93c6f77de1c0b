import { describe, expect, it } from 'vitest';
import { helpTable, parseErrorText, parseOptions, type OptionSpecs } from './options';

const SPECS: OptionSpecs = {
  topic: { hasArg: true, description: 'The topic.' },
  'topic-id': { hasArg: true, description: 'The id.' },
  config: { hasArg: true, description: 'A config.' },
  list: { hasArg: false, description: 'List all available topics.' },
  describe: { hasArg: false, description: 'Describe.' },
};

function parse(args: string[]) {
  const r = parseOptions(args, SPECS);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.options;
}

describe('parseOptions', () => {
  it('reads --name value and --name=value', () => {
    const o = parse(['--topic', 'a', '--config=x=1']);
    expect(o.values.get('topic')).toEqual(['a']);
    expect(o.values.get('config')).toEqual(['x=1']);
  });
  it('collects repeated options in order', () => {
    expect(parse(['--config', 'a=1', '--config', 'b=2']).values.get('config')).toEqual([
      'a=1',
      'b=2',
    ]);
  });
  it('records flags with no values', () => {
    expect(parse(['--list']).values.get('list')).toEqual([]);
  });
  it('takes the next word as the value even when it looks like an option', () => {
    expect(parse(['--topic', '--list']).values.get('topic')).toEqual(['--list']);
    expect(parse(['--topic', '--list']).values.has('list')).toBe(false);
  });
  it('accepts a unique prefix, prefers an exact name, and rejects an ambiguous one', () => {
    expect(parse(['--desc']).values.has('describe')).toBe(true);
    expect(parse(['--topic', 'x']).values.get('topic')).toEqual(['x']);
    expect(parseOptions(['--top', 'x'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'unrecognized', option: 'top' },
    });
  });
  it('collects non-option words and everything after --', () => {
    expect(parse(['foo', '--list', '--', '--describe']).nonOptions).toEqual(['foo', '--describe']);
  });
  it('fails on an unknown option and on a missing value', () => {
    expect(parseOptions(['--nope'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'unrecognized', option: 'nope' },
    });
    expect(parseOptions(['--topic'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'missingArgument', option: 'topic' },
    });
    expect(parseOptions(['--list=yes'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'unexpectedArgument', option: 'list' },
    });
  });
});

describe('parseErrorText', () => {
  it("prints joptsimple's exception as the JVM does", () => {
    expect(parseErrorText({ kind: 'unrecognized', option: 'nope' })).toBe(
      'Exception in thread "main" joptsimple.UnrecognizedOptionException: nope is not a recognized option',
    );
    expect(parseErrorText({ kind: 'missingArgument', option: 'topic' })).toBe(
      'Exception in thread "main" joptsimple.OptionMissingRequiredArgumentException: Option topic requires an argument',
    );
  });
});

describe('helpTable', () => {
  it('lists options by name with their argument and description', () => {
    const lines = helpTable(SPECS);
    expect(lines[0]).toMatch(/^Option {35}Description$/);
    expect(lines[1]).toMatch(/^------ +-----------$/);
    expect(lines[2]).toMatch(/^--config <config> +A config\.$/);
    expect(lines.findIndex((l) => l.startsWith('--list'))).toBeLessThan(
      lines.findIndex((l) => l.startsWith('--topic ')),
    );
  });
});
