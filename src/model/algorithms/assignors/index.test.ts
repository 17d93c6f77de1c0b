// The assignor registry.
import { describe, expect, it } from 'vitest';
import { ASSIGNORS } from './index';
import { member } from './testSupport';

describe('ASSIGNORS', () => {
  it('maps each partition.assignment.strategy name to the assignor of that name', () => {
    for (const [name, assignor] of Object.entries(ASSIGNORS)) expect(assignor.name).toBe(name);
    expect(Object.keys(ASSIGNORS).sort()).toEqual([
      'cooperative-sticky',
      'range',
      'roundrobin',
      'sticky',
    ]);
  });

  it('range and roundrobin differ on the Javadoc example, as they should', () => {
    const members = [member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])];
    const counts = { t0: 3, t1: 3 };
    expect(ASSIGNORS.range.assign(counts, members)).not.toEqual(
      ASSIGNORS.roundrobin.assign(counts, members),
    );
  });
});
