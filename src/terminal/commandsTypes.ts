// What the shell needs to know about each program it runs: the registry's shape. Tests pass their
// own registry (stub commands and process handlers) to the shell's functions.
import type { Command, CommandContext, ProcessHandler, ProcessKind, ProcessSpec } from './types';

export interface ProgramEntry {
  command: Command;
  /** The program's option names for Tab: `topic` is offered as `--topic`; `-daemon` stays as is. */
  options: readonly string[];
  /**
   * What Tab offers for its plain words: file paths (a server's properties file, cat's file), or
   * the words a function finds from the words before and the world (zookeeper-shell.sh's server,
   * commands and znodes); absent = its options.
   */
  operands?: 'files' | Operands;
}

/** Words for the plain word being typed (`current`), after `words` (the program first). */
export type Operands = (
  words: readonly string[],
  current: string,
  ctx: CommandContext,
) => readonly string[];

/** One handler per process kind, each typed for its own spec. */
export type ProcessHandlers = {
  [K in ProcessKind]?: ProcessHandler<Extract<ProcessSpec, { kind: K }>>;
};

/**
 * The entries of directory `path` on the machine at `ctx` (sub-directories end with '/'), or null
 * when it is not a directory (files.ts `listDir`).
 */
export type ListDir = (ctx: CommandContext, path: string) => readonly string[] | null;

export interface Registry {
  /** The simulated scripts of bin/, by file name (`kafka-topics.sh`). */
  scripts: Readonly<Record<string, ProgramEntry>>;
  /** Programs found on PATH (`cat`, `ls`). */
  path: Readonly<Record<string, ProgramEntry>>;
  handlers: ProcessHandlers;
  listDir: ListDir;
}
