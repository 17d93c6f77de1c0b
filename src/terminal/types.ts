// The terminal's contract: a command reads the world (a snapshot, the scenario, the timeline and the
// terminal's files) and its argv, and answers with output lines (Kafka's own formats and texts), the
// learner actions it takes, and — for a tool that keeps running — a foreground process.
import type { Scenario } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../model/snapshotTypes';

export interface CommandContext {
  /** The world just before the command's own actions (at the command's instant). */
  snapshot: ClusterSnapshot;
  /** The scenario up to (not including) the command's own actions. */
  scenario: Scenario;
  /** Notable events from 0 up to `snapshot.now` (kafka-server-start.sh's log lines read them). */
  events?: readonly TimelineEvent[];
  /** The terminal's file overrides: path → content, as saved in the editor (`terminal.file`). */
  files?: Readonly<Record<string, string>>;
  /**
   * A number in [0, 1) that is the same whenever this command replays (derived from the seed, the
   * session and the command's position): for Kafka's own randomness, e.g. `console-consumer-<n>`.
   */
  random?: number;
}

export interface CommandResult {
  /** What the command prints, line by line (stdout and stderr in the order Kafka prints them). */
  output: string[];
  /** 0 on success, 1 on a usage or validation error (as Kafka's tools exit). */
  exitCode: number;
  /** What the command does to the cluster, applied in order at `now`. */
  actions: LearnerAction[];
  /** The tool keeps running in the foreground (a server, a console client, an interactive shell). */
  process?: ProcessSpec;
}

/** One tool (`kafka-topics.sh`): its argv after the program name. */
export type Command = (args: readonly string[], ctx: CommandContext) => CommandResult;

/**
 * A foreground process: plain data (so a replay rebuilds it exactly). `startedAt` is the virtual
 * time it started; each kind carries what its handler needs to compute its output from the world.
 */
export type ProcessSpec =
  | { kind: 'zookeeper'; startedAt: number }
  | { kind: 'kafka'; startedAt: number; brokerId: number; port: number; logDirs: string }
  | {
      kind: 'console-producer';
      startedAt: number;
      topic: string;
      /** The model producer its records go through (`console-producer` or `console-producer-N`). */
      producerId: string;
      parseKey: boolean;
      keySeparator: string;
      ignoreError: boolean;
      /** Lines read so far (for `No key found on line <n>`). */
      lineNumber: number;
    }
  | {
      kind: 'console-consumer';
      startedAt: number;
      topic: string;
      /** The model group it joined, or null with --partition (assign(), no group). */
      groupId: string | null;
      /** Whether the group id was generated (`console-consumer-<n>`): no commits, gone on exit. */
      generatedGroup: boolean;
      /** --partition, or null for every partition. */
      partition: number | null;
      /** Where reading started, per partition (the positions as of the start). */
      startPositions: { partition: number; offset: number }[];
      maxMessages: number | null;
      /** --property key=value pairs, for DefaultMessageFormatter. */
      properties: Record<string, string>;
    }
  | { kind: 'zookeeper-shell'; startedAt: number; server: string };

export type ProcessKind = ProcessSpec['kind'];

/** What a process says at an instant: its lines since it started, and whether it has ended. */
export interface ProcessOutput {
  output: string[];
  /** It ended by itself (--max-messages reached, its broker stopped elsewhere, a fatal start-up error). */
  exited: boolean;
}

/** One tab's shell: what it printed, and its foreground process if one runs. */
export interface SessionState {
  /** Lines printed before the running process (prompts with their commands, outputs). */
  lines: TerminalLine[];
  process: ProcessSpec | null;
  /** Command lines entered at the prompt, oldest first (for ↑/↓). */
  history: string[];
  /** How many of the running process's output lines are already copied into `lines`. */
  shown?: number;
}

export interface TerminalLine {
  /** `prompt`: the prompt and what was typed; `input`: a line read by a process; `out`: output. */
  kind: 'prompt' | 'input' | 'out';
  text: string;
}

/** Every tab's shell, and the files saved in the editor. */
export interface TerminalState {
  sessions: SessionState[];
  files: Record<string, string>;
}

/** A terminal.* scenario action without its time. */
export type TerminalAction = Extract<
  LearnerAction,
  { type: 'terminal.line' | 'terminal.interrupt' | 'terminal.exit' | 'terminal.file' }
>;

export interface TerminalStep {
  state: TerminalState;
  /** The cluster actions the terminal action takes (applied after it, at the same instant). */
  actions: LearnerAction[];
}

/** What a process does on Ctrl+C, on input, or when it ends by itself. */
export interface ProcessEffect {
  output: string[];
  actions: LearnerAction[];
}

/**
 * How one kind of foreground process behaves. `output` is a pure function of the spec and the
 * world at `ctx` (the process's lines from its start up to `ctx.snapshot.now`).
 */
export interface ProcessHandler<P extends ProcessSpec = ProcessSpec> {
  output(p: P, ctx: CommandContext): ProcessOutput;
  /** A line typed while it runs (console producer, zookeeper-shell); absent = input is ignored. */
  input?(p: P, line: string, ctx: CommandContext): ProcessEffect & { process: P | null };
  /** Ctrl+C: the closing lines printed after `^C` (e.g. `Processed a total of 3 messages`), and actions. */
  interrupt(p: P, ctx: CommandContext): ProcessEffect;
  /** It ended by itself (`output().exited`): closing lines and actions (e.g. leave the group). */
  exit(p: P, ctx: CommandContext): ProcessEffect;
  /** The prompt shown while it reads input (`>` for the console producer), or null. */
  prompt?(p: P): string | null;
}
