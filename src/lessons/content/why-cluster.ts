// Chapter 3: why a cluster — one topic with a single copy beside a replicated one; crash the single copy's broker.
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, isOnline, partition } from '../world';

/** `logs` keeps one copy (RF 1), `orders` three (RF 3); a producer writes to each. */
function twoTopics(): Scenario {
  const s = defaultScenario();
  s.topics = [
    { name: 'orders', partitions: 3, replicationFactor: 3, configs: {} },
    { name: 'logs', partitions: 1, replicationFactor: 1, configs: {} },
  ];
  s.producers = [
    ...s.producers,
    { id: 'producer-2', topic: 'logs', recordsPerSec: 2, keys: [], configs: { acks: 'all' } },
  ];
  return s;
}

/** The one broker holding `logs-0` (the seeded assignment puts it on broker 3). */
function logsBroker(s: ClusterSnapshot): number {
  return partition(s, 'logs-0')?.replicas[0] ?? 3;
}

const ORDERS = ['orders-0', 'orders-1', 'orders-2'];

export const whyCluster: Lesson = {
  id: 'why-cluster',
  chapter: 3,
  steps: [
    {
      id: 'cluster',
      scenario: twoTopics,
      // A learner reads this step while the cluster starts; the walk does the same.
      solve: [{ waitMs: 5000 }],
      panels: ['partitions'],
      covers: [
        '3. Kafka 클러스터 구조 및 데이터 분산',
        'Kafka 클러스터',
        '클러스터를 구성하는 이유',
      ],
    },
    {
      id: 'throughput',
      highlight: ['orders-0', 'orders-1', 'orders-2', 'broker-1', 'broker-2', 'broker-3'],
      panels: ['partitions'],
      covers: [
        '동시에 많은 데이터를 처리할 수 있음(High Throughput)',
        '높은 Throughput : 동시에 더 많은 데이터를 처리할 수 있음',
      ],
    },
    {
      id: 'crash',
      highlight: ['logs-0'],
      panels: ['brokers', 'partitions'],
      goal: (c) =>
        actionsSince(c).some(
          (a) =>
            a.type === 'broker.crash' &&
            a.broker === logsBroker(c.start) &&
            isDown(c.snapshot, a.broker),
        ),
      solve: (s) => [{ type: 'broker.crash', broker: logsBroker(s) }],
    },
    {
      id: 'available',
      highlight: ['logs-0', 'orders-0', 'orders-1', 'orders-2'],
      panels: ['partitions'],
      // Waits on the world: logs-0 has no leader, every orders partition has one again.
      goal: (c) =>
        partition(c.snapshot, 'logs-0')?.leader === null &&
        ORDERS.every((tp) => {
          const p = partition(c.snapshot, tp);
          return p !== undefined && p.leader !== null && isOnline(c.snapshot, p.leader);
        }),
      covers: ['고가용성 : 하나의 블로커가 문제가 생기더라도 전체 시스템은 멈추지 않음'],
    },
    {
      id: 'safety',
      highlight: ['logs-0'],
      panels: ['brokers', 'partitions'],
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'broker.restart' && isOnline(c.snapshot, a.broker),
        ) && (partition(c.snapshot, 'logs-0')?.leader ?? null) !== null,
      solve: (s) => [{ type: 'broker.restart', broker: logsBroker(s) }],
      covers: ['데이터 안정성 : 복제를 통해 데이터 유실률을 낮춤'],
    },
  ],
};
