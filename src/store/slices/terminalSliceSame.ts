// Whether the terminal's view changed: compared field by field, so a frame that printed nothing new
// does not re-render the panel (the fold hands out fresh arrays every frame).
import type { TerminalLine } from '../../terminal/types';
import type { TerminalSessionView, TerminalView } from './terminalSliceTypes';

function sameLines(a: readonly TerminalLine[], b: readonly TerminalLine[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i]!.kind !== b[i]!.kind || a[i]!.text !== b[i]!.text) return false;
  }
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => s === b[i]));
}

function sameSession(a: TerminalSessionView, b: TerminalSessionView): boolean {
  return (
    a.prompt === b.prompt &&
    a.running === b.running &&
    a.exited === b.exited &&
    sameStrings(a.history, b.history) &&
    sameLines(a.lines, b.lines)
  );
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function sameTerminalView(a: TerminalView, b: TerminalView): boolean {
  return (
    a.ready === b.ready &&
    a.loadFailed === b.loadFailed &&
    a.used === b.used &&
    a.activeSession === b.activeSession &&
    sameStrings(a.editableFiles, b.editableFiles) &&
    sameFiles(a.files, b.files) &&
    a.sessions.length === b.sessions.length &&
    a.sessions.every((s, i) => sameSession(s, b.sessions[i]!))
  );
}
