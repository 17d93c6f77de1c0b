// bash's built-in commands the terminal answers itself: clear, help, history, pwd, cd, echo, exit.
import type { ListDir } from './commandsTypes';
import type { CommandContext } from './types';
import { HELP_LINES } from './help';
import { absolutePath, HOME, KAFKA_DIR } from './shellPaths';

export interface BuiltinEnv {
  /** Command lines so far, this one included (bash adds a line to history before running it). */
  history: readonly string[];
  listDir: ListDir;
  ctx: CommandContext;
}

export interface BuiltinResult {
  output: string[];
  /** `clear`: the session's lines are emptied. */
  clear?: boolean;
}

/** What path checks need: the directory listing and the world it lists. */
export type FsEnv = Pick<BuiltinEnv, 'listDir' | 'ctx'>;

type Builtin = (args: readonly string[], env: BuiltinEnv) => BuiltinResult;

/** Whether `abs` names a directory (the filesystem's root and home always exist). */
export function isDirectory(abs: string, env: FsEnv): boolean {
  return abs === '/' || env.listDir(env.ctx, abs) !== null;
}

/** Whether `abs` names a file listed in its parent directory. */
export function isFile(abs: string, env: FsEnv): boolean {
  const slash = abs.lastIndexOf('/');
  const parent = slash <= 0 ? '/' : abs.slice(0, slash);
  const entries = env.listDir(env.ctx, parent) ?? [];
  return entries.includes(abs.slice(slash + 1));
}

/** bash's `history`: `%5d  %s` per line; `history N` shows the last N. */
const history: Builtin = (args, env) => {
  const all = env.history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}`);
  const n = args[0];
  if (n === undefined) return { output: all };
  if (!/^\d+$/.test(n)) return { output: [`bash: history: ${n}: numeric argument required`] };
  return { output: Number(n) === 0 ? [] : all.slice(-Number(n)) };
};

/**
 * Teaching simplification: the shell stays in the Kafka directory (see shellPaths.ts), so cd into
 * any other directory that exists is answered with a plain note instead of moving.
 */
const cd: Builtin = (args, env) => {
  if (args.length > 1) return { output: ['bash: cd: too many arguments'] };
  const target = args[0] ?? HOME;
  const abs = absolutePath(target);
  if (abs === KAFKA_DIR) return { output: [] };
  if (isDirectory(abs, env)) {
    return {
      output: [
        'This terminal stays in ~/kafka_2.13-3.6.2: every command of the course runs from there.',
      ],
    };
  }
  if (isFile(abs, env)) return { output: [`bash: cd: ${target}: Not a directory`] };
  return { output: [`bash: cd: ${target}: No such file or directory`] };
};

/** echo: its words joined by spaces; `-n` (no trailing newline) changes nothing on screen here. */
const echo: Builtin = (args) => {
  const words = args[0] === '-n' ? args.slice(1) : args;
  return { output: [words.join(' ')] };
};

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  cd,
  clear: () => ({ output: [], clear: true }),
  echo,
  exit: () => ({
    output: ['This terminal tab stays open: there is nothing to log out of here.'],
  }),
  help: () => ({ output: [...HELP_LINES] }),
  history,
  pwd: () => ({ output: [KAFKA_DIR] }),
};

export const BUILTIN_NAMES: readonly string[] = Object.keys(BUILTINS).sort();
