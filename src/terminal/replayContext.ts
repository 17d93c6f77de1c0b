// What a terminal action reads when it runs or replays: the world, scenario and timeline before it,
// and its replayable randomness. Types only besides this file: the store imports it without
// loading the terminal's code.
import type { Scenario, ScenarioAction } from '../model/scenarioTypes';
import type { Simulation } from '../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../model/snapshotTypes';
import type { CommandContext, TerminalAction, TerminalState } from './types';

export function isTerminalAction(a: { type: string }): a is TerminalAction {
  return (
    a.type === 'terminal.line' ||
    a.type === 'terminal.interrupt' ||
    a.type === 'terminal.exit' ||
    a.type === 'terminal.file'
  );
}

/** A number in [0, 1) fixed by the seed and the action's index (Kafka's own randomness, replayable). */
export function terminalRandom(seed: number, index: number): number {
  // 32-bit mix (splitmix-like): the same inputs always give the same number.
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 0x1_0000_0000;
}

/** The context a terminal action at `index` ran with: the world, scenario and timeline before it. */
export function contextAt(
  scenario: Scenario,
  index: number,
  snapshot: ClusterSnapshot,
  events: readonly TimelineEvent[],
  files: Readonly<Record<string, string>>,
): CommandContext {
  const at = snapshot.now;
  return {
    snapshot,
    scenario: { ...scenario, actions: scenario.actions.slice(0, index) },
    events: events.filter((e) => e.at <= at),
    files,
    random: terminalRandom(scenario.seed, index),
  };
}

/** One folded terminal action: the state after it. */
export interface FoldEntry {
  index: number;
  at: number;
  state: TerminalState;
}

/**
 * The terminal after each of its actions among `actions[from..upTo)`, continuing from `start`
 * (the state before `from`); each action sees the world just before it. `apply` runs one action
 * (the terminal's applyTerminalAction, or the store's guarded version of it).
 */
export function foldTerminalActions(
  sim: Simulation,
  start: TerminalState,
  from: number,
  upTo: number,
  apply: (state: TerminalState, action: TerminalAction, ctx: CommandContext) => TerminalState,
): FoldEntry[] {
  const scenario = sim.scenario;
  const events = sim.events();
  const out: FoldEntry[] = [];
  let state = start;
  for (let i = from; i < upTo; i++) {
    const a = scenario.actions[i] as ScenarioAction;
    if (!isTerminalAction(a)) continue;
    const { at, ...action } = a;
    const ctx = contextAt(scenario, i, sim.snapshotBeforeAction(i), events, state.files);
    state = apply(state, action as TerminalAction, ctx);
    out.push({ index: i, at, state });
  }
  return out;
}
