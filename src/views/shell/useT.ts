// The translate function for the learner's chosen language.
import { useCallback } from 'react';
import { translate, type MessageKey, type Params } from '../../i18n/translate';
import { useAppStore } from '../../store';

export type T = (key: MessageKey, params?: Params) => string;

export function useT(): T {
  const locale = useAppStore((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
