// The lesson being taken: opening a step (fresh world, continued world, or a shared one), checking its
// goal as the world changes, moving between steps with history entries, and remembering progress.
import { lessonById } from '../../lessons';
import { phaseOf, startLesson, stepLesson, type LessonEvent } from '../../lessons/lessonMachine';
import { goalContext, needsTerminal, prepareStep, worldRoot } from '../../lessons/prepare';
import { ALL_LESSONS } from '../../lessons';
import { parseProgress, PROGRESS_KEY, recordStep, type Progress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';
import type { ActiveLesson, GetState, LessonSlice, SetState, StoreContext } from '../types';
import { publish } from './simulationSlice';
import { syncUrl } from './urlWriter';

function loadProgress(ctx: StoreContext): Progress {
  try {
    const text = ctx.deps.storage?.getItem(PROGRESS_KEY) ?? null;
    return parseProgress(
      text,
      ALL_LESSONS.map((l) => l.id),
    );
  } catch {
    return {};
  }
}

function saveProgress(ctx: StoreContext, progress: Progress): void {
  try {
    ctx.deps.storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Not remembered this time (storage refused or full); the lesson goes on.
  }
}

export function createLessonSlice(set: SetState, get: GetState, ctx: StoreContext): LessonSlice {
  const active = (): { lesson: Lesson; state: ActiveLesson } | null => {
    const state = get().lesson;
    const lesson = state ? lessonById(state.id) : null;
    return state && lesson ? { lesson, state } : null;
  };

  const remember = (lessonId: string, index: number, finished: boolean) => {
    const next = recordStep(get().progress, lessonId, index + 1, finished);
    if (next === get().progress) return;
    set({ progress: next });
    saveProgress(ctx, next);
  };

  /** Publishes the lesson state from the machine after a transition. */
  const show = (lesson: Lesson, since: number) => {
    if (!ctx.lesson) return;
    const m = ctx.lesson.machine;
    const phase = phaseOf(m);
    set({
      lesson: {
        id: lesson.id,
        index: m.context.index,
        stepCount: lesson.steps.length,
        phase,
        since,
      },
    });
    remember(lesson.id, m.context.index, phase === 'done');
  };

  /** Begins step `index` on the current run at its current time (the world is already in place). */
  const beginStep = (lesson: Lesson, index: number, event: LessonEvent | null) => {
    const sim = ctx.sim;
    if (!sim) return;
    const since = sim.now;
    const start = sim.snapshot();
    const starts =
      ctx.lesson?.starts ?? new Map<number, { scenario: typeof sim.scenario; t: number }>();
    starts.set(index, { scenario: sim.scenario, t: since });
    const step = lesson.steps[index];
    ctx.lesson = {
      id: lesson.id,
      since,
      machine: ctx.lesson?.machine ?? startLesson(lesson.steps.length, index, false),
      start,
      starts,
    };
    if (event) ctx.lesson.machine = stepLesson(ctx.lesson.machine, event);
    set({ selectedPartition: step?.select ?? null });
    if (step?.play === false) set({ playing: false });
    else set({ playing: true });
    publish(set, get, ctx);
    show(lesson, since);
    get().checkGoal();
  };

  /** Moves to step `index` of the open lesson and adds a history entry for it. */
  const moveTo = (lesson: Lesson, index: number, event: LessonEvent) => {
    const step = lesson.steps[index];
    if (!step || !ctx.lesson) return;
    const seen = ctx.lesson.starts.get(index);
    if (event.type === 'PREV' && seen) {
      // Back to a step already taken: its world as it was when the step began.
      ctx.sim = ctx.deps.createSimulation(seen.scenario);
      if (seen.t > 0) ctx.sim.seek(seen.t);
    } else if (step.scenario) {
      ctx.sim = ctx.deps.createSimulation(step.scenario());
    } else if (event.type === 'PREV') {
      // Rare (a step never seen in this page): the terminal's code may still be on its way.
      if (needsTerminal(lesson) && !ctx.terminalDriver) {
        void get().loadTerminal();
        return;
      }
      const prepared = prepareStep(
        lesson,
        index,
        ctx.deps.createSimulation,
        ctx.terminalDriver ?? undefined,
      );
      ctx.sim = prepared.sim;
    }
    beginStep(lesson, index, event);
    const { scenario, lesson: state } = get();
    if (scenario && state) {
      const hash = ctx.deps.buildLink(
        { lesson: lesson.id, step: index + 1 },
        scenario,
        Math.round(ctx.sim?.now ?? 0),
        state.since,
      );
      ctx.deps.pushUrl(hash);
      ctx.lastUrlWrite = ctx.deps.wallClock();
    }
  };

  return {
    lesson: null,
    progress: loadProgress(ctx),
    openLesson(parsed, route) {
      const lesson = lessonById(route.lesson);
      if (!lesson || lesson.steps.length === 0) {
        set({
          route: 'home',
          lesson: null,
          playing: false,
          linkProblems: [
            ...parsed.problems,
            {
              code: 'linkLessonUnknown',
              path: 'route',
              params: { lesson: route.lesson.slice(0, 60) },
            },
          ],
        });
        ctx.lesson = null;
        return;
      }
      const index = Math.min(route.step, lesson.steps.length) - 1;
      const problems =
        route.step > lesson.steps.length
          ? [
              ...parsed.problems,
              {
                code: 'linkStepBeyond' as const,
                path: 'route',
                params: { step: route.step, count: lesson.steps.length },
              },
            ]
          : parsed.problems;
      set({ linkProblems: problems });
      const linked = parsed.scenario !== null && !parsed.failed;
      if (
        !linked &&
        index > worldRoot(lesson, index) &&
        needsTerminal(lesson) &&
        !ctx.terminalDriver
      ) {
        // The earlier steps are done in the terminal, whose code loads on demand: open once it is here.
        void get()
          .loadTerminal()
          .then(() => {
            if (ctx.terminalDriver) get().openLesson(parsed, route);
          });
        return;
      }
      const sameLesson = ctx.lesson !== null && get().lesson?.id === lesson.id;
      let since: number;
      if (parsed.scenario && !parsed.failed) {
        // A shared or history link: exactly that world, at that instant, paused.
        ctx.sim = ctx.deps.createSimulation(parsed.scenario);
        if (parsed.t !== null && parsed.t > 0) ctx.sim.seek(parsed.t);
        since = Math.min(parsed.since ?? ctx.sim.now, ctx.sim.now);
      } else {
        const prepared = prepareStep(
          lesson,
          index,
          ctx.deps.createSimulation,
          ctx.terminalDriver ?? undefined,
        );
        ctx.sim = prepared.sim;
        since = prepared.since;
      }
      const start = ctx.sim.snapshot();
      const starts = sameLesson && ctx.lesson ? ctx.lesson.starts : new Map();
      ctx.lesson = {
        id: lesson.id,
        since,
        machine: startLesson(lesson.steps.length, index, false),
        start,
        starts,
      };
      if (!starts.has(index)) starts.set(index, { scenario: ctx.sim.scenario, t: since });
      const step = lesson.steps[index];
      set({
        selectedPartition: step?.select ?? null,
        playing: parsed.scenario && parsed.t !== null ? false : step?.play !== false,
        speed: parsed.scenario && parsed.t !== null ? get().speed : 1,
      });
      publish(set, get, ctx);
      show(lesson, since);
      get().checkGoal();
      syncUrl(set, get, ctx, true);
    },
    nextStep() {
      const a = active();
      if (!a || !ctx.lesson || a.state.phase !== 'met') return;
      if (a.state.index + 1 >= a.lesson.steps.length) {
        ctx.lesson.machine = stepLesson(ctx.lesson.machine, { type: 'NEXT' });
        set({ playing: false });
        show(a.lesson, a.state.since);
        return;
      }
      moveTo(a.lesson, a.state.index + 1, { type: 'NEXT' });
    },
    prevStep() {
      const a = active();
      if (!a || !ctx.lesson) return;
      if (a.state.phase === 'done') {
        ctx.lesson.machine = stepLesson(ctx.lesson.machine, { type: 'PREV' });
        show(a.lesson, a.state.since);
        return;
      }
      if (a.state.index === 0) return;
      moveTo(a.lesson, a.state.index - 1, { type: 'PREV' });
    },
    restartStep() {
      const a = active();
      if (!a || !ctx.lesson) return;
      const seen = ctx.lesson.starts.get(a.state.index);
      if (seen) {
        ctx.sim = ctx.deps.createSimulation(seen.scenario);
        if (seen.t > 0) ctx.sim.seek(seen.t);
      } else {
        if (needsTerminal(a.lesson) && !ctx.terminalDriver) {
          void get().loadTerminal();
          return;
        }
        ctx.sim = prepareStep(
          a.lesson,
          a.state.index,
          ctx.deps.createSimulation,
          ctx.terminalDriver ?? undefined,
        ).sim;
      }
      ctx.lesson.machine = startLesson(a.lesson.steps.length, a.state.index, false);
      beginStep(a.lesson, a.state.index, null);
      syncUrl(set, get, ctx, true);
    },
    checkGoal() {
      // Reads the step from ctx, not the rendered state: while a step opens, the world is already
      // the new step's and the rendered state still the old one's.
      const l = ctx.lesson;
      const lesson = l ? lessonById(l.id) : null;
      if (!l || !lesson || !ctx.sim || phaseOf(l.machine) !== 'waiting') return;
      const goal = lesson.steps[l.machine.context.index]?.goal;
      if (goal && !goal(goalContext(ctx.sim, l.since, l.start))) return;
      l.machine = stepLesson(l.machine, { type: 'GOAL_MET' });
      show(lesson, l.since);
    },
  };
}
