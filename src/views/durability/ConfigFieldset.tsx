// One side's settings: acks, min.insync.replicas and unclean election, each labelled by its Kafka name.
import { useId } from 'react';
import { ACKS_CHOICES, MIN_ISR_CHOICES } from '../../store/durabilityTypes';
import type { DurabilityConfig } from '../../store';
import { useT } from '../shell/useT';

interface Props {
  legend: string;
  value: DurabilityConfig;
  onChange(next: DurabilityConfig): void;
}

export function ConfigFieldset({ legend, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="durability-config">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={`${id}-acks`}>{t('durability.acksLabel')}</label>
        <select
          id={`${id}-acks`}
          value={value.acks}
          onChange={(e) =>
            onChange({ ...value, acks: e.currentTarget.value as DurabilityConfig['acks'] })
          }
        >
          {ACKS_CHOICES.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-minisr`}>{t('durability.minIsrLabel')}</label>
        <select
          id={`${id}-minisr`}
          value={value.minInsyncReplicas}
          onChange={(e) => onChange({ ...value, minInsyncReplicas: Number(e.currentTarget.value) })}
        >
          {MIN_ISR_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <label className="durability-check">
        <input
          type="checkbox"
          checked={value.uncleanLeaderElection}
          onChange={(e) => onChange({ ...value, uncleanLeaderElection: e.currentTarget.checked })}
        />
        <span>
          {t('durability.uncleanLabel')}
          {/* The config's name, breakable at its dots in a narrow column. */}
          <span className="mono durability-key">
            unclean.leader.
            <wbr />
            election.
            <wbr />
            enable
          </span>
        </span>
      </label>
    </fieldset>
  );
}
