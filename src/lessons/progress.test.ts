import { describe, expect, it } from 'vitest';
import { parseProgress, recordStep, statusOf } from './progress';

const ids = ['messaging', 'controller'];

describe('lesson progress', () => {
  it('ignores corrupt storage instead of failing', () => {
    expect(parseProgress('{not json', ids)).toEqual({});
    expect(parseProgress('[1,2]', ids)).toEqual({});
    expect(parseProgress('null', ids)).toEqual({});
  });

  it('keeps good entries and drops bad or unknown ones', () => {
    const text = JSON.stringify({
      messaging: { status: 'done', step: 5 },
      controller: { status: 'finished', step: 2 },
      removedLesson: { status: 'done', step: 1 },
    });
    const p = parseProgress(text, ids);
    expect(p).toEqual({ messaging: { status: 'done', step: 5 } });
    expect(statusOf(p, 'controller')).toBe('notStarted');
  });

  it('moves from in progress to done and never back', () => {
    let p = recordStep({}, 'controller', 2, false);
    expect(statusOf(p, 'controller')).toBe('inProgress');
    p = recordStep(p, 'controller', 4, true);
    expect(statusOf(p, 'controller')).toBe('done');
    p = recordStep(p, 'controller', 1, false);
    expect(p.controller).toEqual({ status: 'done', step: 4 });
  });
});
