// `cat` and `ls` over the machine's files (files.ts), with GNU coreutils' error texts and exit
// codes (cat: 1; ls: 2 for a missing operand or a bad option). A binary file prints a one-line note
// instead of its bytes. Teaching simplification: no globs, no colours, no other options.
import { listDir, statPath, type FileNode } from './files';
import { lsDate } from './filesDates';
import type { Command, CommandContext, CommandResult } from './types';

/** Long options offered by Tab: none (both take short flags only here). */
export const CAT_OPTION_NAMES: readonly string[] = [];
export const LS_OPTION_NAMES: readonly string[] = [];

const done = (output: string[], exitCode: number): CommandResult => ({
  output,
  exitCode,
  actions: [],
});

/** A text file's lines as the terminal shows them (no empty line after a final newline). */
function textLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const cat: Command = (args, ctx) => {
  const bad = args.find((a) => a.startsWith('-') && a !== '-');
  if (bad !== undefined) {
    return done(
      [
        `cat: invalid option -- '${bad.replace(/^-+/, '')[0] ?? ''}'`,
        "Try 'cat --help' for more information.",
      ],
      1,
    );
  }
  if (args.length === 0 || args.includes('-')) {
    return done(
      [
        'cat reads standard input here; this terminal gives it none. Name a file: cat config/server.properties',
      ],
      1,
    );
  }
  const out: string[] = [];
  let exitCode = 0;
  for (const path of args) {
    const node = statPath(ctx, path);
    if (node === null) {
      out.push(`cat: ${path}: No such file or directory`);
      exitCode = 1;
    } else if (node.kind === 'dir') {
      out.push(`cat: ${path}: Is a directory`);
      exitCode = 1;
    } else if (node.text === null) out.push(node.note ?? `${path} is a binary file.`);
    else out.push(...textLines(node.text));
  }
  return done(out, exitCode);
};

interface LsFlags {
  long: boolean;
  /** -1: one name per line. */
  one: boolean;
  all: boolean;
  almostAll: boolean;
}

function parseLsFlags(args: readonly string[]): LsFlags | { bad: string } {
  const flags: LsFlags = { long: false, one: false, all: false, almostAll: false };
  for (const a of args) {
    if (!a.startsWith('-') || a === '-') continue;
    for (const c of a.slice(1)) {
      if (c === 'l') flags.long = true;
      else if (c === 'a') flags.all = true;
      else if (c === 'A') flags.almostAll = true;
      else if (c === '1') flags.one = true;
      else return { bad: c };
    }
  }
  return flags;
}

/** Teaching simplification: the unpacked distribution's files all show one illustrative date. */
const INSTALL_DATE = 'Mar 13 17:25';

function longLines(ctx: CommandContext, dirPath: string, names: readonly string[]): string[] {
  const rows = names.map((name) => {
    const clean = name.replace(/\/$/, '');
    const path =
      dirPath === '' ? clean : clean === '.' || clean === '..' ? dirPath : `${dirPath}/${clean}`;
    const node: FileNode = name.endsWith('/')
      ? { kind: 'dir' }
      : (statPath(ctx, path) ?? { kind: 'dir' });
    const isDir = node.kind === 'dir';
    const size = isDir ? 4096 : node.size;
    const exec = !isDir && /\.sh$/.test(clean);
    const mode = isDir ? 'drwxr-xr-x' : exec ? '-rwxr-xr-x' : '-rw-r--r--';
    const date = node.mtime === undefined ? INSTALL_DATE : lsDate(node.mtime);
    return { mode, links: isDir ? 2 : 1, size, date, name: clean };
  });
  const sizeWidth = Math.max(1, ...rows.map((r) => String(r.size).length));
  // `total`: 1 KiB blocks, each file rounded up to whole 4 KiB filesystem blocks.
  const total = rows.reduce((sum, r) => sum + Math.ceil(r.size / 4096) * 4, 0);
  return [
    `total ${total}`,
    ...rows.map(
      (r) =>
        `${r.mode} ${r.links} learner learner ${String(r.size).padStart(sizeWidth)} ${r.date} ${r.name}`,
    ),
  ];
}

/** ls's column layout for an 80-column terminal: as many columns as fit, filled down then across. */
export function columns(names: readonly string[], width = 80): string[] {
  if (names.length === 0) return [];
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = [];
    for (let c = 0; c * rows < names.length; c++) {
      const col = names.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(...col.map((n) => n.length)));
    }
    const total = widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1);
    if (total > width && cols > 1) continue;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < widths.length; c++) {
        const n = names[c * rows + r];
        if (n === undefined) continue;
        const last = c === widths.length - 1 || names[(c + 1) * rows + r] === undefined;
        cells.push(last ? n : n.padEnd(widths[c]! + 2));
      }
      out.push(cells.join(''));
    }
    return out;
  }
  return [...names];
}

export const ls: Command = (args, ctx) => {
  const flags = parseLsFlags(args);
  if ('bad' in flags) {
    return done(
      [`ls: invalid option -- '${flags.bad}'`, "Try 'ls --help' for more information."],
      2,
    );
  }
  const operands = args.filter((a) => !a.startsWith('-') || a === '-');
  const targets = operands.length > 0 ? operands : ['.'];
  const out: string[] = [];
  let exitCode = 0;
  const fileOperands: string[] = [];
  const dirOperands: string[] = [];
  for (const t of targets) {
    const node = statPath(ctx, t);
    if (node === null) {
      out.push(`ls: cannot access '${t}': No such file or directory`);
      exitCode = 2;
    } else if (node.kind === 'dir') dirOperands.push(t);
    else fileOperands.push(t);
  }
  if (fileOperands.length > 0) {
    if (flags.long) out.push(...longLines(ctx, '', fileOperands).slice(1));
    else out.push(...(flags.one ? fileOperands : columns(fileOperands)));
  }
  const headers = targets.length > 1;
  dirOperands.forEach((dir, i) => {
    if (headers) {
      if (fileOperands.length > 0 || i > 0) out.push('');
      out.push(`${dir}:`);
    }
    let names = listDir(ctx, dir) ?? [];
    if (!flags.all && !flags.almostAll) names = names.filter((n) => !n.startsWith('.'));
    if (flags.all) names = ['./', '../', ...names];
    if (flags.long) out.push(...longLines(ctx, dir, names));
    else {
      const plain = names.map((n) => n.replace(/\/$/, ''));
      out.push(...(flags.one ? plain : columns(plain)));
    }
  });
  return done(out, exitCode);
};
