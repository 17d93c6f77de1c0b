// The terminal as a fold over the scenario's terminal.* actions: each one replays against the world
// just before it, so a shared link rebuilds the transcript the learner saw. Folds are cached per
// action index and dropped when an act discards the actions they stood on.
import type { Scenario, ScenarioAction } from '../../model/scenarioTypes';
import type { Simulation } from '../../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../../model/snapshotTypes';
import type {
  CommandContext,
  SessionState,
  TerminalAction,
  TerminalState,
  TerminalStep,
} from '../../terminal/types';
import {
  contextAt,
  foldTerminalActions,
  isTerminalAction as isTerminal,
  terminalRandom,
} from '../../terminal/replayContext';
import type { TerminalApi } from './terminalSliceTypes';

export function isTerminalAction(a: ScenarioAction | undefined): a is TerminalScenarioAction {
  return a !== undefined && isTerminal(a);
}

/** Kafka's own randomness for the command at scenario index `index`, the same on every replay. */
export const replayRandom = terminalRandom;

/** What a command reads: the world at its instant, the scenario before it, its events and files. */
export function commandContext(
  snapshot: ClusterSnapshot,
  scenario: Scenario,
  index: number,
  events: readonly TimelineEvent[],
  files: Record<string, string>,
): CommandContext {
  return contextAt(scenario, index, snapshot, events, files);
}

export type TerminalScenarioAction = Extract<
  ScenarioAction,
  { type: 'terminal.line' | 'terminal.interrupt' | 'terminal.exit' | 'terminal.file' }
>;

/** The action as the terminal takes it: without its time. */
export function withoutTime(a: TerminalScenarioAction): TerminalAction {
  const { at: _at, ...rest } = a;
  return rest;
}

/** How many actions are at or before `t` (the index the next act at `t` gets): actions are sorted. */
export function countAtOrBefore(actions: readonly ScenarioAction[], t: number): number {
  let n = 0;
  while (n < actions.length && actions[n]!.at <= t) n++;
  return n;
}

/** The highest terminal session any action uses, or -1. */
export function highestSession(actions: readonly ScenarioAction[]): number {
  let high = -1;
  for (const a of actions)
    if ('session' in a && isTerminalAction(a)) high = Math.max(high, a.session);
  return high;
}

function sessionAt(state: TerminalState, session: number): SessionState[] {
  const sessions = state.sessions.slice();
  while (sessions.length <= session) sessions.push({ lines: [], process: null, history: [] });
  return sessions;
}

/**
 * applyTerminalAction, but a failure in the terminal's code becomes a line in the transcript rather
 * than a broken page (and replays the same way, since the same input fails the same way).
 */
export function safeApply(
  api: TerminalApi,
  state: TerminalState,
  action: TerminalAction,
  ctx: CommandContext,
): TerminalStep {
  try {
    return api.applyTerminalAction(state, action, ctx);
  } catch (error) {
    if (!('session' in action)) return { state, actions: [] };
    const sessions = sessionAt(state, action.session);
    const s = sessions[action.session]!;
    const typed = action.type === 'terminal.line' ? action.line : '^C';
    sessions[action.session] = {
      ...s,
      lines: [
        ...s.lines,
        { kind: 'prompt', text: `${api.PROMPT}${typed}` },
        { kind: 'out', text: `kafka-visibly: internal error: ${String(error)}` },
      ],
    };
    return { state: { ...state, sessions }, actions: [] };
  }
}

/** Same action list up to which index (references first: an act keeps the prefix's objects). */
function commonPrefix(a: readonly ScenarioAction[], b: readonly ScenarioAction[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
  }
  return n;
}

export class TerminalReplay {
  private sim: Simulation | null = null;
  private actions: readonly ScenarioAction[] = [];
  /** The terminal just after the terminal action at each scenario index. */
  private readonly after = new Map<number, TerminalState>();

  constructor(private readonly api: TerminalApi) {}

  /** Keeps only the folds the current run still backs (another run, or an act that forked). */
  sync(sim: Simulation): void {
    const next = sim.scenario.actions;
    if (sim !== this.sim) {
      this.sim = sim;
      this.after.clear();
    } else if (next !== this.actions) {
      const keep = commonPrefix(this.actions, next);
      for (const i of [...this.after.keys()]) if (i >= keep) this.after.delete(i);
    }
    this.actions = next;
  }

  /**
   * Records the live result of `action`, taken at scenario index `index` (a replay would compute
   * the same); nothing if the scenario does not hold that action there.
   */
  remember(index: number, action: TerminalAction, state: TerminalState): void {
    const held = this.actions[index];
    if (!isTerminalAction(held)) return;
    if (JSON.stringify(withoutTime(held)) === JSON.stringify(action)) this.after.set(index, state);
  }

  /** The terminal after every terminal action before scenario index `end`. */
  stateBefore(end: number): TerminalState {
    const sim = this.sim;
    let start = -1;
    let state: TerminalState | undefined;
    for (let i = Math.min(end, this.actions.length) - 1; i >= 0 && !state; i--) {
      state = this.after.get(i);
      if (state) start = i;
    }
    state ??= this.api.emptyTerminal();
    if (!sim) return state;
    const upTo = Math.min(end, this.actions.length);
    const apply = (s: TerminalState, a: TerminalAction, ctx: CommandContext) =>
      safeApply(this.api, s, a, ctx).state;
    for (const e of foldTerminalActions(sim, state, start + 1, upTo, apply)) {
      this.after.set(e.index, e.state);
      state = e.state;
    }
    return state;
  }
}
