// The landing page: what this is, in one paragraph, the course, and the way into the sandbox.
import { lessonTitle } from '../../i18n/lessonTitles';
import { ALL_LESSONS } from '../../lessons';
import { statusOf } from '../../lessons/progress';
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { CourseMap } from './CourseMap';

export function HomePage() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const progress = useAppStore((s) => s.progress);
  // Where to pick up: the first lesson not done yet, at the furthest step reached.
  const resume = ALL_LESSONS.find((l) => statusOf(progress, l.id) !== 'done') ?? ALL_LESSONS[0];
  const started = ALL_LESSONS.some((l) => statusOf(progress, l.id) !== 'notStarted');
  const resumeStep = resume ? Math.min(progress[resume.id]?.step ?? 1, resume.steps.length) : 1;
  const facts = [
    { key: 'rules', title: t('app.homeFact1'), text: t('app.homeFact1Text') },
    { key: 'deterministic', title: t('app.homeFact2'), text: t('app.homeFact2Text') },
    { key: 'time', title: t('app.homeFact3'), text: t('app.homeFact3Text') },
  ];
  return (
    <main className="home" id="main">
      <section className="home-hero">
        <h1>{t('app.title')}</h1>
        <p className="home-tagline">{t('app.tagline')}</p>
        <p className="home-pitch">{t('app.homePitch')}</p>
        <div className="home-ctas">
          {resume && (
            <a className="cta" href={`#/lesson/${resume.id}/${resumeStep}`}>
              {started
                ? t('app.homeContinue', {
                    title: lessonTitle(locale, resume.id)?.title ?? resume.id,
                  })
                : t('app.homeStart')}
              <span aria-hidden="true"> →</span>
            </a>
          )}
          <a className="cta secondary" href="#/sandbox">
            {t('app.homeCta')}
          </a>
        </div>
      </section>
      <CourseMap />
      <ul className="home-facts">
        {facts.map((f) => (
          <li key={f.key}>
            <h2>{f.title}</h2>
            <p>{f.text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
