// The durability comparison: two configurations, one failure, "Run both"; the runs side by side
// with the acknowledged records each lost, the errors the producer got, and links to watch them.
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store';
import {
  DEFAULT_DURABILITY_VARIANTS,
  FAILURE_IDS,
  type FailureId,
} from '../../store/durabilityTypes';
import type { DurabilityConfig } from '../../store';
import { useT } from '../shell/useT';
import { ConfigFieldset } from './ConfigFieldset';
import { FailureSteps } from './FailureSteps';
import { RunCard } from './RunCard';
import { SummaryTable } from './SummaryTable';
import './durability.css';

type Pair = [DurabilityConfig, DurabilityConfig];

/** `titleHidden`: the sandbox's folded section already shows the title in its summary. */
export function DurabilityPanel({ titleHidden = false }: { titleHidden?: boolean }) {
  const t = useT();
  const { status, result } = useAppStore((s) => s.durability);
  const run = useAppStore((s) => s.runDurabilityComparison);
  // The form starts from the last comparison, so coming back to it shows what was run.
  const [pair, setPair] = useState<Pair>(
    () => result?.variants ?? [...DEFAULT_DURABILITY_VARIANTS],
  );
  const [failure, setFailure] = useState<FailureId>(
    () => result?.failure.id ?? 'followersCutOffThenLeaderCrash',
  );
  const labels: [string, string] = [t('durability.runA'), t('durability.runB')];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(pair, failure);
  };
  const running = status === 'running';

  return (
    <section className="panel-section durability" aria-labelledby="durability-title">
      <h2 id="durability-title" className={titleHidden ? 'visually-hidden' : 'section-title'}>
        {t('durability.title')}
      </h2>
      <p className="durability-intro">{t('durability.intro')}</p>
      <form className="durability-form" onSubmit={submit}>
        <div className="durability-configs">
          <ConfigFieldset
            legend={labels[0]}
            value={pair[0]}
            onChange={(c) => setPair([c, pair[1]])}
          />
          <ConfigFieldset
            legend={labels[1]}
            value={pair[1]}
            onChange={(c) => setPair([pair[0], c])}
          />
        </div>
        <div className="field">
          <label htmlFor="durability-failure">{t('durability.failureLabel')}</label>
          <select
            id="durability-failure"
            value={failure}
            aria-describedby="durability-failure-help"
            onChange={(e) => setFailure(e.currentTarget.value as FailureId)}
          >
            {FAILURE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`durability.failure_${id}`)}
              </option>
            ))}
          </select>
          <p id="durability-failure-help" className="hint">
            {t(`durability.failureHelp_${failure}`)}
          </p>
        </div>
        <button type="submit" disabled={running}>
          {t('durability.run')}
        </button>
      </form>
      <p role="status" className={status === 'failed' ? 'form-note error' : 'hint'}>
        {status === 'running' && t('durability.running')}
        {status === 'failed' && t('durability.failed')}
        {status === 'idle' && t('durability.notYet')}
        {status === 'done' &&
          result &&
          t('durability.done', {
            a: labels[0],
            lostA: result.runs[0].lost.length,
            b: labels[1],
            lostB: result.runs[1].lost.length,
          })}
      </p>
      {result && (
        <div className="durability-result" aria-busy={running}>
          <FailureSteps result={result} />
          <SummaryTable result={result} labels={labels} />
          <div className="durability-why">
            <h3>{t('durability.whyTitle')}</h3>
            {/* The mechanisms of KAFKA.md 3.5 (first three scenarios). */}
            <p>{t(`durability.why_${result.failure.id}`)}</p>
          </div>
          <div className="durability-runs">
            <RunCard label={labels[0]} run={result.runs[0]} link={result.links[0]} />
            <RunCard label={labels[1]} run={result.runs[1]} link={result.links[1]} />
          </div>
        </div>
      )}
    </section>
  );
}
