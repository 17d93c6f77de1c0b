// Brokers (1–9) and consumer groups: a new shape means a new run from 0, and the form says so.
import { useState, type FormEvent } from 'react';
import type { ConsumerGroupSpec, Scenario } from '../../model/scenarioTypes';
import { describeProblem } from '../../scenario/describe';
import { SIMULATOR_LIMITS } from '../../scenario/defaults';
import { restoreScenario } from '../../scenario/validate';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';
import { freshGroupId, reshape } from './reshape';

const BROKER_CHOICES = Array.from(
  { length: SIMULATOR_LIMITS.brokers.max - SIMULATOR_LIMITS.brokers.min + 1 },
  (_, i) => SIMULATOR_LIMITS.brokers.min + i,
);

export function ClusterShapeForm({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const restartWith = useAppStore((s) => s.restartWith);
  const [brokers, setBrokers] = useState(scenario.brokers);
  const [groups, setGroups] = useState<ConsumerGroupSpec[]>(scenario.consumerGroups);
  const [errors, setErrors] = useState<string[]>([]);
  const changed = brokers !== scenario.brokers || !sameData(groups, scenario.consumerGroups);
  const readTopic =
    scenario.consumerGroups[0]?.topics ?? scenario.topics.slice(0, 1).map((x) => x.name);

  const addGroup = () =>
    setGroups((gs) => [
      ...gs,
      {
        groupId: freshGroupId(gs, gs[0]?.groupId ?? 'group'),
        topics: readTopic,
        members: 1,
        configs: { 'auto.offset.reset': 'earliest' },
      },
    ]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = restoreScenario(reshape(scenario, brokers, groups));
    if (!result.ok) return setErrors(result.problems.map((p) => describeProblem(locale, p)));
    setErrors([]);
    restartWith(result.scenario);
  };

  return (
    <form className="setup-form shape-form" onSubmit={submit} aria-labelledby="shape-title">
      <h3 id="shape-title">{t('setup.shape')}</h3>
      <p className="note">{t('setup.restartNote')}</p>
      <Field label={t('setup.brokers')}>
        <select value={brokers} onChange={(e) => setBrokers(Number(e.currentTarget.value))}>
          {BROKER_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{t('setup.groups')}</legend>
        {groups.length === 0 && <p className="hint">{t('setup.noGroups')}</p>}
        <ul className="group-list">
          {groups.map((g) => (
            <li key={g.groupId}>
              <span>
                {t('setup.groupLine', {
                  group: g.groupId,
                  topics: g.topics.join(','),
                  members: g.members,
                })}
              </span>
              <button
                type="button"
                className="ghost small"
                onClick={() => setGroups((gs) => gs.filter((x) => x.groupId !== g.groupId))}
              >
                {t('setup.removeGroup', { group: g.groupId })}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="ghost small"
          onClick={addGroup}
          disabled={groups.length >= SIMULATOR_LIMITS.consumerGroups || readTopic.length === 0}
        >
          <span aria-hidden="true">+ </span>
          {t('setup.addGroup')}
        </button>
      </fieldset>
      <button type="submit" className="danger-outline" disabled={!changed}>
        {t('setup.restart')}
      </button>
      {errors.map((text) => (
        <FormNote key={text} kind="error" text={text} />
      ))}
    </form>
  );
}
