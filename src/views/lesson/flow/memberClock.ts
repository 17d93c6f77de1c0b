// Pure: which clock a group member is on and how far it has run, for its bar in the groups panel.
// The coordinator removes a member after session.timeout.ms without a heartbeat; a member whose
// application stops calling poll() leaves after max.poll.interval.ms (KAFKA.md 6.2, 6.4).
import type { GroupRow, MemberRow } from './groupRows';

export type MemberClock =
  /** Alive and heard from: time since its last heartbeat, against session.timeout.ms. */
  | { kind: 'session'; sinceMs: number; limitMs: number; leftMs: number }
  /** Crashed: nothing more will come; the coordinator removes it when the session runs out. */
  | { kind: 'expiring'; sinceMs: number; limitMs: number; leftMs: number }
  /** Stalled: time since its last poll(), against max.poll.interval.ms. */
  | { kind: 'poll'; sinceMs: number; limitMs: number; leftMs: number }
  /** No clock: looking for the coordinator, or out of the group until it polls again. */
  | { kind: 'none' };

type Limits = Pick<GroupRow, 'sessionTimeoutMs' | 'maxPollIntervalMs'>;

const clamp = (n: number) => Math.max(0, n);

export function memberClock(member: MemberRow, group: Limits, now: number): MemberClock {
  if (member.status === 'stalled' && member.lastPollAt >= 0) {
    const sinceMs = clamp(now - member.lastPollAt);
    const limitMs = Math.max(1, group.maxPollIntervalMs);
    return { kind: 'poll', sinceMs, limitMs, leftMs: clamp(limitMs - sinceMs) };
  }
  if (member.status === 'left' || member.status === 'finding') return { kind: 'none' };
  if (member.sessionExpiresAt < 0 || member.lastHeartbeatAt < 0) return { kind: 'none' };
  const sinceMs = clamp(now - member.lastHeartbeatAt);
  const limitMs = Math.max(1, group.sessionTimeoutMs);
  const leftMs = clamp(member.sessionExpiresAt - now);
  return { kind: member.status === 'crashed' ? 'expiring' : 'session', sinceMs, limitMs, leftMs };
}

/** The bar's fill, 0..1: how much of the allowance is used up. */
export function clockFraction(clock: MemberClock): number {
  if (clock.kind === 'none') return 0;
  return Math.min(1, clock.sinceMs / clock.limitMs);
}

/** Whole seconds for "removed in 12 s": rounded up, so 0 s means it is due now. */
export const secondsLeft = (ms: number) => Math.ceil(ms / 1000);

/** Whole seconds for "for 33 s": rounded down. */
export const secondsSince = (ms: number) => Math.floor(ms / 1000);

/** A configured limit in seconds: 45, or 0.5 for a shortened one. */
export const limitSeconds = (ms: number) =>
  Number.isInteger(ms / 1000) ? ms / 1000 : Number((ms / 1000).toFixed(1));
