// A store for view tests: a fake simulation whose snapshot is whatever the test hands it.
import type { ClusterSnapshot, TimelineEvent } from '../../model/snapshotTypes';
import { createAppStore, type AppStore } from '../createAppStore';
import { FakeSimulation, fakeDeps, type FakeDeps } from './fakeSimulation';

export interface Fixture {
  store: AppStore;
  deps: FakeDeps;
  sim(): FakeSimulation;
}

/** Opens `#/sandbox` paused at t=0 on a fake run that shows `snapshot` and reports `events`. */
export function storeFixture(
  snapshot: ClusterSnapshot,
  events: TimelineEvent[] = [],
  locale: 'en' | 'ko' = 'en',
): Fixture {
  class Fixed extends FakeSimulation {
    override snapshot() {
      return { ...snapshot, now: this.now };
    }
    override events() {
      return events.filter((e) => e.at <= this.horizon);
    }
  }
  const deps = fakeDeps({ languages: [locale] });
  deps.createSimulation = (scenario) => {
    const sim = new Fixed(scenario);
    deps.sims.push(sim);
    return sim;
  };
  const store = createAppStore(deps);
  store.getState().openLink('#/sandbox?t=0');
  return { store, deps, sim: () => deps.sims[deps.sims.length - 1]! };
}
