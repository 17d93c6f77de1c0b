// Builds the one app store from its slices around a set of outside-world dependencies.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createInvariantsSlice } from './slices/invariantsSlice';
import { createDurabilitySlice } from './slices/durabilitySlice';
import { createLessonSlice } from './slices/lessonSlice';
import { createLinkSlice } from './slices/linkSlice';
import { createPlaybackSlice } from './slices/playbackSlice';
import { createSimulationSlice } from './slices/simulationSlice';
import { createTerminalSlice } from './slices/terminalSlice';
import { createUiSlice } from './slices/uiSlice';
import type { AppState, StoreContext, StoreDeps } from './types';

export type AppStore = StoreApi<AppState> & {
  /** The live simulation, for tests and tools; views read snapshots from the state instead. */
  simulation(): StoreContext['sim'];
};

export function createAppStore(deps: StoreDeps): AppStore {
  const ctx: StoreContext = {
    deps,
    sim: null,
    lastUrlWrite: -Infinity,
    carryMs: 0,
    lesson: null,
    terminalDriver: null,
  };
  const api = createStore<AppState>()((set, get) => ({
    ...createSimulationSlice(set, get, ctx),
    ...createPlaybackSlice(set, get, ctx),
    ...createUiSlice(set, get, ctx),
    ...createLinkSlice(set, get, ctx),
    ...createLessonSlice(set, get, ctx),
    ...createTerminalSlice(set, get, ctx, deps.loadTerminal),
    ...createDurabilitySlice(set, get, ctx),
    ...createInvariantsSlice(set, get, ctx),
  }));
  // A lesson step's goal is a predicate over the world: check it whenever the world changes.
  api.subscribe((state, previous) => {
    if (state.lesson && state.snapshot !== previous.snapshot) state.checkGoal();
    // The terminal's transcript and prompt are read from the world at `now`.
    if (state.snapshot !== previous.snapshot) state.refreshTerminal();
    // The invariant monitor follows the run as it moves (a no-op unless a view watches it).
    if (state.snapshot !== previous.snapshot || state.playing !== previous.playing)
      state.trackInvariants();
  });
  return Object.assign(api, { simulation: () => ctx.sim });
}
