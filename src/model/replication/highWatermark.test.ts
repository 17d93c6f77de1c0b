import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

// acks=all: a dead follower in the ISR holds the HW back until the controller removes it.
const scenario = baseScenario({
  topics: [{ name: 't', partitions: 1, replicationFactor: 3, configs: {} }],
  producers: [
    { id: 'producer-1', topic: 't', recordsPerSec: 10, keys: [], configs: { acks: 'all' } },
  ],
  consumerGroups: [],
});

describe('high watermark after a follower dies (KAFKA.md 3.2, 4.2)', () => {
  it('stalls while the dead follower is in the ISR, then catches up within a fetch round of the ISR change', () => {
    const sim = createSimulation(scenario);
    sim.seek(2_000);
    const p = partitionOf(sim, 't', 0);
    const ctl = sim.snapshot().controller.brokerId;
    const follower = p.replicas.find((id) => id !== p.leader && id !== ctl) as number;
    sim.act({ type: 'broker.crash', broker: follower });
    sim.seek(10_000);
    const stalled = partitionOf(sim, 't', 0);
    const leaderView = () =>
      partitionOf(sim, 't', 0).replicaViews.find((r) => r.brokerId === p.leader);
    // The dead follower is still in the ISR (its session has not expired): acks=all must wait.
    expect(stalled.isr).toContain(follower);
    expect(leaderView()!.highWatermark).toBeLessThan(leaderView()!.logEndOffset);

    sim.seek(25_000); // past zookeeper.session.timeout.ms (18 s) after the crash
    const shrink = eventsOf(sim, 'isr.shrink', 't-0');
    expect(shrink).toHaveLength(1);
    // One replica.fetch.wait.max.ms (500 ms) round after the shrink, the HW has caught up.
    sim.seek((shrink[0]?.at ?? 0) + 1_000);
    const hw = leaderView()!.highWatermark;
    const isrSize = partitionOf(sim, 't', 0).isr.length;
    expect(isrSize).toBe(2);
    expect(hw).toBeGreaterThanOrEqual(leaderView()!.logEndOffset - 1);
    const producer = sim.snapshot().producers[0]!;
    expect(producer.acknowledged).toBeGreaterThanOrEqual(producer.sent - producer.inFlight - 1);
  });
});
