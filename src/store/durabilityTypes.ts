// The durability comparison's shapes (plain data, so views can compare renders with sameData) and
// the choices a learner may make: two producer/topic configurations run through one failure.
import type { Acks, Scenario } from '../model/scenarioTypes';

/** One side of the comparison: the settings that decide whether an acknowledged write survives. */
export interface DurabilityConfig {
  /** ProducerConfig `acks` (KAFKA.md 1.5). */
  acks: Acks;
  /** Topic `min.insync.replicas` (LogConfig; KAFKA.md 1.5): only acks=all consults it. */
  minInsyncReplicas: number;
  /** Topic `unclean.leader.election.enable` (KAFKA.md 5.3). */
  uncleanLeaderElection: boolean;
}

/** The named failure scripts (durabilityFailures.ts builds their actions for a world). */
export const FAILURE_IDS = [
  'followersCutOffThenLeaderCrash',
  'followersDownThenLeaderCrash',
] as const;
export type FailureId = (typeof FAILURE_IDS)[number];

/** The steps the scripts take, named for the view (`durability.step_<step>`). */
export type FailureStep =
  'cutOff' | 'reconnectAndCrash' | 'followersDown' | 'leaderCrash' | 'followersBack' | 'restart';

export const ACKS_CHOICES: readonly Acks[] = ['0', '1', 'all'];
export const MIN_ISR_CHOICES: readonly number[] = [1, 2, 3];

/** acks=1 against acks=all with min.insync.replicas=2: the pair issue 6 asks to see. */
export const DEFAULT_DURABILITY_VARIANTS: readonly [DurabilityConfig, DurabilityConfig] = [
  { acks: '1', minInsyncReplicas: 1, uncleanLeaderElection: false },
  { acks: 'all', minInsyncReplicas: 2, uncleanLeaderElection: false },
];

/** An acknowledged record that did not survive. */
export interface LostRecord {
  recordId: string;
  topic: string;
  partition: number;
  key: string | null;
  value: string;
  /** null for acks=0: the producer never learns the offset. */
  offset: number | null;
  sentAt: number;
  /** `ledger`: the model's data.loss (the leader no longer holds it); `absent`: no live replica does. */
  why: 'ledger' | 'absent';
}

/** A produce error the producer saw (the first of a streak on a partition, as the timeline has it). */
export interface Refusal {
  at: number;
  /** `orders-0`. */
  partition: string;
  /** Kafka's error name, e.g. NOT_ENOUGH_REPLICAS. */
  error: string;
}

/** A record the producer gave up on (delivery.timeout.ms): never acknowledged. */
export interface FailedRecord {
  recordId: string;
  partition: string;
  key: string | null;
  value: string;
  error: string | null;
}

export interface DurabilityRun {
  config: DurabilityConfig;
  /** The run as a scenario: base + this config + the failure's actions (opens in the sandbox). */
  scenario: Scenario;
  /** Totals over every producer (ProducerView counters). */
  sent: number;
  acknowledged: number;
  /** Lost acknowledged records, oldest first (from the ledger the snapshot keeps: its last 500). */
  lost: LostRecord[];
  /** Sum of the data.loss events' counts: may exceed `lost` when the ledger window is too short. */
  lostReported: number;
  refusals: Refusal[];
  failed: FailedRecord[];
}

/** What the failure does, in the terms of the world it was built for (for the view's words). */
export interface FailurePlan {
  id: FailureId;
  /** The partition the failure aims at: its leader and followers when the failure began. */
  tp: string;
  leader: number;
  followers: number[];
  /** The script's steps at their virtual ms, in order. */
  steps: { step: FailureStep; at: number }[];
  until: number;
}

export interface DurabilityComparison {
  until: number;
  runs: [DurabilityRun, DurabilityRun];
}

export interface DurabilityResult extends DurabilityComparison {
  failure: FailurePlan;
  variants: [DurabilityConfig, DurabilityConfig];
  /** The world both runs share, described (brokers, topic, producer rate). */
  world: { brokers: number; topic: string; partitions: number; replicationFactor: number };
  /** Links (hashes) that open each run in the sandbox, paused just before the failure. */
  links: [string, string];
}

export type DurabilityStatus = 'idle' | 'running' | 'done' | 'failed';

export interface DurabilitySlice {
  durability: { status: DurabilityStatus; result: DurabilityResult | null };
  /**
   * Runs the failure twice, once per configuration, on the current sandbox world (its actions
   * left out) or, when that world cannot carry the failure, the default one.
   */
  runDurabilityComparison(
    variants: readonly [DurabilityConfig, DurabilityConfig],
    failureId: FailureId,
  ): Promise<void>;
}
