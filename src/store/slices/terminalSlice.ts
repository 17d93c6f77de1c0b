// The learner's terminal: a fold over the scenario's terminal.* actions (so a link replays it),
// live commands acted through the store's own act path, tabs, and a process that ends by itself.
import type { Simulation } from '../../model/simulationTypes';
import type { CommandContext, TerminalAction, TerminalState } from '../../terminal/types';
import type { GetState, SetState, StoreContext } from '../types';
import {
  TerminalReplay,
  commandContext,
  countAtOrBefore,
  highestSession,
  isTerminalAction,
  safeApply,
} from './terminalSliceReplay';
import { sameTerminalView } from './terminalSliceSame';
import type {
  TerminalApi,
  TerminalSessionView,
  TerminalSlice,
  TerminalView,
} from './terminalSliceTypes';

export type { TerminalApi, TerminalSessionView, TerminalSlice, TerminalView };

/** The terminal's code is fetched when first needed: it is not part of the initial bundle. */
export const loadTerminalApi = (): Promise<TerminalApi> => import('../../terminal');

const EMPTY_SESSION: TerminalSessionView = {
  lines: [],
  prompt: '',
  running: null,
  exited: false,
  history: [],
};

const EMPTY_VIEW: TerminalView = {
  ready: false,
  loadFailed: false,
  used: false,
  sessions: [EMPTY_SESSION],
  activeSession: 0,
  files: {},
  editableFiles: [],
};

/** The terminal at `now`: the fold and the context a command typed now would read. */
interface Current {
  sim: Simulation;
  state: TerminalState;
  ctx: CommandContext;
}

export function createTerminalSlice(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
  load: () => Promise<TerminalApi> = loadTerminalApi,
): TerminalSlice {
  let api: TerminalApi | null = null;
  let loading: Promise<void> | null = null;
  let loadFailed = false;
  let replay: TerminalReplay | null = null;
  let current: Current | null = null;
  let lastSim: Simulation | null = null;
  /** Tabs opened in this page; a link's tabs come from the sessions its actions use. */
  let openedTabs = 1;
  let active = 0;
  /** Set while the slice acts, so the store's change notifications wait for the batch's end. */
  let busy = false;

  const sessionView = (c: Current, session: number): TerminalSessionView => {
    const history = c.state.sessions[session]?.history ?? [];
    try {
      return { ...api!.viewSession(c.state, session, c.ctx), history };
    } catch {
      // A view the terminal cannot draw shows the lines it printed, never a broken page.
      const lines = c.state.sessions[session]?.lines ?? [];
      return { lines, prompt: api!.PROMPT, running: null, exited: false, history };
    }
  };

  /**
   * Reads the terminal at `now` again and publishes it if anything the view draws changed;
   * `selfExit`: also record a process that ended by itself (not while acting for the learner).
   */
  const refresh = (selfExit = true): void => {
    if (busy) return;
    const sim = ctx.sim;
    const scenario = sim?.scenario ?? null;
    if (sim !== lastSim) {
      lastSim = sim;
      openedTabs = 1;
      active = 0;
    }
    const actions = scenario?.actions ?? [];
    const used = actions.some(isTerminalAction);
    const tabs = Math.max(openedTabs, highestSession(actions) + 1, 1);
    active = Math.min(active, tabs - 1);
    let next: TerminalView;
    if (!api || !sim || !scenario) {
      current = null;
      const sessions = Array.from({ length: tabs }, () => EMPTY_SESSION);
      next = { ...EMPTY_VIEW, loadFailed, used, sessions, activeSession: active };
      if (used && !api && !loadFailed) void slice.loadTerminal();
    } else {
      replay ??= new TerminalReplay(api);
      replay.sync(sim);
      const index = countAtOrBefore(actions, sim.now);
      const state = replay.stateBefore(index);
      // The published snapshot and events are the world at `now` (no copy per frame).
      const { snapshot: published, events } = get();
      const snapshot = published ?? sim.snapshot();
      current = { sim, state, ctx: commandContext(snapshot, scenario, index, events, state.files) };
      const c = current;
      next = {
        ready: true,
        loadFailed: false,
        used,
        sessions: Array.from({ length: tabs }, (_, i) => sessionView(c, i)),
        activeSession: active,
        files: state.files,
        editableFiles: api.EDITABLE_CONFIG_FILES,
      };
      if (selfExit && endBySelf(sim, next.sessions)) return;
    }
    if (!sameTerminalView(get().terminal, next)) set({ terminal: next });
  };

  /**
   * A process that ended by itself (--max-messages reached, its broker stopped) is recorded as a
   * `terminal.exit` at the live edge, once, so a link replays its closing lines at the same instant.
   * Acting discards later actions, so it never acts while the scenario holds any.
   */
  const endBySelf = (sim: Simulation, sessions: TerminalSessionView[]): boolean => {
    if (sim.now !== sim.horizon) return false;
    const actions = sim.scenario.actions;
    if (actions.some((a) => a.at > sim.now)) return false;
    const session = sessions.findIndex((view, i) => {
      if (!view.exited) return false;
      const last = actions.findLast(
        (a) => isTerminalAction(a) && 'session' in a && a.session === i,
      );
      return last?.type !== 'terminal.exit';
    });
    if (session < 0) return false;
    perform({ type: 'terminal.exit', session });
    return true;
  };

  /** Computes a terminal action against the world now, then acts it and what it does. */
  const perform = (action: TerminalAction): void => {
    refresh(false);
    const c = current;
    if (!api || !c || c.sim !== ctx.sim) return;
    const index = c.ctx.scenario.actions.length;
    const step = safeApply(api, c.state, action, c.ctx);
    busy = true;
    try {
      get().act(action);
      for (const a of step.actions) get().act(a);
    } finally {
      busy = false;
    }
    replay?.sync(c.sim);
    replay?.remember(index, action, step.state);
    refresh();
  };

  const slice: TerminalSlice = {
    terminal: EMPTY_VIEW,
    loadTerminal() {
      loadFailed = false;
      loading ??= load().then(
        (loaded) => {
          api = loaded;
          ctx.terminalDriver = loaded.terminalDriver;
          refresh();
        },
        () => {
          // A failed fetch (offline) is said in the panel, which may try again.
          loading = null;
          loadFailed = true;
          refresh();
        },
      );
      return loading;
    },
    refreshTerminal() {
      refresh();
    },
    runTerminalLine(session, line) {
      perform({ type: 'terminal.line', session, line });
    },
    interruptTerminal(session) {
      perform({ type: 'terminal.interrupt', session });
    },
    saveTerminalFile(path, content) {
      perform({ type: 'terminal.file', path, content });
    },
    readTerminalFile(path) {
      if (!api || !current) return null;
      try {
        return api.readFile(current.ctx, path);
      } catch {
        return null;
      }
    },
    completeTerminalLine(session, line) {
      if (!api || !current) return { line, candidates: [] };
      try {
        return api.completeLine(current.state, session, line, current.ctx);
      } catch {
        return { line, candidates: [] };
      }
    },
    openTerminalTab() {
      openedTabs = get().terminal.sessions.length + 1;
      active = openedTabs - 1;
      refresh();
    },
    setActiveTerminal(session) {
      if (!Number.isInteger(session) || session < 0) return;
      if (session >= get().terminal.sessions.length) return;
      active = session;
      set({ terminal: { ...get().terminal, activeSession: session } });
    },
  };
  return slice;
}
