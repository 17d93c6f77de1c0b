// The producer's acks and rate (producer.update at now).
import { useState, type FormEvent } from 'react';
import type { Acks } from '../../model/scenarioTypes';
import { sameData, useAppStore } from '../../store';
import { SIMULATOR_LIMITS } from '../../scenario/defaults';
import { useT } from '../shell/useT';
import { Field, FormNote } from './Field';

const ACKS: readonly Acks[] = ['all', '1', '0'];

export function ProducerForm() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const producers = useAppStore(
    (s) =>
      (s.snapshot?.producers ?? []).map(({ id, acks, recordsPerSec }) => ({
        id,
        acks,
        recordsPerSec,
      })),
    sameData,
  );
  const [chosen, setChosen] = useState('');
  const current = producers.find((p) => p.id === chosen) ?? producers[0];
  const [acks, setAcks] = useState<Acks | null>(null);
  const [rate, setRate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!current) return <p className="hint">{t('setup.noProducers')}</p>;
  const shownAcks = acks ?? current.acks;
  const shownRate = rate ?? String(current.recordsPerSec);
  const { max } = SIMULATOR_LIMITS.recordsPerSec;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(shownRate);
    if (shownRate.trim() === '' || !(value >= 0 && value <= max)) {
      setError(t('setup.rateRange', { max }));
      return;
    }
    setError(null);
    act({ type: 'producer.update', producer: current.id, acks: shownAcks, recordsPerSec: value });
    setAcks(null);
    setRate(null);
    setDone(t('setup.producerUpdated', { producer: current.id }));
  };

  return (
    <form className="setup-form" onSubmit={submit} noValidate aria-labelledby="producer-title">
      <h3 id="producer-title">{t('setup.producer')}</h3>
      {producers.length > 1 && (
        <Field label={t('setup.producerId')}>
          <select value={current.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {producers.map((p) => (
              <option key={p.id}>{p.id}</option>
            ))}
          </select>
        </Field>
      )}
      <div className="field-row">
        <Field label={t('setup.acks')}>
          <select value={shownAcks} onChange={(e) => setAcks(e.currentTarget.value as Acks)}>
            {ACKS.map((a) => (
              <option key={a} value={a}>
                acks={a}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('setup.rate')} error={error}>
          <input
            inputMode="decimal"
            value={shownRate}
            onChange={(e) => setRate(e.currentTarget.value)}
          />
        </Field>
      </div>
      <button type="submit">{t('setup.updateProducer')}</button>
      <FormNote kind="ok" text={done} />
    </form>
  );
}
