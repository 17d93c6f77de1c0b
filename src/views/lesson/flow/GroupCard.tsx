// One consumer group: its facts, its members and what each reads, its offsets, and its controls.
import { SIMULATOR_LIMITS } from '../../../scenario';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import type { GroupRow } from './groupRows';
import { OffsetTable } from './OffsetTable';

/** Id of the one note explaining why Rewind is disabled (GroupsPanel renders it). */
export const REWIND_WHY_ID = 'flow-rewind-why';

export function GroupCard({ row }: { row: GroupRow }) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const group = row.groupId;
  const members = row.members.length;
  const scale = (n: number) => act({ type: 'group.scale', groupId: group, members: n });
  const idle = row.members.filter((m) => m.partitions.length === 0).length;
  return (
    <article className="flow-group" aria-labelledby={`group-title-${group}`}>
      <header className="flow-group-head">
        <h3 id={`group-title-${group}`}>{group}</h3>
        <span className="hint">
          {t('flow.groupFacts', { state: row.state, members, lag: row.lag })}
        </span>
      </header>
      {members === 0 ? (
        <p className="flow-note">{t('flow.noMembers')}</p>
      ) : (
        <ul className="flow-members">
          {row.members.map((m) => (
            <li key={m.clientId} className={m.partitions.length === 0 ? 'is-idle' : undefined}>
              <code>{m.clientId}</code>{' '}
              {m.partitions.length === 0
                ? t('flow.memberIdle')
                : t('flow.memberReads', { partitions: m.partitions.join(', ') })}
            </li>
          ))}
        </ul>
      )}
      {idle > 0 && (
        <p className="flow-note">
          {t('flow.idleNote', { idle, partitions: row.partitions.length })}
        </p>
      )}
      <OffsetTable row={row} />
      <div className="flow-actions">
        {members > 0 ? (
          <button type="button" onClick={() => scale(0)}>
            {t('flow.stopConsumers', { group })}
          </button>
        ) : (
          <button type="button" onClick={() => scale(1)}>
            {t('flow.startConsumers', { group })}
          </button>
        )}
        <button
          type="button"
          disabled={members >= SIMULATOR_LIMITS.scaleMembers.max}
          onClick={() => scale(members + 1)}
        >
          {t('flow.addConsumer', { group })}
        </button>
        <button type="button" disabled={members <= 1} onClick={() => scale(members - 1)}>
          {t('flow.removeConsumer', { group })}
        </button>
        <button
          type="button"
          disabled={members > 0}
          aria-describedby={members > 0 ? REWIND_WHY_ID : undefined}
          onClick={() => act({ type: 'group.resetOffsets', groupId: group, to: 'earliest' })}
        >
          {t('flow.rewind', { group })}
        </button>
      </div>
    </article>
  );
}
