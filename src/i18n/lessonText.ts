// Lesson text, one module per lesson and language (src/i18n/<locale>/lessons/<id>.ts), with its
// title and summary from lessonTitles.ts. Light markup: a blank line starts a paragraph, `code` for
// Kafka names, **bold** for the one idea. Only the lesson page (loaded lazily) imports this.
import type { Locale } from './messages';
import { enLessons } from './en/lessons';
import { koLessons } from './ko/lessons';
import { lessonTitle } from './lessonTitles';

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

/** A lesson's step texts, by step id (its title and summary are in lessonTitles.ts). */
export interface LessonSteps {
  steps: Record<string, StepText>;
}

export interface LessonText extends LessonSteps {
  title: string;
  /** One sentence for the course page. */
  summary: string;
}

/** A Korean lesson text must have exactly the English one's steps. */
export type LessonTextLike<T extends LessonSteps> = {
  steps: { [K in keyof T['steps']]: { [F in keyof T['steps'][K]]: string } };
};

const catalogs: Record<Locale, Record<string, LessonSteps>> = { en: enLessons, ko: koLessons };

/** The lesson's text in `locale`, falling back to English; null for an unknown lesson. */
export function lessonText(locale: Locale, lessonId: string): LessonText | null {
  const steps = catalogs[locale][lessonId] ?? catalogs.en[lessonId];
  const title = lessonTitle(locale, lessonId);
  return steps && title ? { ...title, ...steps } : null;
}

/** One step's text, falling back to English field by field. */
export function stepText(locale: Locale, lessonId: string, stepId: string): StepText {
  const local = catalogs[locale][lessonId]?.steps[stepId];
  const english = catalogs.en[lessonId]?.steps[stepId];
  return { body: '', ...english, ...local };
}
