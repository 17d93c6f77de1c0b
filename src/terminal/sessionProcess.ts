// A session's foreground process: its output so far, a line typed to it, Ctrl+C, and its own end.
// Every handler call is guarded: a thrown error becomes a plain line, never a crash.
import type { Registry } from './commandsTypes';
import { failureLine, input, out, shownOf, withShown } from './sessionState';
import type {
  CommandContext,
  ProcessEffect,
  ProcessHandler,
  ProcessOutput,
  ProcessSpec,
  SessionState,
} from './types';

/** A kind with no handler registered prints nothing and reads nothing (Ctrl+C still stops it). */
const SILENT: ProcessHandler = {
  output: () => ({ output: [], exited: false }),
  interrupt: () => ({ output: [], actions: [] }),
  exit: () => ({ output: [], actions: [] }),
};

export function handlerFor(registry: Registry, p: ProcessSpec): ProcessHandler {
  // Each entry is typed for its own kind; the lookup by `p.kind` pairs them (method parameters are
  // bivariant, so the narrower handler is accepted as the general one).
  const handler: ProcessHandler | undefined = registry.handlers[p.kind];
  return handler ?? SILENT;
}

export function processOutput(
  registry: Registry,
  p: ProcessSpec,
  ctx: CommandContext,
): ProcessOutput {
  try {
    return handlerFor(registry, p).output(p, ctx);
  } catch (error) {
    return { output: [failureLine(p.kind, error)], exited: false };
  }
}

/** The prompt the process shows while it reads input, or null. */
export function processPrompt(registry: Registry, p: ProcessSpec): string | null {
  try {
    return handlerFor(registry, p).prompt?.(p) ?? null;
  } catch {
    return null;
  }
}

/** The session with the process's output so far appended to its lines (each line once). */
export function freeze(
  registry: Registry,
  session: SessionState,
  p: ProcessSpec,
  ctx: CommandContext,
): SessionState {
  const all = processOutput(registry, p, ctx).output;
  const shown = shownOf(session);
  if (all.length <= shown) return session;
  const lines = [...session.lines, ...all.slice(shown).map(out)];
  return withShown({ ...session, lines }, all.length);
}

export interface SessionStep {
  session: SessionState;
  actions: ProcessEffect['actions'];
}

/** A line typed while the process runs: it reads it (or, with no input handler, ignores it). */
export function processInput(
  registry: Registry,
  session: SessionState,
  p: ProcessSpec,
  line: string,
  ctx: CommandContext,
): SessionStep {
  const frozen = freeze(registry, session, p, ctx);
  const handler = handlerFor(registry, p);
  if (!handler.input) {
    // A terminal shows what was typed even while a server runs and never reads it.
    return { session: { ...frozen, lines: [...frozen.lines, input(line)] }, actions: [] };
  }
  const prompt = processPrompt(registry, p) ?? '';
  let effect: ProcessEffect & { process: ProcessSpec | null };
  try {
    effect = handler.input(p, line, ctx);
  } catch (error) {
    effect = { output: [failureLine(p.kind, error)], actions: [], process: p };
  }
  const lines = [...frozen.lines, input(prompt + line), ...effect.output.map(out)];
  const next = { ...frozen, lines, process: effect.process };
  return { session: effect.process ? next : withShown(next, 0), actions: effect.actions };
}

/**
 * Ctrl+C (`caret`) or the process's own end: its output so far, then its closing lines. The tty
 * echoes `^C` where the cursor is (after a prompt such as `>`), and the tool's first closing line
 * follows on that same line, as in `^CProcessed a total of 3 messages`.
 */
export function processStop(
  registry: Registry,
  session: SessionState,
  p: ProcessSpec,
  ctx: CommandContext,
  caret: boolean,
): SessionStep {
  const frozen = freeze(registry, session, p, ctx);
  const handler = handlerFor(registry, p);
  let effect: ProcessEffect;
  try {
    effect = caret ? handler.interrupt(p, ctx) : handler.exit(p, ctx);
  } catch (error) {
    effect = { output: [failureLine(p.kind, error)], actions: [] };
  }
  const closing = effect.output.map(out);
  if (caret) {
    const prompt = processPrompt(registry, p);
    const [first, ...rest] = effect.output;
    const text = (prompt ?? '') + '^C' + (first ?? '');
    closing.splice(0, closing.length, prompt ? input(text) : out(text), ...rest.map(out));
  }
  const next = { ...frozen, lines: [...frozen.lines, ...closing], process: null };
  return { session: withShown(next, 0), actions: effect.actions };
}
