// The durability comparison: one named failure run under two configurations, on the current
// world (its actions left out) or the default one, with a sandbox link per run.
import { compareDurability } from '../durability';
import { aimOf, durabilityBase, planFailure } from '../durabilityFailures';
import type { DurabilityResult, DurabilitySlice } from '../durabilityTypes';
import type { GetState, SetState, StoreContext } from '../types';

/** How long before the failure's first step a run's link opens, paused: press play to watch it. */
const LINK_LEAD_MS = 1000;

/** Lets the page paint "running" before two whole runs take the main thread. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createDurabilitySlice(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
): DurabilitySlice {
  // Only the latest request may publish: an earlier one still running is forgotten.
  let latest = 0;
  return {
    durability: { status: 'idle', result: null },
    async runDurabilityComparison(variants, failureId) {
      const id = ++latest;
      set({ durability: { status: 'running', result: get().durability.result } });
      await nextTask();
      if (id !== latest) return;
      const { createSimulation, defaultScenario, buildLink } = ctx.deps;
      let result: DurabilityResult | null = null;
      try {
        const base = durabilityBase(get().scenario, defaultScenario);
        const planned = planFailure(failureId, base, createSimulation);
        const aim = aimOf(base);
        if (planned && aim) {
          const { plan, actions } = planned;
          const cmp = compareDurability(base, variants, actions, plan.until, createSimulation);
          const at = Math.max(0, (plan.steps[0]?.at ?? 0) - LINK_LEAD_MS);
          result = {
            ...cmp,
            failure: plan,
            variants: [variants[0], variants[1]],
            world: {
              brokers: base.brokers,
              topic: aim.topic,
              partitions: aim.partitions,
              replicationFactor: aim.rf,
            },
            links: [
              buildLink('sandbox', cmp.runs[0].scenario, at),
              buildLink('sandbox', cmp.runs[1].scenario, at),
            ],
          };
        }
      } catch {
        // A model error must not take the page down: the panel says the run could not be made.
        result = null;
      }
      if (id !== latest) return;
      set({ durability: { status: result ? 'done' : 'failed', result } });
    },
  };
}
