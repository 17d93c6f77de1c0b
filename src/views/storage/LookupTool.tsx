// Find an offset or a timestamp as Kafka does, one step at a time: segment, index probes, batches.
import { useEffect, useId, useState } from 'react';
import type { SegmentView } from '../../model/snapshotTypes';
import type { T } from '../shell/useT';
import { usePrefersReducedMotion } from '../diagram/usePrefersReducedMotion';
import { describeStep } from './lookupText';
import { planOffsetLookup, planTimestampLookup, type LookupStep } from './lookupPlan';
import { segmentSource, type ReadFile } from './segmentSource';

/** Wall-clock ms between steps when Run animates. */
const RUN_STEP_MS = 500;

interface LookupToolProps {
  t: T;
  segments: readonly SegmentView[];
  logStartOffset: number;
  logEndOffset: number;
  read: ReadFile;
}

export function LookupTool({ t, segments, logStartOffset, logEndOffset, read }: LookupToolProps) {
  const ids = useId();
  const reduced = usePrefersReducedMotion();
  const [mode, setMode] = useState<'offset' | 'timestamp'>('offset');
  const [input, setInput] = useState({ offset: '0', timestamp: '0' });
  const [plan, setPlan] = useState<{ steps: LookupStep[]; target: number } | null>(null);
  const [shown, setShown] = useState(0);
  const [running, setRunning] = useState(false);

  // Built on a click: reads the segment files once, then the steps are only revealed.
  const build = () => {
    const target = Number(input[mode]);
    const src = segmentSource(segments, read);
    const steps =
      mode === 'offset'
        ? planOffsetLookup(segments, src, target, logStartOffset, logEndOffset)
        : planTimestampLookup(segments, src, target, logStartOffset);
    const p = { steps, target };
    setPlan(p);
    return p;
  };
  const step = () => {
    const p = plan ?? build();
    setShown((n) => Math.min(p.steps.length, plan ? n + 1 : 1));
  };
  const run = () => {
    const p = build();
    if (reduced) {
      setShown(p.steps.length);
      return;
    }
    setShown(1);
    setRunning(true);
  };
  const reset = () => {
    setPlan(null);
    setShown(0);
    setRunning(false);
  };
  useEffect(() => {
    if (!running || !plan) return;
    if (shown >= plan.steps.length) {
      setRunning(false);
      return;
    }
    const id = window.setTimeout(() => setShown((n) => n + 1), RUN_STEP_MS);
    return () => window.clearTimeout(id);
  }, [running, shown, plan]);

  const done = plan !== null && shown >= plan.steps.length;
  return (
    <section className="lookup" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`} className="section-title">
        {t('storage.lookup.title')}
      </h4>
      <div className="lookup-mode" role="radiogroup" aria-labelledby={`${ids}-mode`}>
        <span id={`${ids}-mode`} className="lookup-mode-label">
          {t('storage.lookup.mode')}
        </span>
        {(['offset', 'timestamp'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${ids}-mode`}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                reset();
              }}
            />{' '}
            {t(`storage.lookup.by.${m}`)}
          </label>
        ))}
      </div>
      <div className="lookup-controls">
        <div className="field">
          <label htmlFor={`${ids}-target`}>{t(`storage.lookup.input.${mode}`)}</label>
          <input
            id={`${ids}-target`}
            type="number"
            min={0}
            value={input[mode]}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setInput((x) => ({ ...x, [mode]: v }));
              reset();
            }}
          />
        </div>
        <button type="button" onClick={step} disabled={done || running}>
          {t('storage.lookup.step')}
        </button>
        <button type="button" onClick={run} disabled={running}>
          {t('storage.lookup.run')}
        </button>
        <button type="button" onClick={reset} disabled={plan === null}>
          {t('storage.lookup.reset')}
        </button>
      </div>
      {plan && (
        <ol className="lookup-steps" aria-label={t('storage.lookup.steps')} aria-live="polite">
          {plan.steps.slice(0, shown).map((s, i) => (
            <li
              // Steps are a fixed list for one plan; its position is the step's identity.
              key={`${s.kind}-${i}`}
              className={`lookup-step is-${s.kind}${i === shown - 1 ? ' is-current' : ''}`}
            >
              {describeStep(t, s, plan.target)}
            </li>
          ))}
        </ol>
      )}
      {plan === null && <p className="hint">{t('storage.lookup.intro')}</p>}
    </section>
  );
}
