// The model's public surface: create a run from a scenario, move through virtual time, act, read.
import type { ScenarioAction, Scenario } from './scenarioTypes';
import type { ClusterSnapshot, TimelineEvent } from './snapshotTypes';
import type { SegmentFileKind } from './storage/format/types';

export type { SegmentFileKind };

/** A learner action without its time: the simulation stamps it with `now`. */
export type LearnerAction = ScenarioAction extends infer A
  ? A extends { at: number }
    ? Omit<A, 'at'>
    : never
  : never;

export interface SimulationOptions {
  /** Virtual ms between checkpoints used by seek(). */
  checkpointIntervalMs?: number;
  /** How many records of each replica's log tail the snapshot carries. */
  recordWindow?: number;
}

export interface Simulation {
  /** The scenario as it stands, including every action the learner took. */
  readonly scenario: Scenario;
  /** Current virtual time in ms. */
  readonly now: number;
  /** Furthest virtual time simulated since the last fork. */
  readonly horizon: number;
  /** Move to virtual time t (forward by running, backward from the nearest checkpoint). */
  seek(t: number): void;
  /**
   * Run forward until the next notable event (a TimelineEvent) or `limit` ms of virtual time,
   * whichever comes first; returns the event, or null if none happened.
   */
  stepToNextEvent(limit?: number): TimelineEvent | null;
  /** Apply an action at `now`: discard every later action and everything simulated after now. */
  act(action: LearnerAction): void;
  /**
   * The cluster just before scenario action `index` was applied (at that action's time, after the
   * events and earlier actions at that instant). Does not move `now`. The terminal replays what a
   * typed command printed from it. `index` past the end: the snapshot at `now`.
   */
  snapshotBeforeAction(index: number): ClusterSnapshot;
  /** Notable events from 0 to the horizon, in time order. */
  events(): readonly TimelineEvent[];
  /** The cluster as the views see it at `now`. Cheap to call; returns a fresh object. */
  snapshot(): ClusterSnapshot;
  /** Hash of the whole world state at `now`: same scenario + same time → same digest. */
  digest(): string;
  /**
   * The bytes at `now` of one file of a segment (KAFKA.md 2): replica `broker` of partition `tp`
   * (`orders-0`), the segment based at `baseOffset`, `kind` `log` (its RecordBatch v2 batches,
   * `SegmentView.sizeInBytes` bytes), `index` or `timeindex` (8- and 12-byte entries), byte-exact
   * as Kafka 3.6 writes them. An active segment's index files are preallocated on disk
   * (10 MiB, zeros after the entries; storage/format/encodeIndex.ts): only the entries are given.
   * null when the broker has no log for `tp` or no segment at `baseOffset`.
   */
  segmentFile(
    tp: string,
    broker: number,
    baseOffset: number,
    kind: SegmentFileKind,
  ): Uint8Array | null;
}
