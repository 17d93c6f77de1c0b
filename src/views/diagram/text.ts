// Text helpers for SVG labels: localised lookup and width-aware truncation (SVG cannot ellipsize).
import type { Locale } from '../../i18n/messages';
import { translate, type Params } from '../../i18n/translate';
import type { diagram } from '../../i18n/en/diagram';

export type DiagramKey = keyof typeof diagram;

export function dt(locale: Locale, key: DiagramKey, params?: Params): string {
  return translate(locale, `diagram.${key}`, params);
}

/** Rough rendered width: Hangul and other wide glyphs take about one em, Latin about 0.58. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x1100 && code <= 0xffdc) em += 0.95;
    else if (/[A-Z@#%&mwMW]/.test(ch)) em += 0.68;
    else if (/[ il.,:;'|!]/.test(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * fontSize;
}

/** `text` cut with an ellipsis so it fits `maxWidth` at `fontSize`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** Session ids read like ZooKeeper's: hexadecimal. */
export function sessionHex(id: number): string {
  return `0x${id.toString(16)}`;
}
