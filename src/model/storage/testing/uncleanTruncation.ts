// A run where a partition's old leader truncates: its followers drop out, it writes alone (acks=1),
// is cut off, a follower is elected uncleanly, and back, the old leader truncates its extra records.
import { createSimulation } from '../../index';
import type { Simulation } from '../../simulationTypes';
import { baseScenario, partitionOf } from '../../testScenarios';

export function uncleanTruncationRun(recordWindow: number): { sim: Simulation; oldLeader: number } {
  const s = baseScenario({
    brokerConfigs: {
      'zookeeper.session.timeout.ms': 6000,
      'replica.lag.time.max.ms': 3000,
      'unclean.leader.election.enable': true,
    },
    topics: [
      { name: 'orders', partitions: 1, replicationFactor: 3, configs: { 'segment.bytes': 700 } },
    ],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 40,
        keys: ['alpha', 'beta', 'gamma'],
        configs: { acks: '1' },
      },
    ],
    consumerGroups: [],
    actions: [],
  });
  const probe = createSimulation(s);
  probe.seek(3_000);
  const p0 = partitionOf(probe, 'orders', 0);
  const oldLeader = p0.leader as number;
  const others = p0.replicas.filter((b) => b !== oldLeader);
  s.actions = [
    ...others.map((broker) => ({ at: 5_000, type: 'broker.isolate' as const, broker })),
    { at: 15_000, type: 'broker.isolate', broker: oldLeader },
    ...others.map((broker) => ({ at: 15_000, type: 'broker.reconnect' as const, broker })),
    { at: 40_000, type: 'broker.reconnect', broker: oldLeader },
  ];
  return { sim: createSimulation(s, { recordWindow }), oldLeader };
}
