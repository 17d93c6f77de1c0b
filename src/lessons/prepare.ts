// Rebuilds the world a step starts from, for a bare link to a later step: take the last step with its
// own scenario, then do what a learner does (each step's `solve`) until each goal holds.
import type { Scenario } from '../model/scenarioTypes';
import type { LearnerAction, Simulation } from '../model/simulationTypes';
// A small module that loads none of the terminal's code.
import { isTerminalAction } from '../terminal/replayContext';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import type { GoalContext, Lesson, StepSpec } from './types';

/** Virtual ms a step's goal may take to come true after its solve; longer means the lesson is broken. */
export const GOAL_LIMIT_MS = 300_000;
/** Granularity at which a goal is checked while waiting. */
const GOAL_POLL_MS = 250;

/**
 * The terminal, for lessons taught in it: its code loads on demand (it is not in the first bundle),
 * so whoever prepares such a lesson passes it in (src/terminal/replay.ts makes one).
 */
export interface TerminalDriver {
  /** Type a line, press Ctrl+C, save a file: the terminal runs it and takes its actions. */
  act(sim: Simulation, action: LearnerAction): void;
  /** A file as the terminal reads it now (the saved copy, else Kafka's shipped one). */
  readFile(sim: Simulation, path: string): string | null;
}

/** Does opening this lesson past its first world need the terminal? */
export function needsTerminal(lesson: Lesson): boolean {
  return lesson.steps.some((s) => s.panels?.includes('terminal'));
}

export interface PreparedStep {
  sim: Simulation;
  /** Virtual ms at which the step begins. */
  since: number;
  start: ClusterSnapshot;
}

export function goalContext(sim: Simulation, since: number, start: ClusterSnapshot): GoalContext {
  return { snapshot: sim.snapshot(), start, scenario: sim.scenario, since, events: sim.events() };
}

/** The index of the step whose scenario the world of step `index` grows from. */
export function worldRoot(lesson: Lesson, index: number): number {
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--)
    if (lesson.steps[i]?.scenario) return i;
  return 0;
}

export function firstScenario(lesson: Lesson, index: number): Scenario {
  const step = lesson.steps[worldRoot(lesson, index)];
  if (!step?.scenario) throw new Error(`lesson ${lesson.id} has no scenario at or before ${index}`);
  return step.scenario();
}

/**
 * Does a step's solve on `sim` (from `since`) and runs until its goal holds. Returns false when the
 * goal did not come true within GOAL_LIMIT_MS (a broken lesson; tests report it).
 */
export function solveStep(
  sim: Simulation,
  step: StepSpec,
  since: number,
  terminal?: TerminalDriver,
): boolean {
  const start = sim.snapshot();
  const solve = typeof step.solve === 'function' ? step.solve(start) : (step.solve ?? []);
  const driver = () => {
    if (!terminal) throw new Error('This step is done in the terminal: pass a TerminalDriver.');
    return terminal;
  };
  for (const s of solve) {
    if ('waitMs' in s) sim.seek(sim.now + s.waitMs);
    else if ('editFile' in s) {
      const text = driver().readFile(sim, s.editFile) ?? '';
      driver().act(sim, {
        type: 'terminal.file',
        path: s.editFile,
        content: text.replace(s.from, s.to),
      });
    }
    // Typed into the terminal: the terminal runs it and takes the actions the command takes.
    else if (isTerminalAction(s)) driver().act(sim, s);
    else sim.act(s);
  }
  const goal = step.goal;
  if (!goal) return true;
  const deadline = sim.now + GOAL_LIMIT_MS;
  while (!goal(goalContext(sim, since, start))) {
    if (sim.now >= deadline) return false;
    sim.seek(sim.now + GOAL_POLL_MS);
  }
  return true;
}

/** The world at the start of step `index`, built from the nearest scenario by solving the steps between. */
export function prepareStep(
  lesson: Lesson,
  index: number,
  createSimulation: (s: Scenario) => Simulation,
  terminal?: TerminalDriver,
): PreparedStep {
  const root = worldRoot(lesson, index);
  const sim = createSimulation(firstScenario(lesson, index));
  for (let i = root; i < index; i++) {
    const step = lesson.steps[i];
    if (step) solveStep(sim, step, sim.now, terminal);
  }
  return { sim, since: sim.now, start: sim.snapshot() };
}
