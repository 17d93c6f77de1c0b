// The store's public surface: views, lessons and main.tsx import from here.
export { createAppStore, type AppStore } from './createAppStore';
export { startPlaybackLoop, MAX_FRAME_MS, type FrameScheduler } from './playbackLoop';
export { StoreProvider, useAppStore, useStoreApi, sameData } from './react';
export { SPEEDS, nextSpeed, formatSpeed } from './speeds';
export { MAX_LINK_T_MS } from './slices/linkSlice';
export type * from './types';
