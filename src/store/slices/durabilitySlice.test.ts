// The durability slice with the real model: running the default pair on the sandbox's world.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import { defaultScenario } from '../../scenario/defaults';
import { createAppStore } from '../createAppStore';
import { DEFAULT_DURABILITY_VARIANTS } from '../durabilityTypes';
import { fakeDeps } from '../testing/fakeSimulation';

function realStore() {
  const deps = fakeDeps({ createSimulation: (s) => createSimulation(s), defaultScenario });
  const store = createAppStore(deps);
  store.getState().openLink('#/sandbox');
  store.getState().pause();
  return store;
}

describe('durability slice', () => {
  it('starts idle, runs, and publishes both runs with their links', async () => {
    const store = realStore();
    expect(store.getState().durability).toEqual({ status: 'idle', result: null });
    const done = store
      .getState()
      .runDurabilityComparison(DEFAULT_DURABILITY_VARIANTS, 'followersCutOffThenLeaderCrash');
    expect(store.getState().durability.status).toBe('running');
    await done;
    const { status, result } = store.getState().durability;
    expect(status).toBe('done');
    expect(result!.failure.tp).toBe('orders-0');
    expect(result!.world).toEqual({
      brokers: 3,
      topic: 'orders',
      partitions: 3,
      replicationFactor: 3,
    });
    const [one, all] = result!.runs;
    expect(one.lost.length).toBeGreaterThan(0);
    expect(all.lost).toEqual([]);
    // Each link opens that run, paused a second before the failure begins.
    expect(result!.links[0]).toContain('/sandbox');
    expect(result!.links[0]).toContain('t=9000');
    expect(result!.links[0]).not.toBe(result!.links[1]);
  });

  it('uses the world the learner set up, without the learner’s actions', async () => {
    const store = realStore();
    store.getState().act({ type: 'broker.crash', broker: 1 });
    await store
      .getState()
      .runDurabilityComparison(DEFAULT_DURABILITY_VARIANTS, 'followersDownThenLeaderCrash');
    const run = store.getState().durability.result!.runs[0];
    expect(run.scenario.actions.every((a) => a.at >= 10_000)).toBe(true);
  });

  it('only the latest of two requests publishes', async () => {
    const store = realStore();
    const first = store
      .getState()
      .runDurabilityComparison(DEFAULT_DURABILITY_VARIANTS, 'followersDownThenLeaderCrash');
    const second = store
      .getState()
      .runDurabilityComparison(DEFAULT_DURABILITY_VARIANTS, 'followersCutOffThenLeaderCrash');
    await Promise.all([first, second]);
    expect(store.getState().durability.result!.failure.id).toBe('followersCutOffThenLeaderCrash');
  });
});
