// The language switch: English / 한국어, remembered by the store in localStorage.
import { useId } from 'react';
import { LOCALES, type Locale } from '../../i18n/messages';
import { useAppStore } from '../../store';
import { Icon } from './Icon';
import { useT } from './useT';

/** Each language names itself, so a learner can find theirs whatever the page is in. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('app.language')}
      </label>
      <span className="language-globe">
        <Icon name="globe" />
      </span>
      <select id={id} value={locale} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
