// One run of the comparison: what its configuration promises, how many writes were acknowledged,
// which acknowledged records it lost, the errors the producer got, and a link to watch it.
import { useId } from 'react';
import type { DurabilityRun } from '../../store';
import { useT } from '../shell/useT';
import { configTitle, errorGroups, lostHeadline, promises, seconds } from './durabilityText';
import { LostTable } from './LostTable';

interface Props {
  label: string;
  run: DurabilityRun;
  link: string;
}

export function RunCard({ label, run, link }: Props) {
  const t = useT();
  const id = useId();
  const lost = run.lost.length;
  const errors = errorGroups(run.refusals);
  const unseen = Math.max(0, run.lostReported - run.lost.filter((r) => r.why === 'ledger').length);
  return (
    <article className={lost ? 'durability-run has-loss' : 'durability-run'} aria-labelledby={id}>
      <h3 id={id}>{configTitle(t, label, run.config)}</h3>
      <ul className="durability-promises">
        {promises(t, run.config).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="durability-acked">
        {t('durability.acknowledged', { acked: run.acknowledged, sent: run.sent })}
      </p>
      <p className={lost ? 'durability-verdict is-loss' : 'durability-verdict is-safe'}>
        {lostHeadline(t, lost)}
      </p>
      {lost > 0 && <LostTable records={run.lost} />}
      {run.lost.some((r) => r.offset === null) && (
        <p className="hint">{t('durability.noOffsetNote')}</p>
      )}
      {unseen > 0 && <p className="hint">{t('durability.lostMore', { count: unseen })}</p>}
      <h4>{t('durability.errorsTitle')}</h4>
      {errors.length === 0 ? (
        <p className="hint">{t('durability.noErrors')}</p>
      ) : (
        <ul className="durability-errors">
          {errors.map((e) => (
            <li key={e.error}>
              {t('durability.errorLine', {
                error: e.error,
                partitions: e.partitions.join(', '),
                time: seconds(e.first),
              })}
            </li>
          ))}
        </ul>
      )}
      {run.failed.length > 0 && (
        <p>
          {t('durability.failedTitle', {
            count: run.failed.length,
            errors: [...new Set(run.failed.map((f) => f.error ?? '?'))].join(', '),
          })}
        </p>
      )}
      <p className="durability-open">
        <a href={link}>{t('durability.open')}</a>
        <span className="hint">{t('durability.openHint')}</span>
      </p>
    </article>
  );
}
