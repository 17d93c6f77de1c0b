// A bare link to any step opens a world where that step's goal still waits for the learner, and
// stays waiting while time passes without the learner acting (goals never complete on time alone,
// except the steps that only ask to watch).
import { terminalDriver } from '../terminal/replay';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import { ALL_LESSONS } from '.';
import { goalContext, prepareStep } from './prepare';

/** Steps whose task is to watch something happen: time alone may meet their goal. */
function asksOnlyToWatch(solve: unknown): boolean {
  return Array.isArray(solve) ? solve.every((s) => 'waitMs' in (s as object)) : solve === undefined;
}

describe.each(ALL_LESSONS.map((l) => [l.id, l] as const))(
  'lesson %s from bare links',
  (_, lesson) => {
    it('each step that asks for an action waits for it, even after 20 s', () => {
      lesson.steps.forEach((step, index) => {
        if (!step.goal || asksOnlyToWatch(step.solve)) return;
        const p = prepareStep(lesson, index, (s) => createSimulation(s), terminalDriver);
        expect(step.goal(goalContext(p.sim, p.since, p.start)), `${step.id} at once`).toBe(false);
        p.sim.seek(p.sim.now + 20_000);
        expect(step.goal(goalContext(p.sim, p.since, p.start)), `${step.id} after 20 s`).toBe(
          false,
        );
      });
    });
  },
);
