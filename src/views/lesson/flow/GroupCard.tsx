// One consumer group: its state, generation and assignor, its members (a colour each) and what
// each reads or is revoking, what the last rebalance changed, its offsets, and its controls.
import { SIMULATOR_LIMITS } from '../../../scenario';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GroupMemberChip } from './GroupMemberChip';
import { GroupOffsets } from './GroupOffsets';
import type { GroupRow } from './groupRows';
import { useGroupChanges, type GenerationChange } from './useGroupChanges';
import './groups.css';

/** Id of the one note explaining why Rewind is disabled (GroupsPanel renders it). */
export const REWIND_WHY_ID = 'flow-rewind-why';

const STATE_CLASS: Record<GroupRow['state'], string> = {
  Stable: 'is-stable',
  PreparingRebalance: 'is-rebalancing',
  CompletingRebalance: 'is-rebalancing',
  Empty: 'is-empty',
  Dead: 'is-empty',
};

export function GroupCard({ row }: { row: GroupRow }) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const change = useGroupChanges(row);
  const group = row.groupId;
  const members = row.members.length;
  const scale = (n: number) => act({ type: 'group.scale', groupId: group, members: n });
  const rebalancing = row.state === 'PreparingRebalance' || row.state === 'CompletingRebalance';
  // While a cooperative rebalance is in progress, a member without partitions is waiting for the
  // revoked ones, not idle.
  const idle = rebalancing ? 0 : row.members.filter((m) => m.partitions.length === 0).length;
  return (
    <article className="flow-group" aria-labelledby={`group-title-${group}`}>
      <header className="flow-group-head">
        <h3 id={`group-title-${group}`}>{group}</h3>
        <span className={`group-state ${STATE_CLASS[row.state]}`}>
          <span className="visually-hidden">{t('flow.stateLabel')} </span>
          {row.state}
        </span>
        <span className="hint">
          {t('flow.groupFacts', {
            generation: row.generation,
            strategy: row.protocol || t('flow.noStrategy'),
            members,
            lag: row.lag ?? t('flow.noCommit'),
          })}
        </span>
      </header>
      {members === 0 ? (
        <p className="flow-note">{t('flow.noMembers')}</p>
      ) : (
        <ul className="flow-members">
          {row.members.map((m) => (
            <li
              key={m.clientId}
              className={idle > 0 && m.partitions.length === 0 ? 'is-idle' : undefined}
            >
              <GroupMemberChip member={m} decorative /> <code>{m.clientId}</code>{' '}
              {m.partitions.length > 0
                ? t('flow.memberReads', { partitions: m.partitions.join(', ') })
                : m.revoked.length === 0 &&
                  t(rebalancing ? 'flow.memberWaiting' : 'flow.memberIdle')}
              {m.revoked.length > 0 && (
                <span className="group-revoking-text">
                  {m.partitions.length > 0 && ' · '}
                  {t('flow.memberRevoking', { partitions: m.revoked.join(', ') })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {rebalancing && <p className="flow-note group-rebalancing">{t('flow.rebalancingNote')}</p>}
      {idle > 0 && (
        <p className="flow-note">
          {t('flow.idleNote', { idle, partitions: row.partitions.length })}
        </p>
      )}
      {/* A live region that is always there, so a new generation's changes are announced. */}
      <div role="status" aria-label={t('flow.changesLabel', { group })} className="group-changes">
        {change && <ChangeLine change={change} />}
      </div>
      <GroupOffsets row={row} />
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

/** "Generation 3 → 4: orders-1 [1] → [2]  orders-2 [1] → revoking …" */
function ChangeLine({ change }: { change: GenerationChange }) {
  const t = useT();
  return (
    <p className="flow-note group-change-line">
      <strong>{t('flow.changeTitle', { from: change.from, to: change.to })}</strong>{' '}
      {change.changes.length === 0 ? (
        t('flow.changeNone')
      ) : (
        <span className="group-change-list">
          {change.changes.map((c) => (
            <span key={c.partition} className="group-change" data-partition={c.partition}>
              <code>{c.partition}</code>{' '}
              {c.from ? <GroupMemberChip member={c.from} /> : t('flow.ownerNone')}
              {' → '}
              {c.revoking ? (
                <span className="group-revoking-text">{t('flow.revoking')}</span>
              ) : c.to ? (
                <GroupMemberChip member={c.to} />
              ) : (
                t('flow.ownerNone')
              )}
            </span>
          ))}
        </span>
      )}
    </p>
  );
}
