// The store's shape: what the views read and the actions anyone (views, lessons, tests) may call.
import type { Locale } from '../i18n/messages';
import type { Scenario } from '../model/scenarioTypes';
import type { LearnerAction, Simulation } from '../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../model/snapshotTypes';
import type { SegmentFileKind } from '../model/storage/format/types';
import type { LessonMachineSnapshot, LessonPhase } from '../lessons/lessonMachine';
import type { Progress } from '../lessons/progress';
import type { TerminalDriver } from '../lessons/prepare';
import type { ParsedLink, Route } from '../scenario/link';
import type { ScenarioProblem } from '../scenario/problems';
import type { TerminalApi, TerminalSlice } from './slices/terminalSliceTypes';
import type { DurabilitySlice } from './durabilityTypes';
import type { InvariantsSlice } from './slices/invariantsSliceTypes';

export type { Route, ParsedLink } from '../scenario/link';
export type { TerminalSessionView, TerminalView } from './slices/terminalSliceTypes';
export type * from './durabilityTypes';
export type * from './slices/invariantsSliceTypes';
/** A reason a link could not be opened as given; its text is `scenario.<code>` in the locale files. */
export type LinkProblem = ScenarioProblem;

/** Everything the store needs from the outside world; the browser and the tests each supply one. */
export interface StoreDeps {
  createSimulation(scenario: Scenario): Simulation;
  defaultScenario(): Scenario;
  parseLink(hash: string): ParsedLink;
  buildLink(route: Route, scenario: Scenario, t: number | null, since?: number | null): string;
  /** Puts the shareable hash in the address bar without adding a history entry. */
  writeUrl(hash: string): void;
  /** Puts a new hash in the address bar as a new history entry (a lesson step), without reopening it. */
  pushUrl(hash: string): void;
  /** The page's address without its hash, to turn a hash into a link worth sharing. */
  pageUrl(): string;
  /** Wall-clock ms; used only to throttle address-bar writes, never for virtual time. */
  wallClock(): number;
  copyText(text: string): Promise<void>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The browser's preferred languages, most preferred first. */
  languages: readonly string[];
  /** The terminal's code; absent: src/terminal, fetched on first use (tests may pass a fake). */
  loadTerminal?(): Promise<TerminalApi>;
}

export interface SimulationSlice {
  /** The cluster at `now`; null until a run is loaded. */
  snapshot: ClusterSnapshot | null;
  now: number;
  horizon: number;
  events: readonly TimelineEvent[];
  /** The scenario of the current run, including the learner's actions so far. */
  scenario: Scenario | null;
  seek(t: number): void;
  stepForward(): void;
  stepBack(): void;
  act(action: LearnerAction): void;
  restartWith(scenario: Scenario): void;
  /** Moves virtual time forward by `ms`; the playback loop is its only caller. */
  advance(ms: number): void;
  /**
   * The bytes of one segment file of a replica at `now`, as Kafka writes them (`.log`, `.index`,
   * `.timeindex`); null when there is no such segment. Built on demand: call it on a click, never per frame.
   */
  segmentFile(
    tp: string,
    broker: number,
    baseOffset: number,
    kind: SegmentFileKind,
  ): Uint8Array | null;
}

export interface PlaybackSlice {
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  slower(): void;
  faster(): void;
}

export type ShareStatus =
  | { kind: 'idle' }
  | { kind: 'copied'; url: string }
  /** The clipboard refused: the link is shown selected in a text field to copy by hand. */
  | { kind: 'manual'; url: string };

export interface UiSlice {
  locale: Locale;
  selectedPartition: string | null;
  linkProblems: readonly LinkProblem[];
  /** True when the link's scenario could not be used and the default opened instead. */
  linkFailed: boolean;
  /** The link's t when it was further than the sandbox opens at (MAX_LINK_T_MS), else null. */
  linkTimeClamped: number | null;
  shareStatus: ShareStatus;
  keyboardHelpOpen: boolean;
  setLocale(locale: Locale): void;
  selectPartition(tp: string | null): void;
  dismissLinkProblems(): void;
  dismissShare(): void;
  setKeyboardHelpOpen(open: boolean): void;
}

export interface LinkSlice {
  route: Route;
  /** The hash of the current sandbox run (last written to the address bar), to return to it. */
  sandboxLink: string;
  openLink(hash: string): void;
  share(): Promise<void>;
}

/** The lesson being taken: which step, and whether its goal is met. */
export interface ActiveLesson {
  id: string;
  /** 0-based; the page and links show index + 1. */
  index: number;
  stepCount: number;
  phase: LessonPhase;
  /** Virtual ms at which the step began. */
  since: number;
}

export interface LessonSlice {
  lesson: ActiveLesson | null;
  /** Per lesson: not started / in progress / done (localStorage). */
  progress: Progress;
  /** Opens a lesson route from a link (the link slice calls it). */
  openLesson(parsed: ParsedLink, route: { lesson: string; step: number }): void;
  nextStep(): void;
  prevStep(): void;
  /** Puts the step's world back as it was when the step began. */
  restartStep(): void;
  /** Re-evaluates the step's goal against the current snapshot. */
  checkGoal(): void;
}

export type AppState = SimulationSlice &
  PlaybackSlice &
  UiSlice &
  LinkSlice &
  LessonSlice &
  TerminalSlice &
  DurabilitySlice &
  InvariantsSlice;

/** State shared by the slices but kept out of React-rendered state. */
export interface StoreContext {
  deps: StoreDeps;
  /** The running simulation: mutable, so it lives here and views only see its snapshots. */
  sim: Simulation | null;
  /** Wall-clock time of the last address-bar write (for throttling). */
  lastUrlWrite: number;
  /** Fraction of a virtual ms the playback loop has advanced but not yet applied. */
  carryMs: number;
  /** The terminal for lessons' `solve`, once its code has loaded (lessons taught in the terminal). */
  terminalDriver: TerminalDriver | null;
  /** The lesson's machine (plain data), the world at the step's start, and each step's start seen so far. */
  lesson: {
    /** The lesson and step start the goal is checked against (ahead of the rendered state). */
    id: string;
    since: number;
    machine: LessonMachineSnapshot;
    start: ClusterSnapshot;
    starts: Map<number, { scenario: Scenario; t: number }>;
  } | null;
}

export type SetState = (partial: Partial<AppState>) => void;
export type GetState = () => AppState;
