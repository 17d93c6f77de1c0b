// Consumer groups, one card each (state, generation, assignor, members by colour, what a rebalance
// changed, offsets and lag), and the controls a lesson asks for (stop and start the application,
// add or remove consumers, rewind, add another group).
import { SIMULATOR_LIMITS } from '../../../scenario';
import { sameData, useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GroupCard, REWIND_WHY_ID } from '../flow/GroupCard';
import { groupRow, groupTopics, newGroupId } from '../flow/groupRows';
import '../flow/flow.css';

export function GroupsPanel() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const rows = useAppStore((s) => (s.snapshot?.consumerGroups ?? []).map(groupRow), sameData);
  const topics = useAppStore((s) => (s.scenario ? groupTopics(s.scenario) : []), sameData);
  const ids = rows.map((r) => r.groupId);
  const next = newGroupId(ids);
  const canAdd = topics.length > 0 && rows.length < SIMULATOR_LIMITS.consumerGroups;
  const add = () =>
    act({
      type: 'group.create',
      group: {
        groupId: next,
        topics,
        members: 1,
        configs: { 'auto.offset.reset': 'earliest' },
      },
    });
  return (
    <section className="panel-section flow-groups" aria-labelledby="flow-groups-title">
      <h2 id="flow-groups-title" className="section-title">
        {t('flow.groupsTitle')}
      </h2>
      {rows.length === 0 && <p className="hint">{t('flow.noGroups')}</p>}
      <div className="flow-group-list">
        {rows.map((row) => (
          <GroupCard key={row.groupId} row={row} />
        ))}
      </div>
      {rows.some((r) => r.members.length > 0) && (
        <p id={REWIND_WHY_ID} className="hint flow-why">
          {t('flow.rewindBlocked')}
        </p>
      )}
      <div className="flow-actions">
        <button type="button" disabled={!canAdd} onClick={add} aria-describedby="flow-add-group">
          {t('flow.addGroup')}
        </button>
        <span id="flow-add-group" className="hint">
          {t('flow.addGroupNote', { group: next, topics: topics.join(', ') })}
        </span>
      </div>
    </section>
  );
}
