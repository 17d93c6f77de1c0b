// The benchmark's busy cluster: 5 brokers, 3 topics × 6 partitions × RF 3, 3 producers at 200
// records/s, 2 consumer groups.
import type { Scenario } from '../../src/model/scenarioTypes';

export function busyScenario(): Scenario {
  const topics = ['orders', 'payments', 'clicks'];
  return {
    version: 1,
    seed: 7,
    brokers: 5,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: topics.map((name) => ({ name, partitions: 6, replicationFactor: 3, configs: {} })),
    producers: topics.map((topic, i) => ({
      id: `producer-${i + 1}`,
      topic,
      recordsPerSec: 200,
      keys: Array.from({ length: 50 }, (_, k) => `key-${k}`),
      configs: { acks: 'all' },
    })),
    consumerGroups: [
      { groupId: 'analytics', topics, members: 2, configs: { 'auto.offset.reset': 'earliest' } },
      { groupId: 'archive', topics, members: 1, configs: { 'auto.offset.reset': 'earliest' } },
    ],
    actions: [],
  };
}
