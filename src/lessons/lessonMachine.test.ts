import { describe, expect, it } from 'vitest';
import { phaseOf, startLesson, stepLesson } from './lessonMachine';

describe('lesson machine', () => {
  it('waits for the goal before Next moves on', () => {
    let s = startLesson(3, 0, false);
    expect(phaseOf(s)).toBe('waiting');
    s = stepLesson(s, { type: 'NEXT' });
    expect(s.context.index).toBe(0);
    s = stepLesson(s, { type: 'GOAL_MET' });
    expect(phaseOf(s)).toBe('met');
    s = stepLesson(s, { type: 'NEXT' });
    expect(s.context.index).toBe(1);
    expect(phaseOf(s)).toBe('waiting');
  });

  it('keeps a met goal met (a latch) and ends after the last step', () => {
    let s = startLesson(2, 1, true);
    expect(phaseOf(s)).toBe('met');
    s = stepLesson(s, { type: 'NEXT' });
    expect(phaseOf(s)).toBe('done');
    s = stepLesson(s, { type: 'PREV' });
    expect(phaseOf(s)).toBe('met');
    expect(s.context.index).toBe(1);
  });

  it('goes back to a step already done, and clamps jumps into range', () => {
    let s = startLesson(4, 2, false);
    s = stepLesson(s, { type: 'PREV' });
    expect(s.context.index).toBe(1);
    expect(phaseOf(s)).toBe('met');
    s = stepLesson(s, { type: 'GOTO', index: 99, met: false });
    expect(s.context.index).toBe(3);
    expect(phaseOf(s)).toBe('waiting');
    s = stepLesson(startLesson(4, 0, true), { type: 'PREV' });
    expect(s.context.index).toBe(0);
  });
});
