// What the last rebalance changed, one partition at a time: its owner before and after (chips), or
// "revoking" while a cooperative rebalance hands it over.
import { useT } from '../../shell/useT';
import { GroupMemberChip } from './GroupMemberChip';
import type { GenerationChange } from './useGroupChanges';

/** "Generation 3 → 4: orders-1 [1] → [2]  orders-2 [1] → revoking …" */
export function GroupChangeLine({ change }: { change: GenerationChange }) {
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
