// The throughput series: records appended by partition leaders and records consumed per group,
// counted per virtual second (second = floor(t / 1000)). Plain world data, so checkpoints copy it.
import type { ThroughputSample } from '../snapshotTypes';
import type { World } from './types';

/** How many completed seconds the world and the snapshot keep. */
export const THROUGHPUT_SECONDS = 120;

export function newSample(second: number): ThroughputSample {
  return { second, produced: 0, consumed: {} };
}

/** The sample of the second `w.now` is in; completed seconds (and empty gaps) are pushed first. */
function current(w: World): ThroughputSample {
  const second = Math.floor(w.now / 1000);
  let cur = w.throughputNow;
  if (cur.second === second) return cur;
  const series = w.throughput;
  // Empty seconds in between count too, but no more than the series keeps.
  for (let s = Math.max(cur.second, second - THROUGHPUT_SECONDS); s < second; s++) {
    series.push(Object.freeze(s === cur.second ? cur : newSample(s)));
  }
  if (series.length > THROUGHPUT_SECONDS) series.splice(0, series.length - THROUGHPUT_SECONDS);
  cur = w.throughputNow = newSample(second);
  return cur;
}

export function countProduced(w: World, n: number): void {
  if (n > 0) current(w).produced += n;
}

export function countConsumed(w: World, groupId: string, n: number): void {
  if (n <= 0) return;
  const c = current(w).consumed;
  c[groupId] = (c[groupId] ?? 0) + n;
}

/**
 * The completed seconds before `w.now` (the last THROUGHPUT_SECONDS), each with a count for every
 * group of the world. A second in progress is left out; quiet seconds not yet pushed are filled in.
 */
export function throughputSeries(w: World): ThroughputSample[] {
  const end = Math.floor(w.now / 1000);
  const out: ThroughputSample[] = [];
  const push = (s: ThroughputSample) => {
    const consumed: Record<string, number> = {};
    for (const g of w.groups) consumed[g.groupId] = s.consumed[g.groupId] ?? 0;
    out.push({ second: s.second, produced: s.produced, consumed });
  };
  for (const s of w.throughput) if (s.second < end) push(s);
  const cur = w.throughputNow;
  for (let s = Math.max(cur.second, end - THROUGHPUT_SECONDS); s < end; s++) {
    push(s === cur.second ? cur : newSample(s));
  }
  return out.slice(Math.max(0, out.length - THROUGHPUT_SECONDS));
}
