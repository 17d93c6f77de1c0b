// The words Tab may put in place of the one being typed: programs first, then a program's options,
// option values and file paths. Each candidate carries what bash lists for it (a path's last part).
import type { Registry } from './commandsTypes';
import { optionValues } from './completeValues';
import { BUILTIN_NAMES } from './shellBuiltins';
import { absolutePath, KAFKA_DIR } from './shellPaths';
import { resolveProgram } from './shellResolve';
import type { CommandContext } from './types';

export interface Candidate {
  /** The whole word that replaces the typed one. */
  value: string;
  /** What the list of choices shows. */
  display: string;
}

const plain = (values: readonly string[]): Candidate[] =>
  values.map((value) => ({ value, display: value }));

/** An option as typed: a bare name (`topic`) gets `--`; one given with its dashes stays as is. */
export const asFlag = (option: string): string => (option.startsWith('-') ? option : `--${option}`);

type EntryFilter = (entry: string, dirAbs: string) => boolean;

/** Entries of the typed word's directory, as `dir/entry` (directories end with '/'). */
function paths(
  current: string,
  registry: Registry,
  ctx: CommandContext,
  keep: EntryFilter = () => true,
): Candidate[] {
  const dirPart = current.slice(0, current.lastIndexOf('/') + 1);
  const dirAbs = absolutePath(dirPart === '' ? '.' : dirPart);
  const entries = registry.listDir(ctx, dirAbs) ?? [];
  return entries
    .filter((entry) => keep(entry, dirAbs))
    .map((entry) => ({ value: dirPart + entry, display: entry }));
}

/** The first word: built-ins, PATH programs and bin/ scripts; a path lists what can run there. */
function programs(current: string, registry: Registry, ctx: CommandContext): Candidate[] {
  if (current.includes('/')) {
    const runnable: EntryFilter = (entry, dirAbs) =>
      entry.endsWith('/') ||
      (dirAbs === `${KAFKA_DIR}/bin` && Object.hasOwn(registry.scripts, entry));
    return paths(current, registry, ctx, runnable);
  }
  const scripts = Object.keys(registry.scripts).map((s) => `bin/${s}`);
  return plain([...BUILTIN_NAMES, ...Object.keys(registry.path), ...scripts]);
}

/** Candidates for `current`, the word after `words` on the line. */
export function candidatesFor(
  words: readonly string[],
  current: string,
  registry: Registry,
  ctx: CommandContext,
): Candidate[] {
  const [program] = words;
  if (program === undefined) return programs(current, registry, ctx);
  const resolved = resolveProgram(program, registry, { listDir: registry.listDir, ctx });
  if (resolved.kind === 'builtin') {
    if (resolved.name !== 'cd') return [];
    return paths(current, registry, ctx, (entry) => entry.endsWith('/'));
  }
  if (resolved.kind !== 'program') return [];
  const entry = resolved.entry;
  const inline = /^--([^=]+)=(.*)$/.exec(current);
  if (inline) {
    // `--topic=or`: the value after '=' completes, the option stays in front of it.
    const values = optionValues(inline[1]!, words, ctx);
    const found = values === 'files' ? paths(inline[2]!, registry, ctx) : plain(values ?? []);
    return found.map((c) => ({ value: `--${inline[1]}=${c.value}`, display: c.display }));
  }
  const prev = words.length > 1 ? words[words.length - 1]! : '';
  const values = prev.startsWith('--') ? optionValues(prev.slice(2), words, ctx) : null;
  if (values === 'files') return paths(current, registry, ctx);
  if (values) return plain(values);
  const flags = plain(entry.options.map(asFlag));
  if (current.startsWith('-')) return flags;
  if (entry.operands === 'files') return paths(current, registry, ctx);
  return entry.operands ? plain(entry.operands(words, current, ctx)) : flags;
}
