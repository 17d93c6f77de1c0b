// Chapter 1: Kafka's role in a data pipeline — several sources stream into topics, several sinks
// read them independently, each at its own pace.
import type { ConsumerGroupSpec, ProducerSpec, Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { SCENARIO_VERSION } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';

function source(id: string, topic: string, recordsPerSec: number, keys: string[]): ProducerSpec {
  return { id, topic, recordsPerSec, keys, configs: { acks: 'all' } };
}

function sink(groupId: string, topics: string[], perMember?: number): ConsumerGroupSpec {
  const spec: ConsumerGroupSpec = {
    groupId,
    topics,
    members: 1,
    configs: { 'auto.offset.reset': 'earliest' },
  };
  if (perMember !== undefined) spec.recordsPerSecPerMember = perMember;
  return spec;
}

/** Web clicks, database changes (CDC) and IoT readings flow into three topics; three sinks read them. */
function world(): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 31,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [
      { name: 'clicks', partitions: 2, replicationFactor: 1, configs: {} },
      { name: 'db-changes', partitions: 1, replicationFactor: 1, configs: {} },
      { name: 'sensors', partitions: 2, replicationFactor: 1, configs: {} },
    ],
    producers: [
      // Keys chosen so murmur2 alternates partitions 0 and 1 of 2: both partitions get records (with
      // null keys the sticky partitioner would fill one partition for a long time at these rates).
      source('web-clicks', 'clicks', 4, ['user-1', 'user-3', 'user-2', 'user-4']),
      source('db-cdc', 'db-changes', 1, ['row-1', 'row-2']),
      source('iot-sensors', 'sensors', 3, ['sensor-3', 'sensor-1', 'sensor-4', 'sensor-2']),
    ],
    consumerGroups: [
      sink('analytics', ['clicks', 'sensors']),
      sink('search-index', ['db-changes']),
      // The archive writes to slow storage: 5 records/s per instance, less than the 8/s produced.
      sink('archive', ['clicks', 'db-changes', 'sensors'], 5),
    ],
    actions: [],
  };
}

function group(s: ClusterSnapshot, id: string) {
  return s.consumerGroups.find((g) => g.groupId === id);
}

function lag(s: ClusterSnapshot, id: string): number {
  return (group(s, id)?.offsets ?? []).reduce(
    (sum, o) => sum + Math.max(0, o.highWatermark - o.position),
    0,
  );
}

export const pipelineRole: Lesson = {
  id: 'pipeline-role',
  chapter: 1,
  steps: [
    {
      id: 'role',
      scenario: world,
      // The cluster starts (brokers register, a controller is elected) before the first action.
      solve: [{ waitMs: 4000 }],
      panels: ['pipeline'],
      covers: ['카프카의 역할', '데이터 파이프라인에서 카프카의 역할'],
    },
    {
      id: 'streaming',
      panels: ['pipeline', 'throughput'],
      covers: [
        '카프카는 스트리밍형 데이터 수집에 뛰어난 도구',
        '스트리밍형 데이터 수집 : 지속적으로 발생되는 데이터를 즉각 수집 및 처리',
      ],
    },
    {
      id: 'own-pace',
      highlight: ['group-archive', 'group-analytics'],
      panels: ['pipeline', 'throughput'],
      // Watching: the slow archive falls behind while analytics keeps up.
      goal: (c) => lag(c.snapshot, 'archive') >= 15 && lag(c.snapshot, 'analytics') <= 4,
      solve: [{ waitMs: 6000 }],
    },
    {
      id: 'independent',
      highlight: ['group-search-index'],
      panels: ['pipeline', 'groupsBasic'],
      // The search index is stopped, and the other sinks went on reading meanwhile.
      goal: (c) => {
        const stop = actionsSince(c).find(
          (a) => a.type === 'group.scale' && a.groupId === 'search-index' && a.members === 0,
        );
        if (!stop || group(c.snapshot, 'search-index')?.members.length !== 0) return false;
        const grew = (id: string) =>
          (group(c.snapshot, id)?.consumed ?? 0) - (group(c.start, id)?.consumed ?? 0) >= 5;
        return grew('analytics') && grew('archive') && c.snapshot.now - stop.at >= 1000;
      },
      solve: [{ type: 'group.scale', groupId: 'search-index', members: 0 }, { waitMs: 2000 }],
    },
    {
      id: 'scale-sink',
      highlight: ['group-archive'],
      panels: ['pipeline', 'groupsBasic'],
      // The archive runs a second consumer and its lag has come down.
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'group.scale' && a.groupId === 'archive' && a.members >= 2,
        ) &&
        (group(c.snapshot, 'archive')?.members.length ?? 0) >= 2 &&
        lag(c.snapshot, 'archive') <= lag(c.start, 'archive') - 4,
      solve: [{ type: 'group.scale', groupId: 'archive', members: 2 }, { waitMs: 6000 }],
    },
  ],
};
