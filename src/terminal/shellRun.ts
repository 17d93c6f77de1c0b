// A line typed at the prompt: echoed after the prompt, kept in history, split into words, and run
// as a built-in or a program (whose foreground process, if any, becomes the session's).
import type { Registry } from './commandsTypes';
import type { SessionStep } from './sessionProcess';
import { failureLine, out, promptLine } from './sessionState';
import { BUILTINS } from './shellBuiltins';
import { PROMPT } from './shellPaths';
import { resolveCommand } from './shellResolve';
import { tokenize } from './tokenize';
import type { CommandContext, CommandResult, SessionState } from './types';

/** Words bash reads as control operators or redirections, which this shell does not have. */
const OPERATORS = new Set(['|', '||', '&', '&&', ';', '>', '>>', '<', '2>', '2>&1', '&>']);

/** Ubuntu's HISTCONTROL=ignoreboth: no lines starting with a space, no repeat of the last line. */
function remember(history: readonly string[], line: string): string[] {
  if (line.startsWith(' ') || history[history.length - 1] === line) return [...history];
  return [...history, line];
}

export function runLine(
  registry: Registry,
  session: SessionState,
  line: string,
  ctx: CommandContext,
): SessionStep {
  const lines = [...session.lines, promptLine(PROMPT + line)];
  if (line.trim() === '') return { session: { ...session, lines }, actions: [] };
  const history = remember(session.history, line);
  const done = (output: readonly string[], extra: Partial<SessionState> = {}): SessionStep => ({
    session: { ...session, lines: [...lines, ...output.map(out)], history, ...extra },
    actions: [],
  });

  const words = tokenize(line);
  if (!words.ok) return done([`bash: ${words.error}`]);
  if (words.argv.length === 0) return done([]);
  if (words.argv.some((w) => OPERATORS.has(w))) {
    // Teaching simplification (tokenize.ts): one command per line, in the foreground.
    return done([
      'This terminal runs one command at a time: pipes, redirections, ; and & are not supported. Open another tab to run a second program.',
    ]);
  }

  const env = { listDir: registry.listDir, ctx };
  const { resolved, args } = resolveCommand(words.argv, registry, env);
  if (resolved.kind === 'error') return done([resolved.message]);
  if (resolved.kind === 'builtin') {
    const result = BUILTINS[resolved.name]!(args, { ...env, history });
    if (result.clear) return { session: { ...session, lines: [], history }, actions: [] };
    return done(result.output);
  }

  let result: CommandResult;
  try {
    result = resolved.entry.command(args, ctx);
  } catch (error) {
    result = { output: [failureLine(resolved.name, error)], exitCode: 1, actions: [] };
  }
  const step = done(result.output, { process: result.process ?? null });
  return { ...step, actions: [...result.actions] };
}
