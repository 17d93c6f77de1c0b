import { describe, expect, it } from 'vitest';
import { cat, columns, ls } from './shellFiles';
import { ZOOKEEPER_PROPERTIES } from './shippedConfigs';
import { contextAt } from './testing';

const ctx = contextAt();

describe('cat', () => {
  it('prints a file line by line', () => {
    const r = cat(['config/zookeeper.properties'], ctx);
    expect(r.exitCode).toBe(0);
    expect(r.output).toEqual(ZOOKEEPER_PROPERTIES.replace(/\n$/, '').split('\n'));
  });
  it("uses coreutils' error texts and goes on with the next file", () => {
    const r = cat(['nope', 'config', 'config/zookeeper.properties'], ctx);
    expect(r.exitCode).toBe(1);
    expect(r.output.slice(0, 2)).toEqual([
      'cat: nope: No such file or directory',
      'cat: config: Is a directory',
    ]);
    expect(r.output).toContain('clientPort=2181');
  });
  it('prints a one-line note instead of binary bytes', () => {
    const r = cat(['libs/kafka-clients-3.6.2.jar'], ctx);
    expect(r.output).toHaveLength(1);
    expect(r.output[0]).toContain('binary');
  });
});

describe('ls', () => {
  it('lists the working directory in columns', () => {
    expect(ls([], ctx).output).toEqual(['bin  config  libs  LICENSE  licenses  NOTICE  site-docs']);
  });
  it("uses coreutils' text and exit 2 for a missing path", () => {
    const r = ls(['nope'], ctx);
    expect(r).toEqual({
      output: ["ls: cannot access 'nope': No such file or directory"],
      exitCode: 2,
      actions: [],
    });
  });
  it('ls -l shows mode, owner, size and name', () => {
    const r = ls(['-l', 'config'], ctx);
    expect(r.output[0]).toMatch(/^total \d+$/);
    const server = r.output.find((l) => l.endsWith(' server.properties'))!;
    expect(server).toMatch(
      /^-rw-r--r-- 1 learner learner +\d+ \w{3} [ \d]\d \d\d:\d\d server\.properties$/,
    );
    const size = new TextEncoder().encode(
      cat(['config/server.properties'], ctx).output.join('\n') + '\n',
    ).length;
    expect(server).toContain(` ${size} `);
    expect(
      ls(['-l', 'bin'], ctx).output.some(
        (l) => l.startsWith('-rwxr-xr-x') && l.endsWith('kafka-topics.sh'),
      ),
    ).toBe(true);
  });
  it('shows headers for several operands and refuses unknown flags', () => {
    const r = ls(['config', 'libs'], ctx);
    expect(r.output[0]).toBe('config:');
    expect(r.output).toContain('');
    expect(r.output).toContain('libs:');
    expect(ls(['-z'], ctx)).toMatchObject({
      exitCode: 2,
      output: ["ls: invalid option -- 'z'", "Try 'ls --help' for more information."],
    });
  });
  it('fills columns down then across within 80 characters', () => {
    const names = Array.from({ length: 30 }, (_, i) => `file-number-${i}`);
    const out = columns(names);
    expect(out.every((l) => l.length <= 80)).toBe(true);
    expect(out.length).toBeGreaterThan(1);
    expect(out[0]!.startsWith('file-number-0 ')).toBe(true);
    expect(out[1]!.startsWith('file-number-1 ')).toBe(true);
  });
});
