// The app shell: header, link problems, and the page the hash routes to (home, lesson or sandbox).
import { lazy, Suspense, useEffect } from 'react';
import { translate } from '../i18n/translate';
import { useAppStore } from '../store';
import { HomePage } from './home/HomePage';
import { SandboxPage } from './sandbox/SandboxPage';
import { Header } from './shell/Header';
import { LinkProblems } from './shell/LinkProblems';

// The lesson page and its views load when a lesson opens, keeping the first page light.
const LessonPage = lazy(() =>
  import('./lesson/LessonPage').then((m) => ({ default: m.LessonPage })),
);

export function App() {
  const route = useAppStore((s) => s.route);
  const locale = useAppStore((s) => s.locale);
  const page = typeof route === 'object' ? 'lesson' : route;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);
  return (
    <div className={`app app-${page}`}>
      <Header />
      <LinkProblems />
      {page === 'home' ? (
        <HomePage />
      ) : page === 'lesson' ? (
        <Suspense fallback={<p className="placeholder">{translate(locale, 'app.loading')}</p>}>
          <LessonPage />
        </Suspense>
      ) : (
        <SandboxPage />
      )}
    </div>
  );
}
