// Lesson titles and summaries (src/i18n/<locale>/lessonTitles.ts): what the course page shows. The
// step texts live in lessonText.ts, which only the lesson page loads.
import type { Locale } from './messages';
import { enLessonTitles } from './en/lessonTitles';
import { koLessonTitles } from './ko/lessonTitles';

export interface LessonTitle {
  title: string;
  /** One sentence for the course page. */
  summary: string;
}

export type LessonTitles = Record<string, LessonTitle>;

const titles: Record<Locale, LessonTitles> = { en: enLessonTitles, ko: koLessonTitles };

/** The lesson's title and summary in `locale`, falling back to English; null for an unknown lesson. */
export function lessonTitle(locale: Locale, lessonId: string): LessonTitle | null {
  return titles[locale][lessonId] ?? titles.en[lessonId] ?? null;
}
