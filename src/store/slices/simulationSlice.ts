// The run: owns the Simulation instance (in the store context) and publishes what views draw.
import type { TimelineEvent } from '../../model/snapshotTypes';
import type { GetState, SetState, SimulationSlice, StoreContext } from '../types';
import { syncUrl } from './urlWriter';

/** Virtual ms stepForward may run looking for the next event when the horizon is reached. */
export const STEP_LIMIT_MS = 60_000;

function sameEvents(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): boolean {
  return a.length === b.length && a[a.length - 1]?.id === b[b.length - 1]?.id;
}

/** Copies the simulation's current picture into the store (a new snapshot every call). */
export function publish(set: SetState, get: GetState, ctx: StoreContext): void {
  const sim = ctx.sim;
  if (!sim) return;
  const events = sim.events();
  set({
    snapshot: sim.snapshot(),
    now: sim.now,
    horizon: sim.horizon,
    scenario: sim.scenario,
    ...(sameEvents(get().events, events) ? {} : { events }),
  });
}

export function createSimulationSlice(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
): SimulationSlice {
  const after = (urlNow: boolean) => {
    publish(set, get, ctx);
    syncUrl(set, get, ctx, urlNow);
  };
  return {
    snapshot: null,
    now: 0,
    horizon: 0,
    events: [],
    scenario: null,
    seek(t) {
      if (!ctx.sim || !Number.isFinite(t)) return;
      ctx.sim.seek(Math.max(0, Math.round(t)));
      after(true);
    },
    stepForward() {
      const sim = ctx.sim;
      if (!sim) return;
      get().pause();
      const next = sim.events().find((e) => e.at > sim.now);
      if (next && next.at <= sim.horizon) sim.seek(next.at);
      else sim.stepToNextEvent(STEP_LIMIT_MS);
      after(true);
    },
    stepBack() {
      const sim = ctx.sim;
      if (!sim) return;
      get().pause();
      const earlier = sim.events().filter((e) => e.at < sim.now);
      sim.seek(earlier[earlier.length - 1]?.at ?? 0);
      after(true);
    },
    act(action) {
      if (!ctx.sim) return;
      ctx.sim.act(action);
      after(true);
    },
    restartWith(scenario) {
      ctx.sim = ctx.deps.createSimulation(scenario);
      after(true);
      const selected = get().selectedPartition;
      const topics = get().snapshot?.topics ?? [];
      const exists = topics.some((t) =>
        t.partitions.some((p) => `${t.name}-${p.partition}` === selected),
      );
      if (!exists) set({ selectedPartition: null });
    },
    advance(ms) {
      if (!ctx.sim || !(ms > 0)) return;
      // Virtual time moves in whole ms, so every action and link time is an exact integer (a
      // crash at 2349.7 would otherwise fall after a shared t=2349); the fraction carries over.
      ctx.carryMs += ms;
      const whole = Math.floor(ctx.carryMs);
      if (whole === 0) return;
      ctx.carryMs -= whole;
      ctx.sim.seek(ctx.sim.now + whole);
      after(false);
    },
    segmentFile(tp, broker, baseOffset, kind) {
      return ctx.sim ? ctx.sim.segmentFile(tp, broker, baseOffset, kind) : null;
    },
  };
}
