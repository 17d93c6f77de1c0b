// Tab for zookeeper-shell.sh's plain words: the server first, then a command, then znode paths (the
// children of the path typed so far, as the shell's tree shows them now).
import type { CommandContext } from './types';
import { ZOOKEEPER_SHELL_COMMAND_NAMES } from './zookeeperShell';
import { childrenOf, shellTree } from './zookeeperShellTree';

/** Its dash options that take a value (the value is not a plain word). */
const TAKES_VALUE = new Set([
  '-server',
  '-timeout',
  '-client-configuration',
  '-zk-tls-config-file',
]);

/** The plain words given after the program, options and their values left out. */
function plainWords(words: readonly string[]): string[] {
  const plain: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) {
      if (TAKES_VALUE.has(w)) i++;
    } else plain.push(w);
  }
  return plain;
}

export function zookeeperShellOperands(
  words: readonly string[],
  current: string,
  ctx: CommandContext,
): readonly string[] {
  const given = plainWords(words).length;
  if (given === 0) return ['localhost:2181'];
  if (given === 1) return ZOOKEEPER_SHELL_COMMAND_NAMES;
  if (!current.startsWith('/')) return ['/'];
  const parent = current.slice(0, current.lastIndexOf('/')) || '/';
  const prefix = parent === '/' ? '/' : `${parent}/`;
  return childrenOf(shellTree(ctx), parent).map((name) => prefix + name);
}
