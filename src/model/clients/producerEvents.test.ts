import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, partitionOf } from '../testScenarios';

describe('produce.failed timeline events', () => {
  it('come once per failing partition while retries go on, not once per retry', () => {
    const scenario = baseScenario({
      topics: [{ name: 't', partitions: 3, replicationFactor: 3, configs: {} }],
      producers: [
        {
          id: 'producer-1',
          topic: 't',
          recordsPerSec: 20,
          keys: ['alice', 'bob', 'carol', 'dave'],
          configs: { acks: '1' },
        },
      ],
      consumerGroups: [],
    });
    const sim = createSimulation(scenario);
    sim.seek(2_000);
    const leader = partitionOf(sim, 't', 0).leader as number;
    sim.act({ type: 'broker.crash', broker: leader });
    // Before the session expires (18 s) the producer keeps retrying against the dead leader.
    sim.seek(15_000);
    const led = [0, 1, 2].filter((p) => partitionOf(sim, 't', p).leader === leader);
    const failed = sim.events().filter((e) => e.kind === 'produce.failed');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.length).toBeLessThanOrEqual(led.length);
    expect(sim.snapshot().producers[0]?.failed).toBe(0);
  });
});
