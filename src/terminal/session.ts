// The terminal as a pure fold: each recorded terminal action, with the world just before it, gives
// the next terminal state and the cluster actions to apply right after. Never throws.
import { DEFAULT_REGISTRY } from './commands';
import type { Registry } from './commandsTypes';
import { processInput, processOutput, processPrompt, processStop } from './sessionProcess';
import type { SessionStep } from './sessionProcess';
import { promptLine, sessionAt, shownOf, validSession, withSession } from './sessionState';
import { PROMPT } from './shellPaths';
import { runLine } from './shellRun';
import type {
  CommandContext,
  ProcessKind,
  TerminalAction,
  TerminalLine,
  TerminalState,
  TerminalStep,
} from './types';

export { emptyTerminal } from './sessionState';

/** The context commands see: the terminal's saved files are part of the world they read. */
function withFiles(state: TerminalState, ctx: CommandContext): CommandContext {
  return { ...ctx, files: { ...ctx.files, ...state.files } };
}

function step(
  state: TerminalState,
  action: TerminalAction,
  ctx: CommandContext,
  registry: Registry,
): TerminalStep {
  if (action.type === 'terminal.file') {
    return {
      state: { ...state, files: { ...state.files, [action.path]: action.content } },
      actions: [],
    };
  }
  if (!validSession(action.session)) return { state, actions: [] };
  const session = sessionAt(state, action.session);
  const p = session.process;
  let next: SessionStep;
  if (action.type === 'terminal.line') {
    next = p
      ? processInput(registry, session, p, action.line, ctx)
      : runLine(registry, session, action.line, ctx);
  } else if (p) {
    next = processStop(registry, session, p, ctx, action.type === 'terminal.interrupt');
  } else if (action.type === 'terminal.interrupt') {
    // bash: ^C after the prompt, and a fresh prompt below.
    next = {
      session: { ...session, lines: [...session.lines, promptLine(PROMPT + '^C')] },
      actions: [],
    };
  } else {
    return { state, actions: [] };
  }
  return { state: withSession(state, action.session, next.session), actions: next.actions };
}

export function applyTerminalAction(
  state: TerminalState,
  action: TerminalAction,
  ctx: CommandContext,
  registry: Registry = DEFAULT_REGISTRY,
): TerminalStep {
  try {
    return step(state, action, withFiles(state, ctx), registry);
  } catch {
    // Commands and handlers are guarded one by one; this only keeps a replay alive if the shell errs.
    return { state, actions: [] };
  }
}

export interface SessionView {
  lines: TerminalLine[];
  /** PROMPT when idle; the process's prompt (`>`), or '' while a process runs. */
  prompt: string;
  running: ProcessKind | null;
  /** The running process ended by itself: the store records `terminal.exit`. */
  exited: boolean;
}

/** What tab `session` shows at `ctx`: its lines, then the running process's output so far. */
export function viewSession(
  state: TerminalState,
  session: number,
  ctx: CommandContext,
  registry: Registry = DEFAULT_REGISTRY,
): SessionView {
  const s = sessionAt(state, session);
  const p = s.process;
  if (!p) return { lines: s.lines, prompt: PROMPT, running: null, exited: false };
  const now = processOutput(registry, p, withFiles(state, ctx));
  const lines = [
    ...s.lines,
    ...now.output.slice(shownOf(s)).map((text) => ({ kind: 'out' as const, text })),
  ];
  return { lines, prompt: processPrompt(registry, p) ?? '', running: p.kind, exited: now.exited };
}
