// Wires the store to the browser: the real model and link codec, the address bar, clipboard, storage.
import { createSimulation } from '../model';
import { buildLink, defaultScenario, parseLink } from '../scenario';
import { createAppStore, type AppStore } from './createAppStore';
import type { StoreDeps } from './types';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function browserDeps(): StoreDeps {
  return {
    createSimulation: (scenario) => createSimulation(scenario),
    defaultScenario,
    parseLink,
    buildLink,
    writeUrl(hash) {
      if (window.location.hash !== hash)
        window.history.replaceState(window.history.state, '', hash);
    },
    pushUrl(hash) {
      if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    },
    pageUrl: () => window.location.href.split('#')[0] ?? '',
    wallClock: () => performance.now(),
    async copyText(text) {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
    },
    storage: safeStorage(),
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  };
}

/** Opens the current hash now and on every hashchange; returns the function that disconnects. */
export function connectToLocation(store: AppStore): () => void {
  // The event's own URL: a playback frame may rewrite the address bar (replaceState) between a
  // link's click and this event, and the link clicked must win.
  const open = (e?: HashChangeEvent) =>
    store.getState().openLink(e ? new URL(e.newURL).hash : window.location.hash);
  window.addEventListener('hashchange', open);
  open();
  return () => window.removeEventListener('hashchange', open);
}

export function createBrowserStore(): AppStore {
  return createAppStore(browserDeps());
}
