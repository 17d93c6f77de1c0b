// What was wrong with the opened link, in plain words; the sandbox below works regardless.
import { describeProblem } from '../../scenario/describe';
import { MAX_LINK_T_MS, useAppStore } from '../../store';
import { formatClock } from '../playback/formatTime';
import { useT } from './useT';

export function LinkProblems() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const problems = useAppStore((s) => s.linkProblems);
  const failed = useAppStore((s) => s.linkFailed);
  const clamped = useAppStore((s) => s.linkTimeClamped);
  const dismiss = useAppStore((s) => s.dismissLinkProblems);
  if (problems.length === 0 && clamped === null) return null;
  return (
    <div role="alert" className={failed ? 'notice notice-error' : 'notice notice-warning'}>
      <div className="notice-body">
        <p className="notice-title">
          {failed ? t('scenario.openedDefault') : t('scenario.warningsTitle')}
        </p>
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.path}-${p.code}-${i}`}>{describeProblem(locale, p)}</li>
          ))}
          {clamped !== null && (
            <li>
              {t('app.timeClamped', { t: formatClock(clamped), max: formatClock(MAX_LINK_T_MS) })}
            </li>
          )}
        </ul>
      </div>
      <button type="button" className="ghost" onClick={dismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
