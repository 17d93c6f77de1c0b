// The app shell: header, link problems, and the page the hash routes to (home or sandbox).
import { useEffect } from 'react';
import { translate } from '../i18n/translate';
import { useAppStore } from '../store';
import { HomePage } from './home/HomePage';
import { SandboxPage } from './sandbox/SandboxPage';
import { Header } from './shell/Header';
import { LinkProblems } from './shell/LinkProblems';

export function App() {
  const route = useAppStore((s) => s.route);
  const locale = useAppStore((s) => s.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);
  return (
    <div className={route === 'home' ? 'app app-home' : 'app app-sandbox'}>
      <Header />
      <LinkProblems />
      {route === 'home' ? <HomePage /> : <SandboxPage />}
    </div>
  );
}
