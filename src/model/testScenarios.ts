// Small scenarios and readers shared by the model's tests.
import type { Scenario } from './scenarioTypes';
import type { Simulation } from './simulationTypes';
import type { PartitionView, TimelineEvent, TimelineEventKind } from './snapshotTypes';

export function baseScenario(over: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    seed: 42,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, configs: {} }],
    producers: [{ id: 'producer-1', topic: 'orders', recordsPerSec: 10, keys: [], configs: {} }],
    consumerGroups: [
      {
        groupId: 'g1',
        topics: ['orders'],
        members: 2,
        configs: { 'auto.offset.reset': 'earliest' },
      },
    ],
    actions: [],
    ...over,
  };
}

export function partitionOf(sim: Simulation, topic: string, p: number): PartitionView {
  const view = sim.snapshot().topics.find((t) => t.name === topic)?.partitions[p];
  if (!view) throw new Error(`no partition ${topic}-${p}`);
  return view;
}

export function eventsOf(
  sim: Simulation,
  kind: TimelineEventKind,
  partition?: string,
): TimelineEvent[] {
  return sim
    .events()
    .filter((e) => e.kind === kind && (partition === undefined || e.partition === partition));
}

export function znodeData(sim: Simulation, path: string): string | undefined {
  return sim.snapshot().zookeeper.znodes.find((z) => z.path === path)?.data;
}
