// Which clock a group member is on: session (heartbeats), running down (crashed), poll (stalled).
import { describe, expect, it } from 'vitest';
import type { MemberRow } from './groupRows';
import { clockFraction, limitSeconds, memberClock, secondsLeft, secondsSince } from './memberClock';

const limits = { sessionTimeoutMs: 45_000, maxPollIntervalMs: 300_000 };

function member(over: Partial<MemberRow>): MemberRow {
  return {
    clientId: 'consumer-g-1',
    index: 0,
    tag: '1',
    partitions: [],
    revoked: [],
    memberId: 'consumer-g-1-id',
    status: 'stable',
    leader: false,
    lastHeartbeatAt: 9_000,
    sessionExpiresAt: 54_000,
    lastPollAt: 9_500,
    ...over,
  };
}

describe('memberClock', () => {
  it('times a live member from its last heartbeat against session.timeout.ms', () => {
    const clock = memberClock(member({}), limits, 12_000);
    expect(clock).toEqual({ kind: 'session', sinceMs: 3_000, limitMs: 45_000, leftMs: 42_000 });
    expect(clockFraction(clock)).toBeCloseTo(3 / 45);
  });

  it('runs a crashed member down to sessionExpiresAt, and stops at zero', () => {
    const crashed = member({ status: 'crashed' });
    expect(memberClock(crashed, limits, 40_000)).toEqual({
      kind: 'expiring',
      sinceMs: 31_000,
      limitMs: 45_000,
      leftMs: 14_000,
    });
    const late = memberClock(crashed, limits, 60_000);
    expect(late).toMatchObject({ leftMs: 0 });
    expect(clockFraction(late)).toBe(1);
  });

  it('times a stalled member from its last poll against max.poll.interval.ms', () => {
    expect(memberClock(member({ status: 'stalled' }), limits, 109_500)).toEqual({
      kind: 'poll',
      sinceMs: 100_000,
      limitMs: 300_000,
      leftMs: 200_000,
    });
  });

  it('has no clock while the coordinator does not know the member, or after it left', () => {
    expect(memberClock(member({ status: 'finding' }), limits, 10_000)).toEqual({ kind: 'none' });
    expect(memberClock(member({ status: 'left' }), limits, 10_000)).toEqual({ kind: 'none' });
    expect(
      memberClock(member({ status: 'joining', sessionExpiresAt: -1 }), limits, 10_000),
    ).toEqual({ kind: 'none' });
  });

  it('rounds seconds left up and seconds since down, and keeps a shortened limit’s tenths', () => {
    expect([secondsLeft(11_500), secondsLeft(12_000), secondsLeft(1)]).toEqual([12, 12, 1]);
    expect([secondsSince(32_999), secondsSince(33_000)]).toEqual([32, 33]);
    expect([limitSeconds(45_000), limitSeconds(6_500)]).toEqual([45, 6.5]);
  });
});
