// Produce one record by hand (key optional); the value stays typed if it cannot be sent.
import { useState, type FormEvent } from 'react';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';

export function ProduceForm() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const topics = useAppStore((s) => (s.snapshot?.topics ?? []).map((x) => x.name), sameData);
  const producers = useAppStore(
    (s) => (s.snapshot?.producers ?? []).map((p) => ({ id: p.id, topic: p.topic })),
    sameData,
  );
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
    // A record goes through a producer of its topic; with none, start one that only sends by hand
    // (as kafka-console-producer.sh is a client of its own).
    let producer = producers.find((p) => p.topic === target)?.id;
    if (producer === undefined) {
      producer = consoleProducerId(producers.map((p) => p.id));
      act({
        type: 'producer.create',
        producer: { id: producer, topic: target, recordsPerSec: 0, keys: [], configs: {} },
      });
    }
    act({ type: 'produce', topic: target, key: key === '' ? null : key, value, producer });
    setDone(t('setup.sent', { value: JSON.stringify(value), topic: target, producer }));
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

/** The first free `console-producer-N`. */
export function consoleProducerId(taken: readonly string[]): string {
  for (let n = 1; ; n++)
    if (!taken.includes(`console-producer-${n}`)) return `console-producer-${n}`;
}
