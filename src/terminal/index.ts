// The terminal's public surface for the store and the views: the pure fold over terminal actions,
// what a tab shows, Tab completion, and the editor's files.
export { emptyTerminal, applyTerminalAction, viewSession } from './session';
export type { SessionView } from './session';
export { completeLine } from './complete';
export type { Completion } from './complete';
export { PROMPT } from './shellPaths';
export { TERMINAL_PROGRAMS } from './commands';
export { HELP_LINES } from './help';
export type * from './types';
export { readFile, EDITABLE_CONFIG_FILES } from './files';
export { terminalDriver, foldTerminal, terminalRandom } from './replay';
