// The producer's acks, rate and batching (producer.update at now).
import { useState, type FormEvent } from 'react';
import type { Acks } from '../../model/scenarioTypes';
import { sameData, useAppStore } from '../../store';
import { SIMULATOR_LIMITS } from '../../scenario/defaults';
import { useT } from '../shell/useT';
import { wholeNumber } from './wholeNumber';
import { Field, FormNote } from './Field';

const ACKS: readonly Acks[] = ['all', '1', '0'];

export function ProducerForm() {
  const t = useT();
  const act = useAppStore((s) => s.act);
  const producers = useAppStore(
    (s) =>
      (s.snapshot?.producers ?? []).map(({ id, acks, recordsPerSec, lingerMs, batchSize }) => ({
        id,
        acks,
        recordsPerSec,
        lingerMs,
        batchSize,
      })),
    sameData,
  );
  const [chosen, setChosen] = useState('');
  const current = producers.find((p) => p.id === chosen) ?? producers[0];
  const [acks, setAcks] = useState<Acks | null>(null);
  const [rate, setRate] = useState<string | null>(null);
  const [linger, setLinger] = useState<string | null>(null);
  const [batch, setBatch] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lingerError, setLingerError] = useState<string | null>(null);
  const [batchError, setBatchError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!current) return <p className="hint">{t('setup.noProducers')}</p>;
  const shownAcks = acks ?? current.acks;
  const shownRate = rate ?? String(current.recordsPerSec);
  const shownLinger = linger ?? String(current.lingerMs);
  const shownBatch = batch ?? String(current.batchSize);
  const { max } = SIMULATOR_LIMITS.recordsPerSec;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(shownRate);
    const rateOk = shownRate.trim() !== '' && value >= 0 && value <= max;
    const lingerMs = wholeIn(shownLinger, SIMULATOR_LIMITS.lingerMs.max);
    const batchSize = wholeIn(shownBatch, SIMULATOR_LIMITS.batchSize.max);
    setError(rateOk ? null : t('setup.rateRange', { max }));
    setLingerError(
      lingerMs === null ? t('setup.lingerRange', { max: SIMULATOR_LIMITS.lingerMs.max }) : null,
    );
    setBatchError(
      batchSize === null
        ? t('setup.batchSizeRange', { max: SIMULATOR_LIMITS.batchSize.max })
        : null,
    );
    if (!rateOk || lingerMs === null || batchSize === null) return;
    act({
      type: 'producer.update',
      producer: current.id,
      acks: shownAcks,
      recordsPerSec: value,
      // Only what changed: an unchanged setting stays out of the shared link.
      ...(lingerMs !== current.lingerMs && { lingerMs }),
      ...(batchSize !== current.batchSize && { batchSize }),
    });
    setAcks(null);
    setRate(null);
    setLinger(null);
    setBatch(null);
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
      <div className="field-row">
        <Field label={t('setup.lingerMs')} error={lingerError}>
          <input
            inputMode="numeric"
            value={shownLinger}
            onChange={(e) => setLinger(e.currentTarget.value)}
          />
        </Field>
        <Field label={t('setup.batchSize')} error={batchError}>
          <input
            inputMode="numeric"
            value={shownBatch}
            onChange={(e) => setBatch(e.currentTarget.value)}
          />
        </Field>
      </div>
      <p className="hint">{t('setup.batchingNote')}</p>
      <button type="submit">{t('setup.updateProducer')}</button>
      <FormNote kind="ok" text={done} />
    </form>
  );
}

/** A whole number from 0 to max typed in a field, else null. */
function wholeIn(text: string, max: number): number | null {
  const n = wholeNumber(text);
  return n >= 0 && n <= max ? n : null;
}
