import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTRY, TERMINAL_PROGRAMS } from './commands';
import { asFlag } from './completeWords';
import { HELP_LINES } from './help';
import { KAFKA_36_SCRIPTS } from './shellScripts';
import { contextAt } from './testing';
import type { ProcessKind } from './types';

describe('the registry', () => {
  it('runs only scripts Kafka 3.6 ships', () => {
    for (const script of Object.keys(DEFAULT_REGISTRY.scripts)) {
      expect(KAFKA_36_SCRIPTS).toContain(script);
    }
  });
  it('lists in help exactly the scripts it runs', () => {
    const named = HELP_LINES.join(' ').match(/[a-z-]+\.sh/g) ?? [];
    const runs = TERMINAL_PROGRAMS.filter((p) => p.startsWith('bin/')).map((p) => p.slice(4));
    expect([...new Set(named)].sort()).toEqual(runs);
  });
  it('has a handler for every kind of foreground process', () => {
    const kinds: ProcessKind[] = [
      'zookeeper',
      'kafka',
      'console-producer',
      'console-consumer',
      'zookeeper-shell',
    ];
    for (const kind of kinds) expect(DEFAULT_REGISTRY.handlers[kind], kind).toBeDefined();
  });
  it('offers each option as a flag Tab can type', () => {
    for (const entry of Object.values(DEFAULT_REGISTRY.scripts)) {
      for (const option of entry.options) expect(asFlag(option)).toMatch(/^--?[a-z][a-z0-9.-]*$/);
    }
  });
});

describe('kafka-consumer-groups.sh options for Tab', () => {
  it('are exactly the flags the tool parses', () => {
    const entry = DEFAULT_REGISTRY.scripts['kafka-consumer-groups.sh']!;
    const ctx = contextAt();
    for (const option of entry.options) {
      const r = entry.command([`--${option}`, '--bootstrap-server', 'localhost:9092'], ctx);
      expect(r.output.join('\n'), option).not.toMatch(/is not a recognized option/);
    }
    const unknown = entry.command(['--nope', '--bootstrap-server', 'localhost:9092'], ctx);
    expect(unknown.output.join('\n')).toMatch(/nope is not a recognized option/);
  });
});
