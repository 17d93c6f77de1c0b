// Which program a command's first word names, as bash finds it: a built-in, a program on PATH, or a
// path (bin/kafka-topics.sh, ./bin/…, ~/kafka_2.13-3.6.2/bin/…); otherwise bash's own error text.
import type { ProgramEntry, Registry } from './commandsTypes';
import { BUILTINS, isDirectory, isFile, type FsEnv } from './shellBuiltins';
import { absolutePath, binScript } from './shellPaths';
import { KAFKA_36_SCRIPTS, notSimulated } from './shellScripts';

export type Resolved =
  | { kind: 'builtin'; name: string }
  | { kind: 'program'; name: string; entry: ProgramEntry }
  /** The word runs nothing: what bash (or the simulator) says instead. */
  | { kind: 'error'; message: string };

export function resolveProgram(word: string, registry: Registry, env: FsEnv): Resolved {
  if (word.includes('/')) return resolvePath(word, registry, env);
  if (Object.hasOwn(BUILTINS, word)) return { kind: 'builtin', name: word };
  const entry = Object.hasOwn(registry.path, word) ? registry.path[word] : undefined;
  if (entry) return { kind: 'program', name: word, entry };
  // bin/ is not on PATH: a bare kafka-topics.sh is not found, exactly as on a real machine.
  return { kind: 'error', message: `bash: ${word}: command not found` };
}

/** A file to run, named by its path (relative to the Kafka directory without a slash). */
function resolvePath(word: string, registry: Registry, env: FsEnv): Resolved {
  const abs = absolutePath(word);
  const script = binScript(abs);
  if (script !== null) {
    const entry = Object.hasOwn(registry.scripts, script) ? registry.scripts[script] : undefined;
    if (entry) return { kind: 'program', name: script, entry };
    if (KAFKA_36_SCRIPTS.includes(script)) return { kind: 'error', message: notSimulated(script) };
  }
  if (isDirectory(abs, env)) return { kind: 'error', message: `bash: ${word}: Is a directory` };
  // A file that exists but is not a program (config/server.properties): it has no execute bit.
  if (isFile(abs, env)) return { kind: 'error', message: `bash: ${word}: Permission denied` };
  return { kind: 'error', message: `bash: ${word}: No such file or directory` };
}

const SHELLS = new Set(['sh', 'bash']);

/**
 * A whole command line's program and its arguments. `sh bin/x.sh …` / `bash bin/x.sh …` run the
 * script as bin/x.sh would (the scripts are shell scripts).
 */
export function resolveCommand(
  argv: readonly string[],
  registry: Registry,
  env: FsEnv,
): { resolved: Resolved; args: readonly string[] } {
  const [program = '', ...args] = argv;
  if (!SHELLS.has(program)) return { resolved: resolveProgram(program, registry, env), args };
  const [script, ...rest] = args;
  if (script === undefined) {
    const message = 'This terminal is already a bash shell: type commands at its prompt.';
    return { resolved: { kind: 'error', message }, args: [] };
  }
  const resolved = resolvePath(script, registry, env);
  // A file that is not executable still runs as a script; only a program we have counts here.
  if (resolved.kind === 'error' && resolved.message.endsWith('Permission denied')) {
    const message = `${script} is not a script this terminal can run.`;
    return { resolved: { kind: 'error', message }, args: rest };
  }
  return { resolved, args: rest };
}
