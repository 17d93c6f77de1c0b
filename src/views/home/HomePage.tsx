// The landing page: what this is, in one paragraph, and the way into the sandbox.
import { useT } from '../shell/useT';

export function HomePage() {
  const t = useT();
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
        <a className="cta" href="#/sandbox">
          {t('app.homeCta')}
          <span aria-hidden="true"> →</span>
        </a>
        <p className="hint">{t('app.homeLessonsSoon')}</p>
      </section>
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
