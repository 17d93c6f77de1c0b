// Produce one record by hand (key optional); the value stays typed if it cannot be sent.
import { useState, type FormEvent } from 'react';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';

export function ProduceForm() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const topics = useAppStore((s) => (s.snapshot?.topics ?? []).map((x) => x.name), sameData);
  const [topic, setTopic] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const target = topics.includes(topic) ? topic : (topics[0] ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!target) return setError(t('setup.noTopics'));
    if (value === '') return setError(t('setup.valueRequired'));
    setError(null);
    act({ type: 'produce', topic: target, key: key === '' ? null : key, value });
    setDone(t('setup.sent', { value: JSON.stringify(value), topic: target }));
    setValue('');
  };

  return (
    <form className="setup-form" onSubmit={submit} noValidate aria-labelledby="produce-title">
      <h3 id="produce-title">{t('setup.produce')}</h3>
      <Field label={t('setup.topic')}>
        <select value={target} onChange={(e) => setTopic(e.currentTarget.value)}>
          {topics.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t('setup.key')}>
          <input value={key} autoComplete="off" onChange={(e) => setKey(e.currentTarget.value)} />
        </Field>
        <Field label={t('setup.value')} error={error}>
          <input
            value={value}
            autoComplete="off"
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setError(null);
            }}
          />
        </Field>
      </div>
      <button type="submit">{t('setup.send')}</button>
      <FormNote kind="ok" text={done} />
    </form>
  );
}
