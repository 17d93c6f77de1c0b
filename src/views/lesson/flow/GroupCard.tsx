// One consumer group: its state, generation and assignor, its coordinator and commit mode, its
// members (a colour each) with their protocol status and session clocks, what the last rebalance
// changed, its offsets, and its controls.
import { SIMULATOR_LIMITS } from '../../../scenario';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GroupMember, isInGroup } from './GroupMember';
import { GroupOffsets } from './GroupOffsets';
import { GroupProtocol } from './GroupProtocol';
import type { GroupRow, MemberRow } from './groupRows';
import { GroupChangeLine } from './GroupChangeLine';
import { useGroupChanges } from './useGroupChanges';
import './groups.css';

/** How much of the group protocol a card shows: all of it, or members, offsets and lag only. */
export type GroupDetail = 'full' | 'basic';

/** Id of the one note explaining why Rewind is disabled (GroupsPanel renders it). */
export const REWIND_WHY_ID = 'flow-rewind-why';

const STATE_CLASS: Record<GroupRow['state'], string> = {
  Stable: 'is-stable',
  PreparingRebalance: 'is-rebalancing',
  CompletingRebalance: 'is-rebalancing',
  Empty: 'is-empty',
  Dead: 'is-empty',
};

/** In the group with nothing to read: more members than partitions. */
const isIdle = (m: MemberRow) =>
  isInGroup(m) && m.partitions.length === 0 && m.revoked.length === 0;

export function GroupCard({ row, detail = 'full' }: { row: GroupRow; detail?: GroupDetail }) {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const change = useGroupChanges(row);
  const group = row.groupId;
  const members = row.members.length;
  // group.scale counts the instances whose process runs: a crashed one is gone, though the
  // coordinator keeps it as a member until its session expires.
  const running = row.members.filter((m) => m.status !== 'crashed').length;
  const scale = (n: number) => act({ type: 'group.scale', groupId: group, members: n });
  const rebalancing = row.state === 'PreparingRebalance' || row.state === 'CompletingRebalance';
  // While a cooperative rebalance is in progress, a member without partitions is waiting for the
  // revoked ones, not idle.
  const idle = rebalancing ? 0 : row.members.filter(isIdle).length;
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
      {detail === 'full' && <GroupProtocol row={row} />}
      {members === 0 ? (
        <p className="flow-note">{t('flow.noMembers')}</p>
      ) : (
        <ul className="flow-members">
          {row.members.map((m) => (
            <li
              key={m.clientId}
              className={!rebalancing && isIdle(m) ? 'is-idle' : undefined}
              data-status={m.status}
            >
              <GroupMember
                member={m}
                group={row}
                rebalancing={rebalancing}
                basic={detail === 'basic'}
              />
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
        {change && <GroupChangeLine change={change} />}
      </div>
      <GroupOffsets row={row} />
      <div className="flow-actions">
        {members > 0 && (detail === 'full' || !row.autoCommit) && (
          <button
            type="button"
            className={row.autoCommit ? undefined : 'group-commit-now'}
            title={t('groupProtocol.commitTitle')}
            disabled={!row.members.some((m) => m.status !== 'crashed' && m.status !== 'left')}
            onClick={() => act({ type: 'group.commit', groupId: group })}
          >
            {t('groupProtocol.commitNow', { group })}
          </button>
        )}
        {running > 0 ? (
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
          disabled={running >= SIMULATOR_LIMITS.scaleMembers.max}
          onClick={() => scale(running + 1)}
        >
          {t('flow.addConsumer', { group })}
        </button>
        <button type="button" disabled={running <= 1} onClick={() => scale(running - 1)}>
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
