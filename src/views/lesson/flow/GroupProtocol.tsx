// The protocol facts under a group's title: what its state means, which broker coordinates it (the
// leader of its __consumer_offsets partition), its timeouts, and whether offsets commit by themselves.
import type { MessageKey } from '../../../i18n/translate';
import { useT } from '../../shell/useT';
import { limitSeconds } from './memberClock';
import type { GroupRow } from './groupRows';

export function GroupProtocol({ row }: { row: GroupRow }) {
  const t = useT();
  const partition = row.offsetsPartition;
  const running = row.members.some((m) => m.status !== 'crashed' && m.status !== 'left');
  const nothingCommitted =
    row.partitions.length > 0 && row.partitions.every((p) => p.committed === null);
  return (
    <div className="group-protocol">
      <p className="flow-note group-state-why">{t(`groupProtocol.stateWhy.${row.state}`)}</p>
      <p
        className="flow-note group-coordinator"
        title={t('groupProtocol.coordinatorWhy', { group: row.groupId, partition })}
      >
        {row.coordinator === null
          ? t('groupProtocol.noCoordinator', { partition })
          : t('groupProtocol.coordinator', { broker: row.coordinator, partition })}
      </p>
      <p className="hint group-timeouts">
        {t('groupProtocol.timeouts', {
          session: limitSeconds(row.sessionTimeoutMs),
          heartbeat: limitSeconds(row.heartbeatIntervalMs),
          poll: limitSeconds(row.maxPollIntervalMs),
        })}
      </p>
      <p className={row.autoCommit ? 'flow-note group-commit' : 'flow-note group-commit is-manual'}>
        {t(commitKey(row.autoCommit))}
        {!row.autoCommit && running && row.uncommitted > 0 && (
          <>
            {' '}
            <strong>{t('groupProtocol.uncommittedOff', { count: row.uncommitted })}</strong>
          </>
        )}
        {!row.autoCommit && running && nothingCommitted && (
          <>
            {' '}
            <strong>{t('groupProtocol.nothingCommitted')}</strong>
          </>
        )}
      </p>
    </div>
  );
}

const commitKey = (auto: boolean): MessageKey =>
  auto ? 'groupProtocol.autoCommitOn' : 'groupProtocol.autoCommitOff';
