// The one place that moves virtual time: while playing, each animation frame advances it by
// wall delta × speed and publishes a new snapshot.
import type { AppStore } from './createAppStore';

/** A frame longer than this (a background tab, a debugger pause) counts as this long. */
export const MAX_FRAME_MS = 100;

export interface FrameScheduler {
  request(callback: (timestamp: number) => void): number;
  cancel(handle: number): void;
}

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Runs frames only while playing; returns a function that stops the loop for good. */
export function startPlaybackLoop(store: AppStore, frames: FrameScheduler = browserFrames) {
  let handle: number | null = null;
  let last: number | null = null;

  const frame = (timestamp: number) => {
    handle = null;
    const state = store.getState();
    if (!state.playing) return;
    if (last !== null) {
      const wall = Math.min(Math.max(0, timestamp - last), MAX_FRAME_MS);
      if (wall > 0) state.advance(wall * state.speed);
    }
    last = timestamp;
    if (store.getState().playing) handle = frames.request(frame);
  };

  const sync = () => {
    const playing = store.getState().playing;
    if (playing && handle === null) {
      last = null;
      handle = frames.request(frame);
    } else if (!playing && handle !== null) {
      frames.cancel(handle);
      handle = null;
    }
  };

  const unsubscribe = store.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}
