// The top bar: app name (a link home), the sandbox link, keyboard help and the language switch.
import { useAppStore } from '../../store';
import { KeyboardHelp } from './KeyboardHelp';
import { LanguageSelect } from './LanguageSelect';
import { useT } from './useT';

export function Header() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  // Back to the run in progress, not a fresh one: the link carries its scenario and time.
  const sandboxLink = useAppStore((s) => s.sandboxLink);
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <span className="brand-name">{t('app.title')}</span>
      </a>
      <nav aria-label={t('app.mainNav')} className="app-nav">
        <a href="#/" aria-current={route === 'home' ? 'page' : undefined}>
          {t('app.home')}
        </a>
        <a href={sandboxLink} aria-current={route === 'sandbox' ? 'page' : undefined}>
          {t('app.sandbox')}
        </a>
      </nav>
      <div className="header-tools">
        {route !== 'home' && <KeyboardHelp />}
        <LanguageSelect />
      </div>
    </header>
  );
}
