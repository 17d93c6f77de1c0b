// Chapter 1: why Kafka — one interaction per advantage: rewind a group and re-read (retention), add a
// second group that reads the same data (many readers), crash a broker and keep going (fault tolerance).
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { defaultScenario } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, nonController } from '../world';

const GROUP = 'orders-app';
const BROKERS = ['broker-1', 'broker-2', 'broker-3'];

/**
 * The sandbox's world: 3 brokers, `orders` with 3 partitions of 3 copies each. The ZooKeeper session
 * timeout is shortened to 6 s (Kafka's default until 2.4; 18 s since 2.5, KIP-537) so a crash is
 * noticed quickly.
 */
function world(): Scenario {
  const s = defaultScenario();
  s.brokerConfigs = { 'zookeeper.session.timeout.ms': 6000 };
  return s;
}

function group(s: ClusterSnapshot, id = GROUP) {
  return s.consumerGroups.find((g) => g.groupId === id);
}

/** Records readable in `orders`: the leaders' high watermarks, summed. */
function readable(s: ClusterSnapshot): number {
  const t = s.topics.find((x) => x.name === 'orders');
  return (t?.partitions ?? []).reduce((sum, p) => {
    const leader = p.replicaViews.find((r) => r.brokerId === p.leader);
    return sum + (leader?.highWatermark ?? 0);
  }, 0);
}

export const whyKafka: Lesson = {
  id: 'why-kafka',
  chapter: 1,
  steps: [
    {
      id: 'reasons',
      scenario: world,
      // The cluster starts (brokers register, a controller is elected) before the first action.
      solve: [{ waitMs: 4000 }],
      covers: ['카프카의 장점', '카프카를 쓰는 이유'],
    },
    {
      id: 'performance',
      panels: ['throughput'],
      covers: ['고성능 : 초당 수백만개의 메시지 처리 가능'],
    },
    {
      id: 'scalability',
      highlight: BROKERS,
      panels: ['partitions'],
      covers: ['확장성 : 분산 구조로 인해 뛰어난 확장성'],
    },
    {
      id: 'rewind',
      highlight: [`group-${GROUP}`],
      panels: ['groupsBasic'],
      covers: ['메시지 유지 : 메시지를 장기간 보관 가능 -> 데이터를 다시 읽는 것도 가능'],
      // Reset to the earliest offsets went through: the stopped group now stands at offset 0.
      goal: (c) => {
        const g = group(c.snapshot);
        return (
          actionsSince(c).some((a) => a.type === 'group.resetOffsets' && a.groupId === GROUP) &&
          g !== undefined &&
          g.members.length === 0 &&
          g.offsets.length > 0 &&
          g.offsets.every((o) => o.position === 0 && o.committed === 0)
        );
      },
      solve: [
        { type: 'group.scale', groupId: GROUP, members: 0 },
        { waitMs: 500 },
        { type: 'group.resetOffsets', groupId: GROUP, to: 'earliest' },
        { waitMs: 200 },
      ],
    },
    {
      id: 'reread',
      highlight: [`group-${GROUP}`],
      panels: ['groupsBasic'],
      // Started again, it read every record that was in the log once more.
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'group.scale' && a.groupId === GROUP && a.members > 0,
        ) &&
        (group(c.snapshot)?.consumed ?? 0) - (group(c.start)?.consumed ?? 0) >= readable(c.start),
      solve: [{ type: 'group.scale', groupId: GROUP, members: 1 }, { waitMs: 2000 }],
    },
    {
      id: 'many-readers',
      panels: ['groupsBasic'],
      covers: ['이벤트 기반 구조 : 여러 유저가 같은 데이터 읽기 가능'],
      // A new group read the same records from the start, while orders-app kept its own place.
      goal: (c) => {
        const created = actionsSince(c).find((a) => a.type === 'group.create');
        if (!created || created.type !== 'group.create') return false;
        const g = group(c.snapshot, created.group.groupId);
        return (
          (g?.consumed ?? 0) >= readable(c.start) &&
          (group(c.snapshot)?.consumed ?? 0) > (group(c.start)?.consumed ?? 0)
        );
      },
      solve: [
        {
          type: 'group.create',
          group: {
            groupId: 'analytics',
            topics: ['orders'],
            members: 1,
            configs: { 'auto.offset.reset': 'earliest' },
          },
        },
        { waitMs: 2000 },
      ],
    },
    {
      id: 'fault',
      highlight: BROKERS,
      // The producer panel: the error it met while the leader was gone, then records acknowledged.
      panels: ['brokers', 'partitions', 'producer'],
      covers: ['내결함성 : 백업본을 관리와 모니터링을 통한 안정적인 장애 복구'],
      // A broker is down, every partition has a live leader again, and new records are acknowledged.
      goal: (c) => {
        const crash = actionsSince(c).find((a) => a.type === 'broker.crash');
        if (!crash || crash.type !== 'broker.crash' || !isDown(c.snapshot, crash.broker))
          return false;
        const orders = c.snapshot.topics.find((t) => t.name === 'orders');
        const led = (orders?.partitions ?? []).every(
          (p) => p.leader !== null && p.leader !== crash.broker,
        );
        const acked = c.snapshot.producedRecords.filter(
          (r) => r.sentAt > crash.at && r.fate === 'acknowledged',
        );
        return led && new Set(acked.map((r) => r.partition)).size === 3;
      },
      solve: (s) => [{ type: 'broker.crash', broker: nonController(s) }, { waitMs: 10_000 }],
    },
  ],
};
