import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

describe('preferred leader auto rebalance (leader.imbalance.check.interval.seconds = 300)', () => {
  it('gives leadership back to the preferred replica once it is back in the ISR', () => {
    const sim = createSimulation(baseScenario({ brokers: 3 }));
    sim.seek(10_000);
    const ctl = sim.snapshot().controller.brokerId;
    // A partition whose preferred leader is not the controller.
    const p0 = [0, 1, 2]
      .map((i) => partitionOf(sim, 'orders', i))
      .find((p) => p.replicas[0] !== ctl);
    if (!p0) throw new Error('no partition');
    const preferred = p0.replicas[0] as number;
    expect(p0.leader).toBe(preferred);
    sim.act({ type: 'broker.crash', broker: preferred });
    sim.seek(40_000);
    expect(partitionOf(sim, 'orders', p0.partition).leader).not.toBe(preferred);
    sim.act({ type: 'broker.restart', broker: preferred });
    sim.seek(60_000);
    const back = partitionOf(sim, 'orders', p0.partition);
    expect(back.isr).toContain(preferred);
    expect(back.leader).not.toBe(preferred);
    // The controller checks every 300 s, counted from its failover (first check after 5 s).
    sim.seek(305_100);
    const after = partitionOf(sim, 'orders', p0.partition);
    expect(after.leader).toBe(preferred);
    const pref = eventsOf(sim, 'leader.elected', `orders-${p0.partition}`).filter(
      (e) => e.params.election === 'preferred',
    );
    expect(pref).toHaveLength(1);
    expect(pref[0]?.at).toBeGreaterThanOrEqual(305_000);
    expect(after.leaderEpoch).toBe(back.leaderEpoch + 1);
    expect(after.isr).toEqual(back.isr);
  });

  it('does nothing with auto.leader.rebalance.enable=false', () => {
    const sim = createSimulation(
      baseScenario({ brokerConfigs: { 'auto.leader.rebalance.enable': false } }),
    );
    sim.seek(10_000);
    const ctl = sim.snapshot().controller.brokerId;
    const p0 = [0, 1, 2]
      .map((i) => partitionOf(sim, 'orders', i))
      .find((p) => p.replicas[0] !== ctl);
    const preferred = p0?.replicas[0] as number;
    sim.act({ type: 'broker.crash', broker: preferred });
    sim.seek(40_000);
    sim.act({ type: 'broker.restart', broker: preferred });
    sim.seek(320_000);
    expect(partitionOf(sim, 'orders', p0?.partition ?? 0).leader).not.toBe(preferred);
  });
});
