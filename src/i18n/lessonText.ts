// Lesson text, one module per lesson and language (src/i18n/<locale>/lessons/<id>.ts).
// Light markup: a blank line starts a paragraph, `code` for Kafka names, **bold** for the one idea.
import type { Locale } from './messages';
import { enLessons } from './en/lessons';
import { koLessons } from './ko/lessons';

export interface StepText {
  /** What the learner reads: one idea, a few short sentences. */
  body: string;
  /** What to do, when the step waits for an action. */
  task?: string;
  /** Offered after a while when the goal is not met yet. */
  hint?: string;
  /** Shown once the goal is met: what just happened. */
  done?: string;
}

export interface LessonText {
  title: string;
  /** One sentence for the course page. */
  summary: string;
  steps: Record<string, StepText>;
}

/** A Korean lesson text must have exactly the English one's steps. */
export type LessonTextLike<T extends LessonText> = {
  title: string;
  summary: string;
  steps: { [K in keyof T['steps']]: { [F in keyof T['steps'][K]]: string } };
};

const catalogs: Record<Locale, Record<string, LessonText>> = { en: enLessons, ko: koLessons };

/** The lesson's text in `locale`, falling back to English; null for an unknown lesson. */
export function lessonText(locale: Locale, lessonId: string): LessonText | null {
  return catalogs[locale][lessonId] ?? catalogs.en[lessonId] ?? null;
}

/** One step's text, falling back to English field by field. */
export function stepText(locale: Locale, lessonId: string, stepId: string): StepText {
  const local = catalogs[locale][lessonId]?.steps[stepId];
  const english = catalogs.en[lessonId]?.steps[stepId];
  return { body: '', ...english, ...local };
}
