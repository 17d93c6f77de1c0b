// Builds the one app store from its slices around a set of outside-world dependencies.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createLessonSlice } from './slices/lessonSlice';
import { createLinkSlice } from './slices/linkSlice';
import { createPlaybackSlice } from './slices/playbackSlice';
import { createSimulationSlice } from './slices/simulationSlice';
import { createUiSlice } from './slices/uiSlice';
import type { AppState, StoreContext, StoreDeps } from './types';

export type AppStore = StoreApi<AppState> & {
  /** The live simulation, for tests and tools; views read snapshots from the state instead. */
  simulation(): StoreContext['sim'];
};

export function createAppStore(deps: StoreDeps): AppStore {
  const ctx: StoreContext = { deps, sim: null, lastUrlWrite: -Infinity, carryMs: 0, lesson: null };
  const api = createStore<AppState>()((set, get) => ({
    ...createSimulationSlice(set, get, ctx),
    ...createPlaybackSlice(set, get, ctx),
    ...createUiSlice(set, get, ctx),
    ...createLinkSlice(set, get, ctx),
    ...createLessonSlice(set, get, ctx),
  }));
  // A lesson step's goal is a predicate over the world: check it whenever the world changes.
  api.subscribe((state, previous) => {
    if (state.lesson && state.snapshot !== previous.snapshot) state.checkGoal();
  });
  return Object.assign(api, { simulation: () => ctx.sim });
}
