// Chapter 2: the cast — producer, topic, partition, consumer, broker, ZooKeeper and the cluster, each met by doing.
import type { ProducedRecordView } from '../../model/snapshotTypes';
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { GoalContext, Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown } from '../world';

/** The broker the lesson crashes: it leads orders-2 and is not the controller (broker 1) in this seed. */
const CRASHED = 2;

/** The default cluster with a producer that sends only what the learner produces by hand. */
function quietScenario(): Scenario {
  const s = defaultScenario();
  for (const p of s.producers) {
    p.recordsPerSec = 0;
    p.keys = [];
  }
  return s;
}

/**
 * The ledger entries of the records the learner produced by hand since the step began: a hand
 * record is sent at the action's time by the action's producer (the first one by default).
 */
export function handRecordsSince(c: GoalContext): ProducedRecordView[] {
  const firstProducer = c.snapshot.producers[0]?.id;
  const out: ProducedRecordView[] = [];
  for (const a of actionsSince(c)) {
    if (a.type !== 'produce') continue;
    const producer = a.producer ?? firstProducer;
    const r = c.snapshot.producedRecords.find(
      (x) =>
        x.sentAt === a.at && x.producerId === producer && x.key === a.key && x.value === a.value,
    );
    if (r) out.push(r);
  }
  return out;
}

/** Acknowledged hand records since the step began (they have an offset). */
export function ackedHandRecords(c: GoalContext): ProducedRecordView[] {
  return handRecordsSince(c).filter((r) => r.fate === 'acknowledged' && r.offset !== null);
}

/** True once a consumer group's position on the record's partition has moved past its offset. */
export function consumedBy(c: GoalContext, r: ProducedRecordView): boolean {
  return c.snapshot.consumerGroups.some((g) =>
    g.offsets.some(
      (o) =>
        o.topic === r.topic && o.partition === r.partition && o.position > (r.offset ?? Infinity),
    ),
  );
}

export const coreConcepts: Lesson = {
  id: 'core-concepts',
  chapter: 2,
  steps: [
    {
      id: 'cast',
      scenario: quietScenario,
      panels: ['glossary'],
      covers: ['2. Kafka의 기본 구조 및 동작 원리', 'Kafka의 핵심 개념', '주요 개념 요약'],
    },
    {
      id: 'producer',
      highlight: ['producer-1'],
      // The producer panel: the record sent, then acknowledged with its partition and offset.
      panels: ['produce', 'producer', 'glossary'],
      goal: (c) => ackedHandRecords(c).length > 0,
      solve: [{ type: 'produce', topic: 'orders', key: null, value: 'hello' }],
      covers: ['생산자(Producer) : 메시지를 브로커에 전송'],
    },
    {
      id: 'topic-partition',
      highlight: ['orders-0', 'orders-1', 'orders-2'],
      panels: ['partitions', 'glossary'],
      covers: [
        '토픽(Topic) : 메시지를 저장하는 논리적 단위, 택배를 찾을 때 주소 같은 느낌',
        '파티션(Partition) : 메시지를 병렬로 처리하기 위한 단위, 큐와 유사함, 택배 창고 같은 느낌',
      ],
    },
    {
      id: 'consumer',
      highlight: ['group-orders-app'],
      // The groups panel: the group's position in each partition, moving past the record.
      panels: ['produce', 'groupsBasic', 'glossary'],
      goal: (c) => ackedHandRecords(c).some((r) => consumedBy(c, r)),
      solve: [{ type: 'produce', topic: 'orders', key: null, value: 'world' }],
      covers: ['소비자(Consumer) : 브로커에서 메시지를 소비'],
    },
    {
      id: 'broker',
      highlight: [`broker-${CRASHED}`],
      panels: ['brokers', 'glossary'],
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'broker.crash' && a.broker === CRASHED && isDown(c.snapshot, CRASHED),
        ),
      solve: [{ type: 'broker.crash', broker: CRASHED }],
      covers: ['브로커(Broker) : 메시지를 관리하는 Kafka의 서버'],
    },
    {
      id: 'zookeeper',
      highlight: ['zookeeper'],
      panels: ['partitions', 'glossary'],
      // ZooKeeper noticed (the broker's ephemeral /brokers/ids znode is gone) and no partition is
      // led by the crashed broker any more: the controller moved its leaderships.
      goal: (c) =>
        isDown(c.snapshot, CRASHED) &&
        !c.snapshot.zookeeper.znodes.some((z) => z.path === `/brokers/ids/${CRASHED}`) &&
        c.snapshot.topics.every((t) => t.partitions.every((p) => p.leader !== CRASHED)),
      solve: [{ waitMs: 20_000 }],
      covers: ['Zookeeper : Kafka의 클러스터를 관리해주는 분산 관리 시스템'],
    },
    {
      id: 'cluster',
      panels: ['produce', 'glossary'],
      goal: (c) => isDown(c.snapshot, CRASHED) && ackedHandRecords(c).length > 0,
      solve: [{ type: 'produce', topic: 'orders', key: 'user-42', value: 'still here' }],
      covers: ['클러스터(Cluster) : 함께 동작하는 Kafka 서버 집단'],
    },
  ],
};
