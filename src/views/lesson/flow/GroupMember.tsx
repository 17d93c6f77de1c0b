// One member of a group in the card's list: its chip and client id, the leader tag, where it is in
// the group protocol, what it reads or revokes, its session or poll clock, and its controls
// (crash, stall, resume).
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GroupMemberChip } from './GroupMemberChip';
import type { GroupRow, MemberRow } from './groupRows';
import { MemberClockBar } from './MemberClockBar';

export function GroupMember({
  member: m,
  group,
  rebalancing,
  basic = false,
}: {
  member: MemberRow;
  group: GroupRow;
  rebalancing: boolean;
  /** Chapters 1–2: no leader tag, clock or crash/stall, and a status only while not stable. */
  basic?: boolean;
}) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const now = useAppStore((s) => s.snapshot?.now ?? 0);
  const ids = { groupId: group.groupId, clientId: m.clientId };
  const named = { member: m.clientId };
  const stoppedPolling = m.status === 'stalled' || m.status === 'left';
  return (
    <>
      <span className="group-member-line">
        <GroupMemberChip member={m} decorative /> <code>{m.clientId}</code>{' '}
        {m.leader && !basic && (
          <span className="group-leader-tag" title={t('groupProtocol.leaderTitle')}>
            {t('groupProtocol.leaderTag')}
          </span>
        )}{' '}
        {(!basic || m.status !== 'stable') && (
          <span className={`group-member-status is-${m.status}`}>
            <span className="visually-hidden">{t('groupProtocol.statusLabel')} </span>
            {t(`groupProtocol.status.${m.status}`)}
          </span>
        )}{' '}
        {m.partitions.length > 0
          ? t('flow.memberReads', { partitions: m.partitions.join(', ') })
          : m.revoked.length === 0 && noPartitions(m, rebalancing, t)}
        {m.revoked.length > 0 && (
          <span className="group-revoking-text">
            {m.partitions.length > 0 && ' · '}
            {t('flow.memberRevoking', { partitions: m.revoked.join(', ') })}
          </span>
        )}
      </span>
      {m.status !== 'crashed' && !basic && (
        <span className="group-member-actions">
          {stoppedPolling ? (
            <button
              type="button"
              className="small"
              aria-label={t('groupProtocol.resumeLabel', named)}
              title={t('groupProtocol.resumeTitle')}
              onClick={() => act({ type: 'consumer.resume', ...ids })}
            >
              {t('groupProtocol.resume')}
            </button>
          ) : (
            <button
              type="button"
              className="small"
              aria-label={t('groupProtocol.stallLabel', named)}
              title={t('groupProtocol.stallTitle')}
              onClick={() => act({ type: 'consumer.stall', ...ids })}
            >
              {t('groupProtocol.stall')}
            </button>
          )}
          <button
            type="button"
            className="small danger-outline"
            aria-label={t('groupProtocol.crashLabel', named)}
            title={t('groupProtocol.crashTitle')}
            onClick={() => act({ type: 'consumer.crash', ...ids })}
          >
            {t('groupProtocol.crash')}
          </button>
        </span>
      )}
      {!basic && <MemberClockBar member={m} group={group} now={now} />}
    </>
  );
}

/** Why a member reads nothing: idle (more members than partitions), or not in the group yet or now. */
function noPartitions(m: MemberRow, rebalancing: boolean, t: ReturnType<typeof useT>) {
  if (m.status === 'left' || m.status === 'crashed') return null;
  if (rebalancing || !isInGroup(m)) return t('flow.memberWaiting');
  return t('flow.memberIdle');
}

/** Joined and synced: its (empty) assignment is the group's decision, not a wait. */
export const isInGroup = (m: MemberRow) => m.status === 'stable' || m.status === 'stalled';
