// Chapter 1: what Kafka is — brokers (servers), topics (categories) and partitions (the unit of
// storage and of parallelism), by creating a topic and watching records fan out over its partitions.
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { SCENARIO_VERSION } from '../../scenario';
import type { GoalContext, Lesson } from '../types';
import { actionsSince } from '../types';

const GROUP = 'orders-app';
const BROKERS = ['broker-1', 'broker-2', 'broker-3'];

function world(): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 21,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    // One copy per partition, so each partition lives on exactly one broker (copies: chapter 3).
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 1, configs: {} }],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 2,
        // murmur2: partitions 0, 1 and 2 of 3.
        keys: ['alice', 'dave', 'carol'],
        configs: { acks: 'all' },
      },
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

/** The topic the learner created in this lesson (the first topic.create of the run). */
function createdTopic(c: GoalContext): string | null {
  const a = c.scenario.actions.find((x) => x.type === 'topic.create');
  return a && a.type === 'topic.create' ? a.topic.name : null;
}

function leaders(s: ClusterSnapshot, topic: string): (number | null)[] {
  return (s.topics.find((t) => t.name === topic)?.partitions ?? []).map((p) => p.leader);
}

export const whatIsKafka: Lesson = {
  id: 'what-is-kafka',
  chapter: 1,
  steps: [
    {
      id: 'distributed',
      scenario: world,
      // The cluster starts (brokers register, a controller is elected) before the first action.
      solve: [{ waitMs: 4000 }],
      highlight: BROKERS,
      covers: ['카프카란?', '대규모 데이터 처리에 적합한 분산형 메시징 시스템'],
    },
    {
      id: 'broker',
      highlight: BROKERS,
      panels: ['brokers'],
      covers: ['카프카 브로커(Broker) : 카프카의 메시지를 관리하는 서버(브로커)'],
    },
    {
      id: 'topic',
      highlight: ['producer-1', `group-${GROUP}`],
      panels: ['partitions'],
      covers: ['토픽(Topic) : 카프카의 메시지 관리하는 논리적 단위, 카테고리라고 보면 됨'],
    },
    {
      id: 'fan-out',
      // The producer panel: each record's partition, in the colour of the broker leading it.
      panels: ['produce', 'producer'],
      covers: ['파티션(Partition) : 토픽을 이루는 저장 단위, 파티션 기반으로 병렬 처리가 이루어짐'],
      // Records the learner sent by hand (matched to its produce actions) landed in 2+ partitions.
      goal: (c) => {
        const sent = actionsSince(c).filter((a) => a.type === 'produce');
        const parts = new Set(
          c.snapshot.producedRecords
            .filter(
              (r) =>
                r.offset !== null &&
                sent.some((a) => a.type === 'produce' && a.at === r.sentAt && a.value === r.value),
            )
            .map((r) => `${r.topic}-${r.partition}`),
        );
        return parts.size >= 2;
      },
      solve: [
        { type: 'produce', topic: 'orders', key: 'alice', value: 'order-1' },
        { waitMs: 300 },
        { type: 'produce', topic: 'orders', key: 'dave', value: 'order-2' },
        { waitMs: 300 },
        { type: 'produce', topic: 'orders', key: 'carol', value: 'order-3' },
        { waitMs: 1000 },
      ],
    },
    {
      id: 'create-topic',
      panels: ['createTopic', 'partitions'],
      // A topic of several partitions exists, each with a leader on some broker.
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'topic.create' && a.topic.partitions >= 2) &&
        (() => {
          const name = createdTopic(c);
          const l = name ? leaders(c.snapshot, name) : [];
          return l.length >= 2 && l.every((b) => b !== null);
        })(),
      solve: [
        {
          type: 'topic.create',
          topic: { name: 'payments', partitions: 3, replicationFactor: 1, configs: {} },
        },
        { waitMs: 1000 },
      ],
    },
    {
      id: 'parallel',
      highlight: [`group-${GROUP}`],
      panels: ['groupsBasic'],
      covers: ['파티션(Partition) : 토픽을 이루는 저장 단위, 파티션 기반으로 병렬 처리가 이루어짐'],
      // Two consumers of the group each read their own partitions of `orders`.
      goal: (c) => {
        const g = c.snapshot.consumerGroups.find((x) => x.groupId === GROUP);
        return (
          actionsSince(c).some((a) => a.type === 'group.scale' && a.groupId === GROUP) &&
          (g?.members.filter((m) => m.assignment.length > 0).length ?? 0) >= 2
        );
      },
      solve: [{ type: 'group.scale', groupId: GROUP, members: 2 }, { waitMs: 500 }],
    },
  ],
};
