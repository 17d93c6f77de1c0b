// Consumer groups, one card each (state, coordinator, members by colour with their protocol status
// and session clocks, what a rebalance changed, offsets and lag), and the controls a lesson asks for
// (stop and start the application, add or remove consumers, crash, stall or resume one, commit,
// rewind, add another group). A lesson panel, and a folded section of the sandbox.
import { SIMULATOR_LIMITS } from '../../../scenario';
import { sameData, useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { GroupCard, REWIND_WHY_ID, type GroupDetail } from '../flow/GroupCard';
import { groupRow, groupTopics, newGroupId } from '../flow/groupRows';
import '../flow/flow.css';

/**
 * `titled={false}`: inside the sandbox's folded section, whose summary is the title.
 * `detail="basic"`: for the first chapters, members, offsets and lag without the group protocol's
 * machinery (coordinator, timeouts, member status and clocks, crash and stall).
 */
export function GroupsPanel({
  titled = true,
  detail = 'full',
}: { titled?: boolean; detail?: GroupDetail } = {}) {
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
    <section
      className={titled ? 'panel-section flow-groups' : 'flow-groups'}
      aria-labelledby={titled ? 'flow-groups-title' : undefined}
    >
      {titled && (
        <h2 id="flow-groups-title" className="section-title">
          {t('flow.groupsTitle')}
        </h2>
      )}
      {rows.length === 0 && <p className="hint">{t('flow.noGroups')}</p>}
      <div className="flow-group-list">
        {rows.map((row) => (
          <GroupCard key={row.groupId} row={row} detail={detail} />
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

/** The groups panel of chapters 1–2 (PanelId `groupsBasic`). */
export function BasicGroupsPanel() {
  return <GroupsPanel detail="basic" />;
}
