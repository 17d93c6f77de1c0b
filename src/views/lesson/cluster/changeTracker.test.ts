import { describe, expect, it } from 'vitest';
import { emptyTracker, isRecent, RECENT_MS, trackChanges } from './changeTracker';

describe('trackChanges', () => {
  it('takes the first sight as a baseline: nothing is marked', () => {
    const t = trackChanges(emptyTracker(), { 'orders-0:leader': '3' }, 1000);
    expect(isRecent(t, 'orders-0:leader')).toBe(false);
    expect(t.log).toEqual([]);
  });

  it('marks a changed cell for RECENT_MS of virtual time, and logs it newest first', () => {
    let t = trackChanges(emptyTracker(), { a: '3', b: '1,2,3' }, 1000);
    t = trackChanges(t, { a: '1', b: '1,2,3' }, 2000);
    t = trackChanges(t, { a: '1', b: '1,2' }, 2500);
    expect(isRecent(t, 'a')).toBe(true);
    expect(t.log.map((c) => [c.key, c.from, c.to, c.at])).toEqual([
      ['b', '1,2,3', '1,2', 2500],
      ['a', '3', '1', 2000],
    ]);
    t = trackChanges(t, { a: '1', b: '1,2' }, 2000 + RECENT_MS + 1);
    expect(isRecent(t, 'a')).toBe(false);
    expect(isRecent(t, 'b')).toBe(true);
  });

  it('is idempotent for the same cells and time (a second render marks nothing new)', () => {
    const t0 = trackChanges(emptyTracker(), { a: '3' }, 1000);
    const t1 = trackChanges(t0, { a: '1' }, 2000);
    expect(trackChanges(t1, { a: '1' }, 2000)).toBe(t1);
  });

  it('starts a fresh baseline when time jumps back (a scrub)', () => {
    let t = trackChanges(emptyTracker(), { a: '3' }, 1000);
    t = trackChanges(t, { a: '1' }, 5000);
    t = trackChanges(t, { a: '3' }, 1500);
    expect(isRecent(t, 'a')).toBe(false);
    expect(t.log).toEqual([]);
  });
});
