// min.insync.replicas and unclean.leader.election.enable: broker default or a topic override (config.set).
import { useMemo, useState, type FormEvent } from 'react';
import { sameData, useAppStore } from '../../store';
import { KAFKA_DEFAULTS } from '../../scenario/defaults';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';
import { wholeNumber } from './wholeNumber';
import { currentBrokerConfigs } from './reshape';

const KEYS = ['min.insync.replicas', 'unclean.leader.election.enable'] as const;
type Key = (typeof KEYS)[number];
/** '' is the cluster-wide broker default (config.set name ''); otherwise a topic name. */
type Scope = string;

export function ConfigForm() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const topics = useAppStore(
    (s) => (s.snapshot?.topics ?? []).map(({ name, configs }) => ({ name, configs })),
    sameData,
  );
  const scenario = useAppStore((s) => s.scenario);
  const brokerConfigs = useMemo(() => (scenario ? currentBrokerConfigs(scenario) : {}), [scenario]);
  const [scope, setScope] = useState<Scope>('');
  const [key, setKey] = useState<Key>('min.insync.replicas');
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const topic = topics.find((x) => x.name === scope);
  const current = topic?.configs[key] ?? String(brokerConfigs[key] ?? KAFKA_DEFAULTS[key]);
  const shown = value ?? current;

  const apply = (next: string | number | boolean | null) => {
    act({
      type: 'config.set',
      entity: topic ? 'topic' : 'broker',
      name: topic?.name ?? '',
      key,
      value: next,
    });
    setValue(null);
    setDone(t('setup.applied', { key, value: next === null ? '—' : String(next) }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (key === 'unclean.leader.election.enable') return apply(shown === 'true');
    const n = wholeNumber(shown);
    if (!(n >= 1)) return setError(t('setup.minIsrRange'));
    setError(null);
    apply(n);
  };
  const overrides = topic ? Object.entries(topic.configs).map(([k, v]) => `${k}=${v}`) : [];

  return (
    <form className="setup-form" onSubmit={submit} noValidate aria-labelledby="config-title">
      <h3 id="config-title">{t('setup.configs')}</h3>
      <Field label={t('setup.scope')}>
        <select value={scope} onChange={(e) => (setScope(e.currentTarget.value), setValue(null))}>
          <option value="">{t('setup.brokerDefault')}</option>
          {topics.map((x) => (
            <option key={x.name} value={x.name}>
              {t('setup.topicScope', { name: x.name })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('setup.configKey')}>
        <select
          value={key}
          onChange={(e) => (setKey(e.currentTarget.value as Key), setValue(null))}
        >
          {KEYS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </Field>
      <Field label={t('setup.configValue')} error={error}>
        {key === 'unclean.leader.election.enable' ? (
          <select value={shown} onChange={(e) => setValue(e.currentTarget.value)}>
            <option value="false">false</option>
            <option value="true">true</option>
          </select>
        ) : (
          <input
            inputMode="numeric"
            value={shown}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        )}
      </Field>
      {topic && (
        <p className="hint mono">
          {overrides.length
            ? t('setup.currentConfigs', { configs: overrides.join(',') })
            : t('setup.noOverrides')}
        </p>
      )}
      <div className="button-row">
        <button type="submit">{t('setup.apply')}</button>
        {topic && key in topic.configs && (
          <button type="button" className="ghost" onClick={() => apply(null)}>
            {t('setup.inherit')}
          </button>
        )}
      </div>
      <FormNote kind="ok" text={done} />
    </form>
  );
}
