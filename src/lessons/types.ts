// Lesson content as data: each lesson a list of steps, each step a world, highlights, panels and a goal.
import type { Scenario, ScenarioAction } from '../model/scenarioTypes';
import type { LearnerAction } from '../model/simulationTypes';
import type { ClusterSnapshot, TimelineEvent } from '../model/snapshotTypes';

/**
 * Extra views a step can show beside the cluster diagram. Each id is drawn by one view in
 * `src/views/lesson/panels/`; a step lists the ones it needs, in the order they appear.
 */
export type PanelId =
  /** The `kafka-topics.sh --describe` table of every partition. */
  | 'partitions'
  /** The selected partition's replicas' logs side by side (LEO, HW, epochs). */
  | 'log'
  /** Crash / restart / isolate buttons per broker. */
  | 'brokers'
  /** Produce a record by hand (key, value). */
  | 'produce'
  /** Consumer groups: members, positions, lag, and their controls (stop, start, rewind, add). */
  | 'groups'
  /** The same, for chapters 1–2: members, offsets and lag without the group protocol's details. */
  | 'groupsBasic'
  /** Create a topic form. */
  | 'createTopic'
  /** Brokerless pub/sub next to Kafka: what each subscriber received. */
  | 'brokerless'
  /** Records per second produced and consumed, live. */
  | 'throughput'
  /** Sources writing into topics and sinks reading them. */
  | 'pipeline'
  /** One card per Kafka term. */
  | 'glossary'
  /** The Kafka terminal (bin/*.sh commands, config/server.properties editor). */
  | 'terminal'
  /** A replica's directory: segment files, names, sizes. */
  | 'storage'
  /** The metadata brokers share (who is alive, who leads what), from ZooKeeper's view. */
  | 'metadata'
  /** The ZooKeeper znode tree. */
  | 'znodes'
  /** Which partition a key goes to: murmur2 worked out. */
  | 'keyPartition'
  /** Broker and topic configs the step lets the learner change (e.g. unclean.leader.election.enable). */
  | 'configs'
  /** Logs before and after an unclean election, lost acknowledged records marked. */
  | 'uncleanCompare'
  /** One failure under two configurations, side by side: the acknowledged records each lost. */
  | 'durability'
  /** The controller and its epoch, and who raced for /controller. */
  | 'controller'
  /** Kafka's guarantees over the run so far (no acknowledged record lost, ...), each ok or broken. */
  | 'invariants'
  /** A producer's settings, counts and recent records: pending, acknowledged, failed (why), lost. */
  | 'producer';

/** What a goal may look at: the world now and when the step began. Pure data, no clocks. */
export interface GoalContext {
  snapshot: ClusterSnapshot;
  /** The world when the step began (or when its link was opened). */
  start: ClusterSnapshot;
  /** The run's scenario: the learner's actions are `scenario.actions`. */
  scenario: Scenario;
  /** Virtual ms at which the step began. */
  since: number;
  /** Every timeline event of the run up to now. */
  events: readonly TimelineEvent[];
}

/** Actions taken since the step began. */
export function actionsSince(c: GoalContext): ScenarioAction[] {
  return c.scenario.actions.filter((a) => a.at >= c.since);
}

/** Timeline events since the step began, up to now. */
export function eventsSince(c: GoalContext): TimelineEvent[] {
  return c.events.filter((e) => e.at >= c.since && e.at <= c.snapshot.now);
}

/**
 * What `solve` does to meet a goal: an action (a `terminal.line` is typed into the terminal), a
 * pause of virtual time, or an edit saved in the terminal's editor (`from` → `to` in `editFile`).
 */
export type SolveStep =
  LearnerAction | { waitMs: number } | { editFile: string; from: RegExp; to: string };

export interface StepSpec {
  /** Stable within the lesson; the text lives at `steps.<id>` of the lesson's locale file. */
  id: string;
  /** A fresh world for this step; absent = continue the previous step's world. */
  scenario?: () => Scenario;
  /** Diagram node ids to emphasise: `broker-2`, `zookeeper`, `orders-1`, `producer-1`, `group-<id>`. */
  highlight?: string[];
  /** Partition to select when the step opens (`orders-0`). */
  select?: string;
  /** Extra views, in order. */
  panels?: PanelId[];
  /** Start playing when the step opens (default true); false for a still picture to read. */
  play?: boolean;
  /** The step waits for this; absent = the learner just presses Next. */
  goal?: (c: GoalContext) => boolean;
  /**
   * What a learner would do to meet the goal. Used to open a later step from a bare link (the
   * world is rebuilt by doing each earlier step), and by the tests that walk every lesson.
   */
  solve?: SolveStep[] | ((start: ClusterSnapshot) => SolveStep[]);
  /** Wall ms before the hint is offered (default HINT_AFTER_MS). */
  hintAfterMs?: number;
  /**
   * The lines of the study notes (docs/kafka-notes.ko.md) this step teaches, copied exactly
   * (heading text without `#`, bullet text without `- `). The coverage test reads them.
   */
  covers?: string[];
}

export interface Lesson {
  /** Stable: it appears in shared links. */
  id: string;
  chapter: number;
  steps: StepSpec[];
}

export interface Chapter {
  number: number;
  lessons: Lesson[];
}

export const HINT_AFTER_MS = 20_000;
