// Play/pause and speed. Time itself moves only in playbackLoop.ts, through the store's advance().
import { SPEEDS, nextSpeed } from '../speeds';
import type { GetState, PlaybackSlice, SetState, StoreContext } from '../types';
import { syncUrl } from './urlWriter';

export function createPlaybackSlice(
  set: SetState,
  get: GetState,
  ctx: StoreContext,
): PlaybackSlice {
  return {
    playing: false,
    speed: 1,
    play() {
      if (ctx.sim) set({ playing: true });
    },
    pause() {
      if (!get().playing) return;
      set({ playing: false });
      syncUrl(set, get, ctx, true);
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    setSpeed(speed) {
      if (SPEEDS.includes(speed)) set({ speed });
    },
    slower() {
      set({ speed: nextSpeed(get().speed, -1) });
    },
    faster() {
      set({ speed: nextSpeed(get().speed, 1) });
    },
  };
}
