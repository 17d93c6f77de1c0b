// Chapter 2: topics, partitions and offsets — keys pick partitions (murmur2), offsets grow per partition.
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { Lesson } from '../types';
import { ackedHandRecords, consumedBy } from './core-concepts';

/** The key the lesson asks for; murmur2 sends it to partition 1 of 3 (KAFKA.md 1.4 method). */
const KEY = 'user-42';

/**
 * One topic of 3 partitions with one replica each (replication comes in chapter 3), a producer that
 * sends only what the learner produces, and a consumer that reads one record a second so its
 * position can be watched moving.
 */
function partitionsScenario(): Scenario {
  const s = defaultScenario();
  s.topics = [{ name: 'orders', partitions: 3, replicationFactor: 1, configs: {} }];
  for (const p of s.producers) {
    p.recordsPerSec = 0;
    p.keys = [];
  }
  for (const g of s.consumerGroups) g.recordsPerSecPerMember = 1;
  return s;
}

export const topicsPartitionsOffsets: Lesson = {
  id: 'topics-partitions-offsets',
  chapter: 2,
  steps: [
    {
      id: 'address',
      scenario: partitionsScenario,
      highlight: ['orders-0', 'orders-1', 'orders-2'],
      panels: ['partitions'],
      covers: [
        'Kafka의 토픽과 파티션',
        '토픽과 파티션',
        '토픽(topic): 메시지를 저장하는 논리적 단위, 택배를 찾을 때 주소 같은 느낌',
      ],
    },
    {
      id: 'keyed',
      panels: ['produce', 'keyPartition'],
      goal: (c) => ackedHandRecords(c).some((r) => r.key !== null),
      solve: [{ type: 'produce', topic: 'orders', key: KEY, value: 'first order' }],
      covers: ['파티션(Partition): 메시지를 병렬로 처리하기 위한 단위, 택배 창고 같은 느낌'],
    },
    {
      id: 'same-key',
      select: 'orders-1',
      panels: ['produce', 'keyPartition', 'log'],
      // The same key again: it must land in the partition the key went to before, at a later offset.
      goal: (c) => {
        const before = c.snapshot.producedRecords.filter(
          (r) => r.sentAt < c.since && r.key !== null,
        );
        return ackedHandRecords(c).some((r) =>
          before.some(
            (b) =>
              b.key === r.key &&
              b.offset !== null &&
              b.partition === r.partition &&
              (r.offset ?? -1) > b.offset,
          ),
        );
      },
      solve: [{ type: 'produce', topic: 'orders', key: KEY, value: 'second order' }],
      covers: ['오프셋(Offset) : 파티션의 데이터를 가리키는 숫자'],
    },
    {
      id: 'no-key',
      panels: ['produce', 'keyPartition'],
      goal: (c) => ackedHandRecords(c).filter((r) => r.key === null).length >= 2,
      solve: [
        { type: 'produce', topic: 'orders', key: null, value: 'no key 1' },
        { type: 'produce', topic: 'orders', key: null, value: 'no key 2' },
      ],
    },
    {
      id: 'order',
      panels: ['keyPartition', 'partitions'],
    },
    {
      id: 'position',
      select: 'orders-1',
      panels: ['log', 'produce'],
      goal: (c) => ackedHandRecords(c).some((r) => consumedBy(c, r)),
      solve: [{ type: 'produce', topic: 'orders', key: KEY, value: 'third order' }],
    },
  ],
};
