// Deep copy of plain world data. Frozen objects (records, sent messages, timeline events) are
// immutable by convention, together with everything they hold, so copies share them.
//
// Copies keep the originals' shapes: arrays by `slice` (same elements kind) and objects by spread
// (same hidden class), so code running on a restored world sees the objects it was optimised for.

export function deepClone<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out = v.slice();
    for (let i = 0; i < out.length; i++) {
      const x: unknown = out[i];
      if (typeof x === 'object' && x !== null) out[i] = deepClone(x);
    }
    return out as T;
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(k, deepClone(x));
    return m as T;
  }
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const k in out) {
    const x = out[k];
    if (typeof x === 'object' && x !== null) out[k] = deepClone(x);
  }
  return out as T;
}
