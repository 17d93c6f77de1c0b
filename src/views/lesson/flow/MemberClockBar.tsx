// A member's clock as a bar and a sentence: time since its last heartbeat against
// session.timeout.ms (running down to removal once it crashed), or, while it is stalled, time since
// its last poll() against max.poll.interval.ms.
import { useT } from '../../shell/useT';
import type { GroupRow, MemberRow } from './groupRows';
import {
  clockFraction,
  limitSeconds,
  memberClock,
  secondsLeft,
  secondsSince,
  type MemberClock,
} from './memberClock';

export function MemberClockBar({
  member,
  group,
  now,
}: {
  member: MemberRow;
  group: GroupRow;
  now: number;
}) {
  const t = useT();
  const clock = memberClock(member, group, now);
  const text = clockText(t, clock, member, group);
  if (clock.kind === 'none')
    return text ? <span className="group-clock-text hint">{text}</span> : null;
  const fraction = clockFraction(clock);
  return (
    <span className={`group-clock is-${clock.kind}`}>
      <span
        className="group-clock-bar"
        role="meter"
        aria-label={t(
          clock.kind === 'poll' ? 'groupProtocol.meterPoll' : 'groupProtocol.meterSession',
          {
            member: member.clientId,
          },
        )}
        aria-valuemin={0}
        aria-valuemax={limitSeconds(clock.limitMs)}
        aria-valuenow={Math.min(limitSeconds(clock.limitMs), secondsSince(clock.sinceMs))}
        aria-valuetext={text}
      >
        <span className="group-clock-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </span>
      <span className="group-clock-text">{text}</span>
    </span>
  );
}

function clockText(
  t: ReturnType<typeof useT>,
  clock: MemberClock,
  member: MemberRow,
  group: GroupRow,
): string {
  switch (clock.kind) {
    case 'session':
      return t('groupProtocol.clock.session', {
        since: secondsSince(clock.sinceMs),
        limit: limitSeconds(clock.limitMs),
      });
    case 'expiring':
      return t('groupProtocol.clock.expiring', {
        since: secondsSince(clock.sinceMs),
        left: secondsLeft(clock.leftMs),
      });
    case 'poll':
      return t('groupProtocol.clock.poll', {
        since: secondsSince(clock.sinceMs),
        left: secondsLeft(clock.leftMs),
      });
    case 'none':
      if (member.status === 'finding') return t('groupProtocol.clock.finding');
      if (member.status === 'left')
        return t('groupProtocol.clock.left', { limit: limitSeconds(group.maxPollIntervalMs) });
      return '';
  }
}
