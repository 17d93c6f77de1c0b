// Chapter 1: what a messaging system is — producer, broker, consumer — and what a broker adds over
// brokerless pub/sub: records wait for a consumer that is offline.
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { SCENARIO_VERSION } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';

const GROUP = 'orders-app';

/** One broker, one partition, one producer, one consumer: the smallest messaging system. */
function world(): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 7,
    brokers: 1,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 1, replicationFactor: 1, configs: {} }],
    producers: [
      { id: 'producer-1', topic: 'orders', recordsPerSec: 2, keys: [], configs: { acks: 'all' } },
    ],
    consumerGroups: [
      {
        groupId: GROUP,
        topics: ['orders'],
        members: 1,
        configs: { 'auto.offset.reset': 'earliest' },
      },
    ],
    actions: [],
  };
}

function group(s: ClusterSnapshot) {
  return s.consumerGroups.find((g) => g.groupId === GROUP);
}

/** Records in the log the group has not read yet (kafka-consumer-groups.sh's LAG, summed). */
function lag(s: ClusterSnapshot): number {
  return (group(s)?.offsets ?? []).reduce(
    (sum, o) => sum + Math.max(0, o.highWatermark - o.position),
    0,
  );
}

export const messaging: Lesson = {
  id: 'messaging',
  chapter: 1,
  steps: [
    {
      id: 'async',
      scenario: world,
      // The cluster starts (brokers register, a controller is elected) before the first action.
      solve: [{ waitMs: 4000 }],
      covers: [
        '1. Kafka개요',
        '메시징 시스템이란?',
        '어플리케이션간 데이터를 교환하는 비동기적 방식 데이터 전송 시스템',
      ],
    },
    {
      id: 'roles',
      highlight: ['producer-1', 'broker-1', `group-${GROUP}`],
      covers: [
        '메시지를 생산하는 생산자(Producer), 관리하는 브로커(Broker), 소비하는 소비자(Consumer)로 구성',
      ],
    },
    {
      id: 'no-broker',
      panels: ['brokerless'],
      covers: ['간혹 브로커가 없는 경우도 있음(Redis Pub/Sub, ZeroMQ 등)'],
    },
    {
      id: 'offline',
      highlight: [`group-${GROUP}`],
      panels: ['brokerless', 'groupsBasic'],
      // The learner stopped the consumer, and records piled up while it was away.
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'group.scale' && a.groupId === GROUP && a.members === 0,
        ) &&
        (group(c.snapshot)?.members.length ?? 1) === 0 &&
        lag(c.snapshot) >= 4,
      solve: [{ type: 'group.scale', groupId: GROUP, members: 0 }, { waitMs: 3000 }],
    },
    {
      id: 'back',
      highlight: [`group-${GROUP}`],
      panels: ['brokerless', 'groupsBasic'],
      // Started again, it has read every record that was waiting when the step began.
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'group.scale' && a.groupId === GROUP && a.members > 0,
        ) &&
        (group(c.snapshot)?.members.length ?? 0) > 0 &&
        (group(c.snapshot)?.consumed ?? 0) - (group(c.start)?.consumed ?? 0) >= lag(c.start),
      solve: [{ type: 'group.scale', groupId: GROUP, members: 1 }, { waitMs: 2000 }],
    },
    {
      id: 'takeaway',
      panels: ['brokerless'],
    },
  ],
};
