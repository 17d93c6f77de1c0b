// Tab, as bash does it: one match completes (with a space after it, none after a directory's '/');
// several complete to what they share and are listed; none leaves the line as it is.
import { DEFAULT_REGISTRY } from './commands';
import type { Registry } from './commandsTypes';
import { commonPrefix, escapeWord, splitForCompletion } from './completeSplit';
import { candidatesFor, type Candidate } from './completeWords';
import { lsOrder } from './files';
import { sessionAt } from './sessionState';
import type { CommandContext, TerminalState } from './types';

export interface Completion {
  line: string;
  /** The choices to list when several words match (empty when Tab completed the word or found none). */
  candidates: string[];
}

export function completeLine(
  state: TerminalState,
  session: number,
  line: string,
  ctx: CommandContext,
  registry: Registry = DEFAULT_REGISTRY,
): Completion {
  const unchanged: Completion = { line, candidates: [] };
  // A running tool reads lines itself; none of the simulated ones completes (JLine is off).
  if (sessionAt(state, session).process) return unchanged;
  const split = splitForCompletion(line);
  if (!split) return unchanged;
  const withFiles = { ...ctx, files: { ...ctx.files, ...state.files } };
  let all: Candidate[];
  try {
    all = candidatesFor(split.words, split.current, registry, withFiles);
  } catch {
    return unchanged;
  }
  const byValue = new Map<string, Candidate>();
  for (const c of all) if (c.value.startsWith(split.current)) byValue.set(c.value, c);
  // Listed in ls's order, as bash lists its choices.
  const matches = [...byValue.values()].sort((a, b) => lsOrder(a.value, b.value));
  const [only] = matches;
  if (!only) return unchanged;
  if (matches.length === 1) {
    const space = only.value.endsWith('/') ? '' : ' ';
    return { line: split.before + escapeWord(only.value) + space, candidates: [] };
  }
  const prefix = commonPrefix(matches.map((c) => c.value));
  const completed = prefix.length > split.current.length ? split.before + escapeWord(prefix) : line;
  return { line: completed, candidates: matches.map((c) => c.display) };
}
