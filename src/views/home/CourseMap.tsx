// The course as a path: each chapter of the notes with its lessons, in order, and the learner's progress.
import { lessonTitle } from '../../i18n/lessonTitles';
import { CHAPTERS } from '../../lessons';
import { statusOf, type LessonStatus } from '../../lessons/progress';
import { useAppStore } from '../../store';
import type { MessageKey } from '../../i18n/translate';
import { Icon } from '../shell/Icon';
import { useT } from '../shell/useT';
import './course.css';

const STATUS_TEXT: Record<LessonStatus, MessageKey> = {
  notStarted: 'course.statusNotStarted',
  inProgress: 'course.statusInProgress',
  done: 'course.statusDone',
};

export function CourseMap() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const progress = useAppStore((s) => s.progress);
  return (
    <section className="course" aria-labelledby="course-title">
      <h2 id="course-title">{t('course.heading')}</h2>
      <p className="course-intro">{t('course.intro')}</p>
      <ol className="course-chapters">
        {CHAPTERS.filter((c) => c.lessons.length > 0).map((chapter) => (
          <li key={chapter.number} className="course-chapter">
            <h3>
              <span className="chapter-number">
                {t('course.chapter', { number: chapter.number })}
              </span>{' '}
              {t(`course.chapter${chapter.number}` as MessageKey)}
            </h3>
            <ol className="course-lessons">
              {chapter.lessons.map((lesson) => {
                const text = lessonTitle(locale, lesson.id);
                const status = statusOf(progress, lesson.id);
                const step = progress[lesson.id]?.step ?? 1;
                const resume = status === 'inProgress' ? Math.min(step, lesson.steps.length) : 1;
                return (
                  <li key={lesson.id} className={`course-lesson is-${status}`}>
                    <span className="lesson-status-mark" aria-hidden="true">
                      {status === 'done' ? <Icon name="check" size={14} /> : null}
                    </span>
                    <div>
                      <a href={`#/lesson/${lesson.id}/${resume}`}>{text?.title ?? lesson.id}</a>
                      <p className="course-summary">{text?.summary}</p>
                    </div>
                    <span className="course-status">{t(STATUS_TEXT[status])}</span>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
