// Runs one lesson: which step, whether its goal is met (a latch), and the end. Stepped with xstate's
// pure transition() so the store keeps plain data.
import { assign, initialTransition, setup, transition, type SnapshotFrom } from 'xstate';

export type LessonEvent =
  | { type: 'GOAL_MET' }
  | { type: 'NEXT' }
  | { type: 'PREV' }
  /** Jump to a step (a link, back/forward): `met` says whether its goal is already satisfied. */
  | { type: 'GOTO'; index: number; met: boolean }
  | { type: 'FINISH' };

export interface LessonContext {
  stepCount: number;
  index: number;
}

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    input: {} as { stepCount: number; index: number },
    events: {} as LessonEvent,
  },
  guards: {
    hasNext: ({ context }) => context.index + 1 < context.stepCount,
    hasPrev: ({ context }) => context.index > 0,
    startsMet: ({ event }) => event.type === 'GOTO' && event.met,
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => ({
    stepCount: input.stepCount,
    index: Math.min(Math.max(0, input.index), input.stepCount - 1),
  }),
  initial: 'step',
  states: {
    step: {
      initial: 'waiting',
      states: {
        waiting: { on: { GOAL_MET: 'met' } },
        met: {
          on: {
            NEXT: [
              {
                guard: 'hasNext',
                target: 'waiting',
                actions: assign({ index: ({ context }) => context.index + 1 }),
              },
              { target: '#lesson.done' },
            ],
            FINISH: { target: '#lesson.done' },
          },
        },
      },
      on: {
        PREV: {
          guard: 'hasPrev',
          target: '.met',
          actions: assign({ index: ({ context }) => context.index - 1 }),
        },
        GOTO: [
          {
            guard: 'startsMet',
            target: '.met',
            actions: assign({ index: ({ context, event }) => clampIndex(context, event.index) }),
          },
          {
            target: '.waiting',
            actions: assign({ index: ({ context, event }) => clampIndex(context, event.index) }),
          },
        ],
      },
    },
    done: {
      on: {
        PREV: { target: 'step.met' },
        GOTO: [
          {
            guard: 'startsMet',
            target: 'step.met',
            actions: assign({ index: ({ context, event }) => clampIndex(context, event.index) }),
          },
          {
            target: 'step.waiting',
            actions: assign({ index: ({ context, event }) => clampIndex(context, event.index) }),
          },
        ],
      },
    },
  },
});

function clampIndex(context: LessonContext, index: number): number {
  return Math.min(Math.max(0, index), context.stepCount - 1);
}

export type LessonMachineSnapshot = SnapshotFrom<typeof lessonMachine>;

/** The machine at a step; `met` when the step has no goal or its goal already holds. */
export function startLesson(stepCount: number, index: number, met: boolean): LessonMachineSnapshot {
  const [snapshot] = initialTransition(lessonMachine, { stepCount, index });
  return met ? stepLesson(snapshot, { type: 'GOAL_MET' }) : snapshot;
}

export function stepLesson(s: LessonMachineSnapshot, event: LessonEvent): LessonMachineSnapshot {
  const [next] = transition(lessonMachine, s, event);
  return next;
}

export type LessonPhase = 'waiting' | 'met' | 'done';

export function phaseOf(s: LessonMachineSnapshot): LessonPhase {
  if (s.matches('done')) return 'done';
  return s.matches({ step: 'met' }) ? 'met' : 'waiting';
}
