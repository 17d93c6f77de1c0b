// The invariant monitor the learner sees: the model's own property monitor (monitors.ts, which reads
// only the public snapshot) watching the current run from 0 to `now`. While time moves forward it is
// fed the snapshots the store publishes anyway; where it has a gap (a link opened at t, a seek
// forward, a reset because the run changed before what was checked) a second simulation of the same
// scenario is stepped through the gap at SCAN_STEP_MS in small wall-clock slices. The model is
// deterministic, so what that scan sees is what the learner's run holds. Nothing runs unless a
// view is watching.
import { Monitor } from '../../model/properties/monitors';
import type { Scenario, ScenarioAction } from '../../model/scenarioTypes';
import type { Simulation } from '../../model/simulationTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { GetState, SetState, StoreContext } from '../types';
import { clipToSharedWindow, describeViolation } from './invariantsSliceDetails';
import {
  INVARIANT_NAMES,
  type InvariantName,
  type InvariantStatus,
  type InvariantViolation,
  type InvariantsSlice,
  type InvariantsView,
} from './invariantsSliceTypes';

/** A scan samples the run at every notable event and at least this often (virtual ms). */
export const SCAN_STEP_MS = 250;
/** A published snapshot further than this past the last one checked is a gap for the scan. */
export const FEED_MAX_GAP_MS = 1000;
/** While playing, frames closer than this to the last one checked are skipped (cost per frame). */
export const FEED_MIN_GAP_MS = 100;
/** Wall-clock ms one scan slice may take before it yields to the page. */
export const SLICE_BUDGET_MS = 12;
/** A scanner catching up to where checking stopped runs (unobserved) at most this far per step. */
const CATCH_UP_MS = 5000;

const OK: InvariantStatus = { state: 'ok' };

/** What the monitor has seen of one run: valid as long as the run's scenario agrees up to `upTo`. */
interface Watched {
  monitor: Monitor;
  /** The scenario without its actions, as JSON: another one is another run. */
  base: string;
  scenario: Scenario;
  /** Last instant observed; -1 before the first. */
  upTo: number;
  found: Partial<Record<InvariantName, InvariantViolation>>;
  /** The scan's own simulation of `scenario`, at or before `upTo`; made when a gap needs it. */
  scanner: Simulation | null;
  /** The last published snapshot fed, so one is never observed twice. */
  fed: ClusterSnapshot | null;
}

const baseOf = (s: Scenario): string => JSON.stringify({ ...s, actions: [] });

/** The virtual time from which two action lists differ (Infinity when they are the same). */
export function divergence(a: readonly ScenarioAction[], b: readonly ScenarioAction[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && JSON.stringify(x) === JSON.stringify(y)) continue;
    return Math.min(x?.at ?? Infinity, y?.at ?? Infinity);
  }
  return Infinity;
}

export function createInvariantsSlice(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
): InvariantsSlice {
  let watched: Watched | null = null;
  let watchers = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const fresh = (scenario: Scenario): Watched => ({
    monitor: new Monitor(),
    base: baseOf(scenario),
    scenario,
    upTo: -1,
    found: {},
    scanner: null,
    fed: null,
  });

  /** The record of the current run: kept while the run up to `upTo` is unchanged, else anew. */
  const current = (): Watched | null => {
    const scenario = get().scenario;
    if (!scenario) return null;
    const w = watched;
    if (w && w.scenario === scenario) return w;
    // An action taken at or after the last instant checked leaves everything checked valid (the
    // instant itself was seen just before the action); anything earlier is another history.
    if (
      w &&
      baseOf(scenario) === w.base &&
      divergence(w.scenario.actions, scenario.actions) >= w.upTo
    ) {
      w.scenario = scenario;
      w.scanner = null;
      return w;
    }
    watched = fresh(scenario);
    return watched;
  };

  const observe = (w: Watched, s: ClusterSnapshot) => {
    w.monitor.observe(clipToSharedWindow(s));
    w.upTo = s.now;
    for (const name of INVARIANT_NAMES) {
      const first = w.monitor.violations[name][0];
      if (!w.found[name] && first !== undefined) {
        w.found[name] = describeViolation(name, s, first);
      }
    }
  };

  const publishStatus = () => {
    const w = watched;
    const now = get().now;
    const previous = get().invariants;
    const status = {} as Record<InvariantName, InvariantStatus>;
    let same = true;
    for (const name of INVARIANT_NAMES) {
      const v = w?.found[name];
      const before = previous.status[name];
      if (v && v.at <= now) {
        status[name] =
          before.state === 'broken' && before.violation === v
            ? before
            : { state: 'broken', violation: v };
      } else status[name] = OK;
      if (status[name] !== before) same = false;
    }
    const checkingAt = timer !== null && w ? Math.max(0, w.upTo) : null;
    const watching = watchers > 0;
    if (same && checkingAt === previous.checkingAt && watching === previous.watching) return;
    const invariants: InvariantsView = { watching, status, checkingAt };
    set({ invariants });
  };

  const schedule = () => {
    if (timer !== null || watchers === 0) return;
    timer = setTimeout(scanSlice, 0);
  };

  /** Steps the scanner through the gap between what was checked and `now`, for one budget. */
  const scanSlice = () => {
    timer = null;
    const w = watchers > 0 ? current() : null;
    if (!w) return publishStatus();
    const deadline = ctx.deps.wallClock() + SLICE_BUDGET_MS;
    if (!w.scanner || w.scanner.now > Math.max(0, w.upTo)) {
      w.scanner = ctx.deps.createSimulation(w.scenario);
    }
    const scanner = w.scanner;
    let stalls = 0;
    for (;;) {
      const target = get().now;
      if (w.upTo < 0) observe(w, scanner.snapshot());
      else if (scanner.now < w.upTo) scanner.seek(Math.min(w.upTo, scanner.now + CATCH_UP_MS));
      else if (w.upTo >= target) break;
      else {
        const before = scanner.now;
        const tick = (Math.floor(before / SCAN_STEP_MS) + 1) * SCAN_STEP_MS;
        scanner.stepToNextEvent(Math.min(tick, target) - before);
        // Several events at one instant come one call each; never spin on a stuck clock.
        stalls = scanner.now === before ? stalls + 1 : 0;
        if (stalls > 1000) scanner.seek(before + 1);
        observe(w, scanner.snapshot());
      }
      if (ctx.deps.wallClock() >= deadline) break;
    }
    if (w.upTo < get().now) schedule();
    publishStatus();
  };

  const track = () => {
    if (watchers === 0) return;
    const w = current();
    if (!w) return publishStatus();
    const { now, snapshot, playing } = get();
    const gap = now - w.upTo;
    const feedable =
      snapshot !== null &&
      snapshot !== w.fed &&
      timer === null &&
      (w.upTo < 0
        ? now === 0
        : gap >= 0 && gap <= FEED_MAX_GAP_MS && (gap >= FEED_MIN_GAP_MS || !playing));
    if (feedable) {
      observe(w, snapshot);
      w.fed = snapshot;
    } else if (gap > 0 && (w.upTo < 0 || gap > FEED_MAX_GAP_MS)) schedule();
    publishStatus();
  };

  return {
    invariants: {
      watching: false,
      status: { noAckedLoss: OK, consumerBelowHw: OK, oneLeaderPerEpoch: OK },
      checkingAt: null,
    },
    watchInvariants() {
      watchers += 1;
      track();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        watchers -= 1;
        if (watchers === 0 && timer !== null) {
          clearTimeout(timer);
          timer = null;
        }
        publishStatus();
      };
    },
    goToViolation(name) {
      const v = current()?.found[name];
      if (!v) return;
      get().pause();
      get().seek(v.at);
    },
    trackInvariants: track,
  };
}
