// A group's partitions, one row each: owner (the member's chip), position, committed offset, high
// watermark, and the lag as kafka-consumer-groups.sh computes it (high watermark − committed), as a
// bar split into what was read but not committed yet and what was not read yet, and as a number.
import { useT } from '../../shell/useT';
import { GroupMemberChip } from './GroupMemberChip';
import type { GroupRow } from './groupRows';

export function GroupOffsets({ row }: { row: GroupRow }) {
  const t = useT();
  const caption = t('flow.offsetsCaption', { group: row.groupId });
  const pct = (n: number) => `${Math.min(100, (n / row.scale) * 100)}%`;
  const member = (index: number | null) => (index === null ? undefined : row.members[index]);
  return (
    <>
      {/* Focusable, so a keyboard can scroll it when the table is wider than the panel. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="flow-offsets group-offsets">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('flow.colPartition')}</th>
              <th scope="col" className="group-owner-col">
                {t('flow.colOwner')}
              </th>
              <th scope="col">{t('flow.colPosition')}</th>
              <th scope="col">{t('flow.colCommitted')}</th>
              <th scope="col">{t('flow.colHighWatermark')}</th>
              <th scope="col" className="group-lag-col">
                {t('flow.colLag')}
              </th>
            </tr>
          </thead>
          <tbody>
            {row.partitions.map((p) => {
              const owner = member(p.owner);
              const revoker = member(p.revokedBy);
              const lagText = p.lag === null ? t('flow.noCommit') : String(p.lag);
              return (
                <tr key={p.id} className={revoker ? 'is-revoking' : undefined}>
                  <th scope="row">{p.id}</th>
                  <td className="group-owner-col">
                    {owner && <GroupMemberChip member={owner} />}
                    {revoker && (
                      <span className="group-revoking">
                        <GroupMemberChip member={revoker} revoking />
                        <span className="group-revoking-text">{t('flow.revoking')}</span>
                      </span>
                    )}
                    {!owner && !revoker && <span className="hint">{t('flow.ownerNone')}</span>}
                  </td>
                  <td className="num">{p.position}</td>
                  <td className="num">{p.committed ?? t('flow.noCommit')}</td>
                  <td className="num">{p.highWatermark}</td>
                  <td className="group-lag-col">
                    <span className="group-lag">
                      <span
                        className="group-lag-bar"
                        role="img"
                        aria-label={
                          p.lag === null
                            ? t('flow.lagBarNoCommit', { partition: p.id, unread: p.unread })
                            : t('flow.lagBar', {
                                partition: p.id,
                                lag: p.lag,
                                uncommitted: p.uncommitted,
                                unread: p.unread,
                              })
                        }
                      >
                        <span
                          className="group-lag-uncommitted"
                          style={{ width: pct(p.uncommitted) }}
                        />
                        <span
                          className="group-lag-unread"
                          style={{ left: pct(p.uncommitted), width: pct(p.unread) }}
                        />
                      </span>
                      <span className={p.lag !== null && p.lag > 0 ? 'num flow-lag' : 'num'}>
                        {lagText}
                      </span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="flow-legend group-lag-legend">
        <li>
          <span className="group-swatch group-lag-uncommitted" aria-hidden="true" />
          {t('flow.legendUncommitted')}
        </li>
        <li>
          <span className="group-swatch group-lag-unread" aria-hidden="true" />
          {t('flow.legendUnread')}
        </li>
      </ul>
      <p className="hint group-scale">{t('flow.lagScale', { scale: row.scale })}</p>
    </>
  );
}
