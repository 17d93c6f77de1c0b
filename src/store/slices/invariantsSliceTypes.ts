// The invariant monitor's shapes (plain data, so views can compare renders with sameData): three of
// Kafka's guarantees, each ok or broken at the first instant of the run that showed it broken.

/** The guarantees the learner sees; the names are the model's monitor properties (monitors.ts). */
export type InvariantName = 'noAckedLoss' | 'consumerBelowHw' | 'oneLeaderPerEpoch';

export const INVARIANT_NAMES: readonly InvariantName[] = [
  'noAckedLoss',
  'consumerBelowHw',
  'oneLeaderPerEpoch',
];

/** What the first violation concerns, enough for a sentence in the learner's language. */
export type ViolationDetail =
  /** Acknowledged records gone from every live replica; the first of them (oldest sent). */
  | {
      kind: 'lost';
      partition: string;
      offset: number | null;
      key: string | null;
      /** How many acknowledged records were lost at that instant. */
      count: number;
    }
  /** Two replicas hold different records at an offset below both of their high watermarks. */
  | { kind: 'diverged'; partition: string; offset: number }
  /** A consumer group's position (or commit) beyond every high watermark the partition has shown. */
  | { kind: 'pastHw'; group: string; partition: string; position: number; highWatermark: number }
  /** Two leaders within one leader epoch, or the epoch going back. */
  | { kind: 'epoch'; partition: string; epoch: number | null }
  | { kind: 'other'; partition: string | null };

export interface InvariantViolation {
  name: InvariantName;
  /** Virtual ms of the first instant seen broken: where "Show the moment" seeks. */
  at: number;
  detail: ViolationDetail;
  /** The monitor's own line (English, for tests and the console; views show `detail`). */
  message: string;
}

export type InvariantStatus = { state: 'ok' } | { state: 'broken'; violation: InvariantViolation };

export interface InvariantsView {
  /** Whether any view is watching (the monitor runs only then). */
  watching: boolean;
  /** Each invariant over the run from 0 to `now` (as far as checked). */
  status: Record<InvariantName, InvariantStatus>;
  /** While a scan catches up with `now`: the virtual ms checked so far; null when up to date. */
  checkingAt: number | null;
}

export interface InvariantsSlice {
  invariants: InvariantsView;
  /**
   * A view showing the invariants calls this on mount and the returned function on unmount: the
   * monitor (and the scan a link or a seek needs) runs only while someone watches.
   */
  watchInvariants(): () => void;
  /** Pauses and seeks to the first instant `name` was seen broken (no-op when it never was). */
  goToViolation(name: InvariantName): void;
  /** Feeds the monitor the world at `now`; createAppStore calls it when the snapshot changes. */
  trackInvariants(): void;
}
