// The terminal's state as plain data: empty sessions, a session by index, and how much of the
// running process's output is already frozen into the session's lines.
import type { SessionState, TerminalLine, TerminalState } from './types';

/**
 * A session that also remembers how many lines of its running process's output it has already
 * frozen into `lines` (when the process read a line: the typed line must come after them). The
 * field is absent when nothing is frozen; it is plain data, so a replay rebuilds it.
 */
export interface ShellSession extends SessionState {
  shown?: number;
}

export function emptySession(): SessionState {
  return { lines: [], process: null, history: [] };
}

/** One session, no lines, no files. */
export function emptyTerminal(): TerminalState {
  return { sessions: [emptySession()], files: {} };
}

/** Whether `index` can name a tab (tabs are numbered from 0). */
export function validSession(index: number): boolean {
  return Number.isInteger(index) && index >= 0;
}

/** The session at `index`, or an empty one when that tab has not been used yet. */
export function sessionAt(state: TerminalState, index: number): SessionState {
  return state.sessions[index] ?? emptySession();
}

/** A new state with session `index` replaced (earlier missing tabs become empty sessions). */
export function withSession(
  state: TerminalState,
  index: number,
  session: SessionState,
): TerminalState {
  const sessions = [...state.sessions];
  while (sessions.length < index) sessions.push(emptySession());
  sessions[index] = session;
  return { ...state, sessions };
}

/** Lines of the running process's output already in `lines`. */
export function shownOf(session: SessionState): number {
  return (session as ShellSession).shown ?? 0;
}

/** `session` with `shown` set (dropped at 0, so an idle session is exactly a SessionState). */
export function withShown(session: SessionState, shown: number): SessionState {
  const { shown: _old, ...rest } = session as ShellSession;
  const next: ShellSession = shown > 0 ? { ...rest, shown } : rest;
  return next;
}

export const out = (text: string): TerminalLine => ({ kind: 'out', text });
export const input = (text: string): TerminalLine => ({ kind: 'input', text });
export const promptLine = (text: string): TerminalLine => ({ kind: 'prompt', text });

/** A thrown error as the one plain line the learner sees instead of a crash. */
export function failureLine(what: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `This simulator failed while running ${what}: ${message}`;
}
