// Every lesson is well formed, fully translated, and can be walked to its end by doing what it asks.
import { terminalDriver } from '../terminal/replay';
import { describe, expect, it } from 'vitest';
import { lessonText } from '../i18n/lessonText';
import { createSimulation } from '../model';
import type { Simulation } from '../model/simulationTypes';
import { restoreScenario } from '../scenario';
import { ALL_LESSONS, CHAPTERS } from '.';
import { goalContext, prepareStep, solveStep } from './prepare';

describe('the course', () => {
  it('has unique lesson ids, chapters in order, and a world to start every lesson', () => {
    const ids = ALL_LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    CHAPTERS.forEach((c, i) => {
      expect(c.number).toBe(i + 1);
      for (const l of c.lessons) expect(l.chapter).toBe(c.number);
    });
    for (const l of ALL_LESSONS) expect(l.steps[0]?.scenario, l.id).toBeTypeOf('function');
  });
});

describe.each(ALL_LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('has text for every step in English and Korean, and a task wherever it waits', () => {
    const stepIds = lesson.steps.map((s) => s.id);
    expect(new Set(stepIds).size).toBe(stepIds.length);
    for (const locale of ['en', 'ko'] as const) {
      const text = lessonText(locale, lesson.id);
      expect(text, `${locale} text`).not.toBeNull();
      // The fallback would hide a missing Korean file: check the catalog itself.
      expect(text!.title.trim(), `${locale} title`).not.toBe('');
      expect(Object.keys(text!.steps).sort()).toEqual([...stepIds].sort());
      for (const step of lesson.steps) {
        const st = text!.steps[step.id]!;
        expect(st.body.trim(), `${locale} ${step.id}`).not.toBe('');
        if (step.goal) expect(st.task?.trim(), `${locale} ${step.id} task`).toBeTruthy();
      }
    }
    expect(lessonText('ko', lesson.id)!.title).not.toBe(lessonText('en', lesson.id)!.title);
  });

  it('starts every step with its own world from a scenario a link can carry', () => {
    for (const step of lesson.steps) {
      if (!step.scenario) continue;
      const result = restoreScenario(JSON.parse(JSON.stringify(step.scenario())));
      expect(result.ok, `${step.id}: ${JSON.stringify(result.ok ? [] : result.problems)}`).toBe(
        true,
      );
    }
  });

  it('is walked to its end: each goal is not yet met when its step opens, and doing the step meets it', () => {
    let sim: Simulation | null = null;
    for (const step of lesson.steps) {
      if (step.scenario) sim = createSimulation(step.scenario());
      if (!sim) throw new Error('no world');
      const since = sim.now;
      const start = sim.snapshot();
      if (step.goal) {
        expect(step.goal(goalContext(sim, since, start)), `${step.id} met at once`).toBe(false);
      }
      expect(solveStep(sim, step, since, terminalDriver), `${step.id} goal never met`).toBe(true);
    }
  });

  it('opens any step from a bare link with the world the earlier steps leave', () => {
    const last = lesson.steps.length - 1;
    const prepared = prepareStep(lesson, last, (s) => createSimulation(s), terminalDriver);
    const step = lesson.steps[last]!;
    if (step.goal) {
      const c = goalContext(prepared.sim, prepared.since, prepared.start);
      expect(step.goal(c)).toBe(false);
    }
  });
});
