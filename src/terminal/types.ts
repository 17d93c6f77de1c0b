// The terminal's contract: a command reads the world (a snapshot and the scenario) and its argv, and
// answers with output lines (Kafka's own formats and texts) and the learner actions it takes.
import type { Scenario } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import type { ClusterSnapshot } from '../model/snapshotTypes';

export interface CommandContext {
  snapshot: ClusterSnapshot;
  scenario: Scenario;
}

export interface CommandResult {
  /** What the command prints, line by line (stdout and stderr in the order Kafka prints them). */
  output: string[];
  /** 0 on success, 1 on a usage or validation error (as Kafka's tools exit). */
  exitCode: number;
  /** What the command does to the cluster, applied in order at `now`. */
  actions: LearnerAction[];
}

/** One tool (`kafka-topics.sh`): its argv after the program name. */
export type Command = (args: readonly string[], ctx: CommandContext) => CommandResult;
