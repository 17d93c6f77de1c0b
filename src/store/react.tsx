// React bindings: the store arrives through context (tests pass their own), read with narrow selectors.
import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { AppStore } from './createAppStore';
import type { AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi: no StoreProvider above this component');
  return store;
}

/**
 * Reads one value; re-renders only when `equal` says it changed (Object.is by default), so a view
 * that derives rows from each frame's snapshot can pass a structural equality and stay still.
 */
export function useAppStore<T>(
  selector: (state: AppState) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useStoreApi();
  const cache = useRef<{ value: T } | null>(null);
  const read = () => {
    const next = selector(store.getState());
    const previous = cache.current;
    if (previous && equal(previous.value, next)) return previous.value;
    cache.current = { value: next };
    return next;
  };
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Structural equality for plain data (arrays, objects, primitives): for derived view rows. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Maps and Sets keep their contents out of own keys: compare those, or two different ones look equal.
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameData(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((k) =>
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
