// Helpers for lessons taught in the terminal: an empty machine, lines the learner types, and goals
// that read what was typed (the scenario records every line: terminal.line).
import type { Scenario, ScenarioAction } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import { actionsSince, type GoalContext } from './types';

/** A machine with Kafka unpacked and nothing running (KAFKA.md 7.5, 7.6). */
export function emptyMachine(actions: ScenarioAction[] = []): Scenario {
  return {
    version: 1,
    seed: 2024,
    brokers: 0,
    brokerConfigs: {},
    networkLatencyMs: 2,
    topics: [],
    producers: [],
    consumerGroups: [],
    actions,
    startup: 'manual',
  };
}

/** A line typed into terminal tab `session` (0 = the first tab). */
export function typed(line: string, session = 0): LearnerAction {
  return { type: 'terminal.line', session, line };
}

/** Ctrl+C in terminal tab `session`. */
export function ctrlC(session = 0): LearnerAction {
  return { type: 'terminal.interrupt', session };
}

/** The lines typed since the step began, in any tab, with runs of spaces read as one. */
export function linesSince(c: GoalContext): string[] {
  return actionsSince(c).flatMap((a) =>
    a.type === 'terminal.line' ? [a.line.trim().replace(/\s+/g, ' ')] : [],
  );
}

/** Did the learner type a line matching every pattern since the step began? */
export function typedSince(c: GoalContext, ...patterns: RegExp[]): boolean {
  return linesSince(c).some((line) => patterns.every((p) => p.test(line)));
}
