// The lesson's voice: title, where you are, the step's text and task, its hint, and the way on.
import { useEffect, useRef, useState } from 'react';
import { lessonText, stepText } from '../../i18n/lessonText';
import { ALL_LESSONS, HINT_AFTER_MS, lessonById } from '../../lessons';
import { useAppStore } from '../../store';
import { Icon } from '../shell/Icon';
import { useT } from '../shell/useT';
import { RichText } from './RichText';

/** Shows the hint button once the learner has had time to try (wall clock, per step). */
function useHintOffered(key: string, afterMs: number, waiting: boolean): boolean {
  const [offeredFor, setOfferedFor] = useState<string | null>(null);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setOfferedFor(key), afterMs);
    return () => window.clearTimeout(timer);
  }, [key, afterMs, waiting]);
  return offeredFor === key;
}

export function LessonGuide() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const active = useAppStore((s) => s.lesson);
  const next = useAppStore((s) => s.nextStep);
  const prev = useAppStore((s) => s.prevStep);
  const restart = useAppStore((s) => s.restartStep);
  const lesson = active ? lessonById(active.id) : null;
  const step = lesson && active ? lesson.steps[active.index] : undefined;
  const stepKey = `${active?.id}/${active?.index}`;
  const waiting = active?.phase === 'waiting';
  const hintOffered = useHintOffered(stepKey, step?.hintAfterMs ?? HINT_AFTER_MS, waiting);
  const [hintShownFor, setHintShownFor] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving between steps puts focus on the step's text, so a screen reader reads it.
  const body = useRef<HTMLDivElement>(null);
  const previousKey = useRef(stepKey);
  useEffect(() => {
    // Only a move between steps of the open lesson, not the page opening, takes focus.
    const moved = previousKey.current !== stepKey && !previousKey.current.startsWith('undefined');
    if (moved && body.current) body.current.focus({ preventScroll: true });
    previousKey.current = stepKey;
  }, [stepKey]);

  if (!active || !lesson || !step) return null;
  const text = lessonText(locale, lesson.id);
  const st = stepText(locale, lesson.id, step.id);
  const done = active.phase === 'done';
  const k = active.index + 1;
  const n = active.stepCount;
  const order = ALL_LESSONS.findIndex((l) => l.id === lesson.id);
  const following = ALL_LESSONS[order + 1];
  const followingTitle = following ? lessonText(locale, following.id)?.title : null;
  const hasGoal = Boolean(step.goal);
  const showHint = hintShownFor === stepKey && st.hint;

  return (
    <aside className="lesson-guide" aria-label={t('course.lessonGuide')}>
      <p className="lesson-crumb">
        <a href="#/">{t('course.heading')}</a>
        <span aria-hidden="true"> › </span>
        {t('course.chapter', { number: lesson.chapter })}
      </p>
      <h1 ref={heading} className="lesson-title">
        {text?.title ?? lesson.id}
      </h1>
      <p className="lesson-step-count">{t('course.stepOf', { k, n })}</p>
      <ol className="lesson-dots" aria-hidden="true">
        {lesson.steps.map((s, i) => (
          <li
            key={s.id}
            className={
              i < active.index || done
                ? 'dot is-past'
                : i === active.index
                  ? 'dot is-current'
                  : 'dot'
            }
          />
        ))}
      </ol>
      {done ? (
        <div className="lesson-body lesson-finished" tabIndex={-1} ref={body}>
          <h2>{t('course.lessonDone')}</h2>
          <p>{t('course.lessonDoneText', { title: text?.title ?? lesson.id })}</p>
          {following && followingTitle && (
            <p>
              <a className="cta" href={`#/lesson/${following.id}/1`}>
                {t('course.nextLesson', { title: followingTitle })}
                <span aria-hidden="true"> →</span>
              </a>
            </p>
          )}
          <p>
            <a href="#/">{t('course.backToCourse')}</a>
          </p>
        </div>
      ) : (
        <div className="lesson-body" tabIndex={-1} ref={body}>
          <RichText text={st.body} className="lesson-text" />
          {hasGoal && st.task && (
            <div
              className={waiting ? 'lesson-task' : 'lesson-task is-met'}
              role="group"
              aria-label={t('course.yourTurn')}
            >
              <p className="lesson-task-label">
                <Icon name={waiting ? 'play' : 'check'} size={14} /> {t('course.yourTurn')}
              </p>
              <RichText text={st.task} />
              <p className="lesson-task-status" role="status">
                {waiting ? t('course.waiting') : t('course.goalMet')}
              </p>
              {!waiting && st.done && <RichText text={st.done} className="lesson-task-done" />}
            </div>
          )}
          {waiting && st.hint && (hintOffered || showHint) && (
            <div className="lesson-hint">
              {showHint ? (
                <>
                  <p className="lesson-task-label">{t('course.hint')}</p>
                  <RichText text={st.hint} />
                </>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setHintShownFor(stepKey)}
                >
                  {t('course.showHint')}
                </button>
              )}
            </div>
          )}
        </div>
      )}
      <div className="lesson-nav">
        <button
          type="button"
          onClick={prev}
          disabled={active.index === 0 && !done}
          aria-keyshortcuts="ArrowLeft"
        >
          {t('course.previous')}
        </button>
        {!done && (
          <button
            type="button"
            className="primary"
            onClick={next}
            disabled={active.phase !== 'met'}
            aria-keyshortcuts="ArrowRight"
          >
            {t('course.next')}
          </button>
        )}
      </div>
      {!done && hasGoal && (
        <button type="button" className="link-button lesson-restart" onClick={restart}>
          {t('course.restartStep')}
        </button>
      )}
    </aside>
  );
}
