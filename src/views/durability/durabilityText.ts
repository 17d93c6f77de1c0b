// Words and numbers the durability views share (pure, so they are tested without rendering).
import type { DurabilityConfig, Refusal } from '../../store';
import type { T } from '../shell/useT';

/** Virtual ms as seconds people read: whole seconds bare, else one decimal (`43`, `28.1`). */
export function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

/** `Run A: acks=1, min.insync.replicas=1, unclean election off`. */
export function configTitle(t: T, run: string, c: DurabilityConfig): string {
  return t('durability.configTitle', {
    run,
    acks: c.acks,
    minIsr: c.minInsyncReplicas,
    unclean: t(c.uncleanLeaderElection ? 'durability.on' : 'durability.off'),
  });
}

/** What a configuration promises, one line per setting that matters to it (KAFKA.md 1.5, 5.3). */
export function promises(t: T, c: DurabilityConfig): string[] {
  const lines = [
    c.acks === 'all'
      ? t('durability.promise_all', { minIsr: c.minInsyncReplicas })
      : t(c.acks === '0' ? 'durability.promise_0' : 'durability.promise_1'),
  ];
  if (c.uncleanLeaderElection) lines.push(t('durability.promiseUnclean'));
  return lines;
}

/** `1 acknowledged record lost`, `6 acknowledged records lost`, or none. */
export function lostHeadline(t: T, count: number): string {
  if (count === 0) return t('durability.noneLost');
  return count === 1 ? t('durability.lostOne') : t('durability.lostMany', { count });
}

/** The errors a producer got, one entry per error name: where, and when first (the timeline's order). */
export function errorGroups(
  refusals: readonly Refusal[],
): { error: string; partitions: string[]; first: number }[] {
  const groups = new Map<string, { error: string; partitions: string[]; first: number }>();
  for (const r of refusals) {
    const g = groups.get(r.error) ?? { error: r.error, partitions: [], first: r.at };
    if (!g.partitions.includes(r.partition)) g.partitions.push(r.partition);
    g.first = Math.min(g.first, r.at);
    groups.set(r.error, g);
  }
  return [...groups.values()].map((g) => ({ ...g, partitions: [...g.partitions].sort() }));
}
