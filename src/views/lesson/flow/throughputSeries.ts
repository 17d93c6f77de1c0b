// The throughput chart's data: records per second produced and consumed per group, over a window
// of the last completed virtual seconds (quiet seconds count as 0).
import type { ThroughputSample } from '../../../model/snapshotTypes';

export interface ThroughputLine {
  /** 'produced', or a consumer group id. */
  id: string;
  kind: 'produced' | 'consumed';
  /** One point per second of the window, oldest first: [second, records]. */
  points: [number, number][];
  /** Mean records per second over the last `recentSeconds` of the window. */
  recent: number;
}

export interface ThroughputSeries {
  /** The window's first and last second (inclusive). */
  from: number;
  to: number;
  lines: ThroughputLine[];
  max: number;
  recentSeconds: number;
}

export const WINDOW_SECONDS = 60;
export const RECENT_SECONDS = 10;

/**
 * The window ends at the last completed second before `now` (the model reports only completed
 * seconds). Groups are listed in the order given, so colours stay with their group.
 */
export function throughputSeries(
  samples: readonly ThroughputSample[],
  now: number,
  groupIds: readonly string[],
  window = WINDOW_SECONDS,
  recentSeconds = RECENT_SECONDS,
): ThroughputSeries {
  const to = Math.floor(now / 1000) - 1;
  const from = to - window + 1;
  const bySecond = new Map(samples.map((s) => [s.second, s] as const));
  const line = (
    id: string,
    kind: ThroughputLine['kind'],
    read: (s: ThroughputSample) => number,
  ) => {
    const points: [number, number][] = [];
    let recentSum = 0;
    let recentCount = 0;
    for (let second = Math.max(0, from); second <= to; second++) {
      const s = bySecond.get(second);
      const v = s ? read(s) : 0;
      points.push([second, v]);
      if (second > to - recentSeconds) {
        recentSum += v;
        recentCount++;
      }
    }
    return { id, kind, points, recent: recentCount > 0 ? recentSum / recentCount : 0 };
  };
  const lines = [
    line('produced', 'produced', (s) => s.produced),
    ...groupIds.map((g) => line(g, 'consumed', (s) => s.consumed[g] ?? 0)),
  ];
  const max = Math.max(1, ...lines.flatMap((l) => l.points.map((p) => p[1])));
  return { from, to, lines, max, recentSeconds };
}
