// Lesson progress kept in localStorage: read tolerantly (a corrupt entry is ignored), written whole.
export type LessonStatus = 'notStarted' | 'inProgress' | 'done';

export interface LessonProgress {
  status: Exclude<LessonStatus, 'notStarted'>;
  /** Furthest step reached, 1-based. */
  step: number;
}

export type Progress = Record<string, LessonProgress>;

export const PROGRESS_KEY = 'kafka-visibly.progress';

function readEntry(value: unknown): LessonProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, step } = value as Record<string, unknown>;
  if (status !== 'inProgress' && status !== 'done') return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 1000) return null;
  return { status, step };
}

/** Parses stored progress; anything unreadable is dropped entry by entry, never thrown. */
export function parseProgress(text: string | null, knownLessons: readonly string[]): Progress {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const out: Progress = {};
  for (const id of knownLessons) {
    const entry = readEntry((json as Record<string, unknown>)[id]);
    if (entry) out[id] = entry;
  }
  return out;
}

export function statusOf(progress: Progress, lessonId: string): LessonStatus {
  return progress[lessonId]?.status ?? 'notStarted';
}

/** Progress after reaching `step` (1-based) of a lesson, or finishing it; done stays done. */
export function recordStep(
  progress: Progress,
  lessonId: string,
  step: number,
  finished: boolean,
): Progress {
  const old = progress[lessonId];
  const status = finished || old?.status === 'done' ? 'done' : 'inProgress';
  const furthest = Math.max(step, old?.step ?? 0);
  if (old && old.status === status && old.step === furthest) return progress;
  return { ...progress, [lessonId]: { status, step: furthest } };
}
