// Looks up a UI string and fills its {placeholders}; a missing key shows the key, never a crash.
import { en } from './en';
import { ko } from './ko';
import type { Area, Locale, Messages } from './messages';

const catalogs: Record<Locale, Messages> = { en, ko };

export type Params = Record<string, string | number>;

/** A key is `<area>.<name>`, e.g. `playback.play`. */
export type MessageKey = {
  [A in Area]: `${A}.${Extract<keyof Messages[A], string>}`;
}[Area];

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const dot = key.indexOf('.');
  const area = key.slice(0, dot) as Area;
  const name = key.slice(dot + 1);
  const table = catalogs[locale][area] as Record<string, string>;
  const template = table[name] ?? (catalogs.en[area] as Record<string, string>)[name] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, p: string) =>
    p in params ? String(params[p]) : whole,
  );
}
