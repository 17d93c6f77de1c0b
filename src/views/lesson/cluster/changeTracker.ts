// Pure: remembers when each table cell last changed (virtual time), so a view can mark recent changes.

/** How long (virtual ms) a changed cell stays marked: long enough to notice at normal speed. */
export const RECENT_MS = 6000;

export interface CellChange {
  key: string;
  from: string;
  to: string;
  at: number;
}

export interface ChangeTracker {
  /** Virtual time of the last update. */
  now: number;
  values: Record<string, string>;
  changedAt: Record<string, number>;
  /** The latest changes, newest first (at most `keep`). */
  log: CellChange[];
}

export function emptyTracker(): ChangeTracker {
  return { now: -1, values: {}, changedAt: {}, log: [] };
}

/**
 * The tracker after seeing `cells` at `now`. The first sight, and any jump back in time (a scrub),
 * start a fresh baseline: nothing is marked, since the cells did not change "just now".
 * Seeing the same cells at the same time again returns the same tracker (safe to call in render).
 */
export function trackChanges(
  prev: ChangeTracker,
  cells: Record<string, string>,
  now: number,
  keep = 12,
): ChangeTracker {
  if (prev.now < 0 || now < prev.now) return { now, values: cells, changedAt: {}, log: [] };
  const changed: CellChange[] = [];
  for (const [key, to] of Object.entries(cells)) {
    const from = prev.values[key];
    if (from !== undefined && from !== to) changed.push({ key, from, to, at: now });
  }
  if (changed.length === 0 && now === prev.now) return prev;
  const changedAt = { ...prev.changedAt };
  for (const c of changed) changedAt[c.key] = now;
  return {
    now,
    values: cells,
    changedAt,
    log: [...changed.reverse(), ...prev.log].slice(0, keep),
  };
}

/** Whether `key` changed within RECENT_MS of the tracker's time. */
export function isRecent(t: ChangeTracker, key: string): boolean {
  const at = t.changedAt[key];
  return at !== undefined && t.now - at <= RECENT_MS;
}
