// A tiny stand-in for src/terminal in store tests: `echo`, `crash <id>` (a cluster action),
// `tick` (a process that prints each second and ends by itself after 3 s), and the editor's files.
import type { CommandContext, SessionState, TerminalState } from '../../terminal/types';
import type { TerminalApi } from '../slices/terminalSliceTypes';

const PROMPT = '$ ';

function withSession(state: TerminalState, i: number, f: (s: SessionState) => SessionState) {
  const sessions = state.sessions.slice();
  while (sessions.length <= i) sessions.push({ lines: [], process: null, history: [] });
  sessions[i] = f(sessions[i]!);
  return { ...state, sessions };
}

function ticks(startedAt: number, ctx: CommandContext): string[] {
  const n = Math.min(3, Math.floor((ctx.snapshot.now - startedAt) / 1000));
  return Array.from({ length: n }, (_, k) => `tick ${k + 1} (random ${ctx.random?.toFixed(3)})`);
}

export const fakeTerminal: TerminalApi = {
  PROMPT,
  EDITABLE_CONFIG_FILES: ['config/server.properties', 'config/zookeeper.properties'],
  emptyTerminal: () => ({ sessions: [], files: {} }),
  applyTerminalAction(state, action, ctx) {
    if (action.type === 'terminal.file') {
      return {
        state: { ...state, files: { ...state.files, [action.path]: action.content } },
        actions: [],
      };
    }
    const s = action.session;
    const running = state.sessions[s]?.process;
    if (action.type === 'terminal.interrupt' || action.type === 'terminal.exit') {
      const closing = running ? ticks(running.startedAt, ctx) : [];
      const tail = action.type === 'terminal.interrupt' ? ['^C'] : ['done'];
      return {
        state: withSession(state, s, (x) => ({
          ...x,
          process: null,
          lines: [
            ...x.lines,
            ...closing.map((text) => ({ kind: 'out' as const, text })),
            ...tail.map((text) => ({ kind: 'out' as const, text })),
          ],
        })),
        actions: [],
      };
    }
    if (running) {
      return {
        state: withSession(state, s, (x) => ({
          ...x,
          lines: [...x.lines, { kind: 'input', text: action.line }],
        })),
        actions: [],
      };
    }
    const [cmd, ...args] = action.line.trim().split(/\s+/);
    const prompt = { kind: 'prompt' as const, text: `${PROMPT}${action.line}` };
    const add = (out: string[], process: SessionState['process'] = null) =>
      withSession(state, s, (x) => ({
        lines: [...x.lines, prompt, ...out.map((text) => ({ kind: 'out' as const, text }))],
        process,
        history: [...x.history, action.line],
      }));
    if (cmd === 'echo')
      return { state: add([`${args.join(' ')} @${ctx.snapshot.now}`]), actions: [] };
    if (cmd === 'crash') {
      return { state: add([]), actions: [{ type: 'broker.crash', broker: Number(args[0]) }] };
    }
    if (cmd === 'cat')
      return { state: add([ctx.files?.[args[0] ?? ''] ?? 'no such file']), actions: [] };
    if (cmd === 'tick')
      return { state: add([], { kind: 'zookeeper', startedAt: ctx.snapshot.now }), actions: [] };
    if (cmd === 'boom') throw new Error('boom');
    return { state: add([`${cmd}: command not found`]), actions: [] };
  },
  viewSession(state, session, ctx) {
    const s = state.sessions[session];
    const p = s?.process ?? null;
    const live = p ? ticks(p.startedAt, ctx).map((text) => ({ kind: 'out' as const, text })) : [];
    return {
      lines: [...(s?.lines ?? []), ...live],
      prompt: p ? '' : PROMPT,
      running: p?.kind ?? null,
      exited: p !== null && ctx.snapshot.now - p.startedAt >= 3000,
    };
  },
  completeLine(_state, _session, line) {
    if ('echo'.startsWith(line) && line !== '') return { line: 'echo ', candidates: [] };
    if (line === 'c') return { line, candidates: ['cat', 'crash'] };
    return { line, candidates: [] };
  },
  readFile(ctx, path) {
    if (!this.EDITABLE_CONFIG_FILES.includes(path)) return null;
    return ctx.files?.[path] ?? `# shipped ${path}\n`;
  },
  // The fake records terminal actions and takes no cluster actions.
  terminalDriver: {
    act: (sim, action) => sim.act(action),
    readFile: (_sim, path) => `# shipped ${path}\n`,
  },
};
