// Stub programs and process handlers for the shell's tests: they show how the shell treats output,
// input, Ctrl+C and a process's own end, without depending on the real tools' texts.
import type { LearnerAction } from '../model/simulationTypes';
import type { ProgramEntry, Registry } from './commandsTypes';
import { listDir } from './files';
import type { CommandContext, CommandResult, ProcessHandler, ProcessSpec } from './types';

type Spec<K extends ProcessSpec['kind']> = Extract<ProcessSpec, { kind: K }>;

export const STOP_ZK: LearnerAction = { type: 'zookeeper.stop' };
export const START_ZK: LearnerAction = { type: 'zookeeper.start' };

/** The context at virtual time `now` (only the clock moves; the stub handlers read nothing else). */
export function at(ctx: CommandContext, now: number): CommandContext {
  return { ...ctx, snapshot: { ...ctx.snapshot, now } };
}

/** A server: one `tick N` line per second since it started; it ends by itself after 10 s. */
const server: ProcessHandler<Spec<'zookeeper'>> = {
  output: (p, ctx) => {
    const seconds = Math.floor((ctx.snapshot.now - p.startedAt) / 1000);
    const ticks = Array.from({ length: Math.min(seconds, 10) }, (_, i) => `tick ${i + 1}`);
    return { output: ['starting', ...ticks], exited: seconds >= 10 };
  },
  interrupt: () => ({ output: ['stopped by SIGINT', 'bye'], actions: [STOP_ZK] }),
  exit: () => ({ output: ['ended by itself'], actions: [STOP_ZK] }),
};

/** A reader with a `>` prompt: `ack N` per line read; `quit` ends it; `fail` throws. */
const reader: ProcessHandler<Spec<'console-producer'>> = {
  output: (p) => ({
    output: Array.from({ length: p.lineNumber }, (_, i) => `ack ${i + 1}`),
    exited: false,
  }),
  input: (p, line) => {
    if (line === 'fail') throw new Error('reader broke');
    if (line === 'quit') return { output: ['closing'], actions: [], process: null };
    return { output: [], actions: [START_ZK], process: { ...p, lineNumber: p.lineNumber + 1 } };
  },
  interrupt: () => ({ output: [], actions: [] }),
  exit: () => ({ output: [], actions: [] }),
  prompt: () => '>',
};

const ok = (output: string[], extra: Partial<CommandResult> = {}): CommandResult => ({
  output,
  exitCode: 0,
  actions: [],
  ...extra,
});

const program = (command: ProgramEntry['command'], options: string[] = []): ProgramEntry => ({
  command,
  options,
});

export const STUB_REGISTRY: Registry = {
  scripts: {
    'kafka-topics.sh': program(
      (args) => ok([`topics ${args.join(' ')}`], { actions: [START_ZK, STOP_ZK] }),
      ['bootstrap-server', 'create', 'describe', 'list', 'partitions', 'topic'],
    ),
    'kafka-consumer-groups.sh': program(() => ok([]), ['describe', 'group', 'list']),
    'kafka-configs.sh': program(() => ok([]), ['describe', 'entity-name', 'entity-type']),
    'zookeeper-server-start.sh': {
      command: (_args, ctx) =>
        ok(['launching'], { process: { kind: 'zookeeper', startedAt: ctx.snapshot.now } }),
      options: [],
      operands: 'files',
    },
    'kafka-console-producer.sh': program((_args, ctx) =>
      ok([], {
        process: {
          kind: 'console-producer',
          startedAt: ctx.snapshot.now,
          topic: 'orders',
          producerId: 'console-producer',
          parseKey: false,
          keySeparator: '\t',
          ignoreError: false,
          lineNumber: 0,
        },
      }),
    ),
    'kafka-leader-election.sh': program(() => {
      throw new Error('kaboom');
    }),
  },
  path: {},
  handlers: { zookeeper: server, 'console-producer': reader },
  listDir,
};
