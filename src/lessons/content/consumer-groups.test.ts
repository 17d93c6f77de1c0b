// The consumer-groups lesson names the coordinator broker in its text: it must be the model's.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../model';
import { COORDINATOR, consumerGroups } from './consumer-groups';

describe('consumer-groups', () => {
  it('names the broker that coordinates orders-app in the coordinator step’s world', () => {
    const step = consumerGroups.steps.find((s) => s.id === 'coordinator');
    const sim = createSimulation(step!.scenario!());
    sim.seek(4000);
    const g = sim.snapshot().consumerGroups.find((x) => x.groupId === 'orders-app');
    expect(g?.offsetsPartition).toBe(5);
    expect(g?.coordinator).toBe(COORDINATOR);
  });
});
