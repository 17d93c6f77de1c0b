// Drives the terminal over a Simulation: the terminal's state is a fold of the scenario's terminal.*
// actions, each taken with the world as it was just before it (Simulation.snapshotBeforeAction), so a
// shared link prints exactly what the learner saw. Used by the store and by lessons' `solve`.
import type { LearnerAction, Simulation } from '../model/simulationTypes';
import { readFile } from './files';
import { contextAt, foldTerminalActions, isTerminalAction, type FoldEntry } from './replayContext';
import { applyTerminalAction, emptyTerminal } from './session';
import type { CommandContext, TerminalAction, TerminalState } from './types';

export { contextAt, isTerminalAction, terminalRandom } from './replayContext';
export type { FoldEntry } from './replayContext';

/**
 * The terminal after each of its actions among `actions[from..upTo)`, continuing from `start`
 * (the state before `from`). Each action sees the world just before it.
 */
export function foldTerminal(
  sim: Simulation,
  start: TerminalState = emptyTerminal(),
  from = 0,
  upTo = sim.scenario.actions.length,
): FoldEntry[] {
  return foldTerminalActions(
    sim,
    start,
    from,
    upTo,
    (s, a, ctx) => applyTerminalAction(s, a, ctx).state,
  );
}

/** The terminal as it stands at `now` (every terminal action taken so far). */
export function terminalNow(sim: Simulation): TerminalState {
  const applied = sim.scenario.actions.filter((a) => a.at <= sim.now).length;
  return foldTerminal(sim, emptyTerminal(), 0, applied).at(-1)?.state ?? emptyTerminal();
}

/** The context for an action taken now, by a terminal in `state`. */
export function liveContext(sim: Simulation, state: TerminalState): CommandContext {
  const index = sim.scenario.actions.filter((a) => a.at <= sim.now).length;
  return contextAt(sim.scenario, index, sim.snapshot(), sim.events(), state.files);
}

/**
 * Take a terminal action now, as the learner does: the terminal reads the world, then its action
 * and the cluster actions it causes are applied, in order, at `now`. Returns the state after it.
 */
export function actTerminal(
  sim: Simulation,
  action: TerminalAction,
  state: TerminalState = terminalNow(sim),
): TerminalState {
  const step = applyTerminalAction(state, action, liveContext(sim, state));
  sim.act(action);
  for (const a of step.actions) sim.act(a);
  return step.state;
}

/** The terminal as lessons' `solve` drives it (src/lessons/prepare.ts TerminalDriver). */
export const terminalDriver = {
  act(sim: Simulation, action: LearnerAction): void {
    if (isTerminalAction(action)) actTerminal(sim, action);
    else sim.act(action);
  },
  readFile(sim: Simulation, path: string): string | null {
    const state = terminalNow(sim);
    return readFile(liveContext(sim, state), path);
  },
};
