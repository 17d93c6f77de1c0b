// Deep copy of plain world data. Frozen objects (records, sent messages, timeline events) are
// immutable by convention, together with everything they hold, so copies share them.

export function deepClone<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = deepClone(v[i]);
    return out as T;
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(k, deepClone(x));
    return m as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = deepClone((v as Record<string, unknown>)[k]);
  return out as T;
}
