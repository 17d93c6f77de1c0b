// The terminal's shape in the store: what the terminal views read, the actions they call, and the
// API of src/terminal the slice drives (loaded on demand, so the initial bundle stays small).
import type {
  CommandContext,
  ProcessKind,
  TerminalAction,
  TerminalLine,
  TerminalState,
  TerminalStep,
} from '../../terminal/types';
import type { TerminalDriver } from '../../lessons/prepare';

/** What src/terminal/index.ts offers; the slice loads it with a dynamic import. */
export interface TerminalApi {
  emptyTerminal(): TerminalState;
  applyTerminalAction(
    state: TerminalState,
    action: TerminalAction,
    ctx: CommandContext,
  ): TerminalStep;
  viewSession(
    state: TerminalState,
    session: number,
    ctx: CommandContext,
  ): { lines: TerminalLine[]; prompt: string; running: ProcessKind | null; exited: boolean };
  completeLine(
    state: TerminalState,
    session: number,
    line: string,
    ctx: CommandContext,
  ): { line: string; candidates: string[] };
  readonly PROMPT: string;
  readFile(ctx: CommandContext, path: string): string | null;
  readonly EDITABLE_CONFIG_FILES: readonly string[];
  /** Runs terminal actions on a simulation for lessons' `solve` (bare links to later steps). */
  readonly terminalDriver: TerminalDriver;
}

/** One tab as the view draws it: its transcript at `now`, its prompt and its process. */
export interface TerminalSessionView {
  lines: TerminalLine[];
  prompt: string;
  running: ProcessKind | null;
  exited: boolean;
  /** Command lines entered so far, oldest first (for ↑/↓). */
  history: string[];
}

export interface TerminalView {
  /** The terminal's code has loaded; until then the panel says it is loading. */
  ready: boolean;
  /** Its code could not be fetched (offline): the panel offers to try again. */
  loadFailed: boolean;
  /** The scenario holds terminal actions (a shared link with a transcript opens the terminal). */
  used: boolean;
  /** One entry per tab: at least one, and every session the scenario used. */
  sessions: TerminalSessionView[];
  activeSession: number;
  /** The editor's saved files at `now` (path → content). */
  files: Record<string, string>;
  /** The config files the editor offers. */
  editableFiles: readonly string[];
}

export interface TerminalSlice {
  terminal: TerminalView;
  /** Loads the terminal's code (once); the panel calls it when it opens. */
  loadTerminal(): Promise<void>;
  /** Reads the terminal at `now` again; the store calls it whenever the world changes. */
  refreshTerminal(): void;
  /** Enter in a tab: a command at the prompt, or a line for the running process. */
  runTerminalLine(session: number, line: string): void;
  /** Ctrl+C in a tab. */
  interruptTerminal(session: number): void;
  /** Save in the config editor. */
  saveTerminalFile(path: string, content: string): void;
  /** A file's content at `now` (saved text, else the shipped one); null if there is no such file. */
  readTerminalFile(path: string): string | null;
  /** Tab completion of a typed line at `now` (nothing is recorded). */
  completeTerminalLine(session: number, line: string): { line: string; candidates: string[] };
  openTerminalTab(): void;
  setActiveTerminal(session: number): void;
}
