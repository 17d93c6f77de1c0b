// The shape of the UI text: English is the reference, each area a flat map of key → template.
import type { en } from './en';

type Widen<T> = { [A in keyof T]: { [K in keyof T[A]]: string } };

export type Messages = Widen<typeof en>;
export type Area = keyof Messages;
export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];
