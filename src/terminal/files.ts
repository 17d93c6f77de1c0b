// The terminal machine's files, computed from the world: the unpacked Kafka 3.6.2 directory (bin/,
// config/ with the shipped files, libs/), the editor's saved files over them, ZooKeeper's dataDir
// and the log dirs of the brokers started here. Pure: the same context gives the same tree.
import type { CommandContext } from './types';
import { logDirFiles, zookeeperDataFiles } from './filesLogDirs';
import type { FileNode } from './filesTypes';
import { INSTALL_FILES } from './filesInstall';
import { absolutePath, KAFKA_DIR } from './shellPaths';

export type { FileNode } from './filesTypes';

/** The files a learner may open in the editor (paths inside the Kafka directory). */
export const EDITABLE_CONFIG_FILES: readonly string[] = [
  'config/server.properties',
  'config/zookeeper.properties',
  'config/producer.properties',
  'config/consumer.properties',
  'config/log4j.properties',
];

/** Every file of the machine by absolute path; directories are implied by their files. */
export function fileTree(ctx: CommandContext): Map<string, FileNode> {
  const tree = new Map<string, FileNode>();
  for (const [rel, node] of Object.entries(INSTALL_FILES)) {
    tree.set(rel === '' ? KAFKA_DIR : `${KAFKA_DIR}/${rel}`, node);
  }
  for (const [path, node] of zookeeperDataFiles(ctx)) tree.set(path, node);
  for (const [path, node] of logDirFiles(ctx)) tree.set(path, node);
  // Saved files: a key is relative to the Kafka directory unless absolute.
  for (const [key, text] of Object.entries(ctx.files ?? {})) {
    tree.set(absolutePath(key), { kind: 'file', text, size: utf8Length(text) });
  }
  return tree;
}

/** Bytes of `s` in UTF-8 (what ls -l shows for a text file). */
export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** What is at `path` (relative to the Kafka directory, `~`, or absolute): a file, a directory, or null. */
export function statPath(ctx: CommandContext, path: string): FileNode | null {
  const abs = absolutePath(path);
  const tree = fileTree(ctx);
  const node = tree.get(abs);
  if (node) return node;
  if (abs === '/') return { kind: 'dir' };
  for (const p of tree.keys()) if (p.startsWith(abs + '/')) return { kind: 'dir' };
  return null;
}

/** The text of a file (the editor's saved copy first), or null when it is missing, a directory or binary. */
export function readFile(ctx: CommandContext, path: string): string | null {
  const node = statPath(ctx, path);
  return node?.kind === 'file' && node.text !== null ? node.text : null;
}

/** The entries of a directory, sorted as `ls` sorts them (sub-directories end with '/'), or null. */
export function listDir(ctx: CommandContext, path: string): string[] | null {
  const abs = absolutePath(path);
  const tree = fileTree(ctx);
  const own = tree.get(abs);
  if (own && own.kind === 'file') return null;
  const prefix = abs === '/' ? '/' : abs + '/';
  const names = new Set<string>();
  for (const [p, node] of tree) {
    if (!p.startsWith(prefix) || p === abs) continue;
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0) names.add(rest.slice(0, slash) + '/');
    else names.add(node.kind === 'dir' ? rest + '/' : rest);
  }
  if (names.size === 0 && own?.kind !== 'dir') return null;
  return [...names].sort(lsOrder);
}

/** ls in an en_US.UTF-8 locale: letters compared without case and punctuation (dotfiles mixed in). */
export function lsOrder(a: string, b: string): number {
  const key = (s: string) =>
    s
      .replace(/\/$/, '')
      .replace(/[^0-9a-zA-Z]/g, '')
      .toLowerCase();
  const ka = key(a);
  const kb = key(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
