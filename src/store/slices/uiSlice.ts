// UI state: language (remembered), the selected partition, link problems, share status, popovers.
import { LOCALES, type Locale } from '../../i18n/messages';
import type { GetState, SetState, StoreContext, UiSlice } from '../types';

export const LOCALE_KEY = 'kafka-visibly.locale';

/** The remembered language, else the browser's preferred one, else English. */
export function initialLocale(ctx: StoreContext): Locale {
  let stored: string | null = null;
  try {
    stored = ctx.deps.storage?.getItem(LOCALE_KEY) ?? null;
  } catch {
    // Storage can be refused (privacy mode); the browser's language then decides.
  }
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  for (const language of ctx.deps.languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base && (LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

export function createUiSlice(set: SetState, _get: GetState, ctx: StoreContext): UiSlice {
  return {
    locale: initialLocale(ctx),
    selectedPartition: null,
    linkProblems: [],
    linkFailed: false,
    linkTimeClamped: null,
    shareStatus: { kind: 'idle' },
    keyboardHelpOpen: false,
    setLocale(locale) {
      if (!LOCALES.includes(locale)) return;
      set({ locale });
      try {
        ctx.deps.storage?.setItem(LOCALE_KEY, locale);
      } catch {
        // Not remembered this time; the choice still applies now.
      }
    },
    selectPartition(tp) {
      set({ selectedPartition: tp });
    },
    dismissLinkProblems() {
      set({ linkProblems: [], linkFailed: false, linkTimeClamped: null });
    },
    dismissShare() {
      set({ shareStatus: { kind: 'idle' } });
    },
    setKeyboardHelpOpen(open) {
      set({ keyboardHelpOpen: open });
    },
  };
}
