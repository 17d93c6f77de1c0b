import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, partitionOf } from '../testScenarios';

// ReplicaFetcherManager.shutdownIdleFetcherThreads: an idle fetcher stops; following that leader
// again starts a fresh one at once instead of waiting on a request the isolation dropped.
describe('replica fetchers after an isolation', () => {
  it('followers fetch from a returning leader at once, so the ISR stays full', () => {
    const scenario = baseScenario({
      seed: 3,
      brokerConfigs: {
        'zookeeper.session.timeout.ms': 6000,
        'replica.lag.time.max.ms': 3000,
        'min.insync.replicas': 2,
        'leader.imbalance.check.interval.seconds': 10,
      },
      topics: [{ name: 'orders', partitions: 1, replicationFactor: 3, configs: {} }],
      producers: [
        {
          id: 'producer-1',
          topic: 'orders',
          recordsPerSec: 20,
          keys: ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'],
          configs: { acks: 'all', 'request.timeout.ms': 3000, 'delivery.timeout.ms': 10000 },
        },
      ],
      consumerGroups: [],
      actions: [
        { at: 5000, type: 'broker.isolate', broker: 3 },
        { at: 13000, type: 'broker.reconnect', broker: 3 },
      ],
    });
    const sim = createSimulation(scenario);
    sim.seek(40_000);
    const after = partitionOf(sim, 'orders', 0);
    expect(after.leader).toBe(3); // the preferred leader, back through the auto rebalance
    expect([...after.isr].sort()).toEqual([1, 2, 3]);
    // No follower of the returned leader was left waiting long enough to fall out of the ISR.
    const late = sim.events().filter((e) => e.kind === 'isr.shrink' && e.at > 16_000);
    expect(late).toEqual([]);
  });
});
