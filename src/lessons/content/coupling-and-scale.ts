// Chapter 1: the two traits the notes name — loose coupling (add a producer, nobody else changes) and
// scale (consumers of a group share partitions: more members read more, up to one per partition).
import type { ProducerSpec, Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import { SCENARIO_VERSION } from '../../scenario';
import type { GoalContext, Lesson } from '../types';
import { actionsSince } from '../types';

const GROUP = 'orders-app';
/** The application handles 5 records per second per consumer instance (not a Kafka setting). */
const PER_MEMBER = 5;

function producer(id: string): ProducerSpec {
  // murmur2 sends alice, dave and carol to partitions 0, 1 and 2 of 3: an even spread.
  return {
    id,
    topic: 'orders',
    recordsPerSec: 6,
    keys: ['alice', 'dave', 'carol'],
    configs: { acks: 'all' },
  };
}

/** Three brokers, each leading one of the three partitions of `orders` (one copy each). */
function world(): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: 11,
    brokers: 3,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 1, configs: {} }],
    producers: [producer('producer-1')],
    consumerGroups: [
      {
        groupId: GROUP,
        topics: ['orders'],
        members: 1,
        configs: { 'auto.offset.reset': 'earliest' },
        recordsPerSecPerMember: PER_MEMBER,
      },
    ],
    actions: [],
  };
}

function group(s: ClusterSnapshot) {
  return s.consumerGroups.find((g) => g.groupId === GROUP);
}

/** Mean records per second the group consumed over the last `n` completed seconds. */
function consumedRate(s: ClusterSnapshot, n: number): number {
  const last = s.throughput.slice(-n);
  if (last.length < n) return 0;
  return last.reduce((sum, x) => sum + (x.consumed[GROUP] ?? 0), 0) / n;
}

/** The learner scaled the group since the step began, and it now runs at least `n` consumers. */
function scaledTo(c: GoalContext, n: number): boolean {
  return (
    actionsSince(c).some(
      (a) => a.type === 'group.scale' && a.groupId === GROUP && a.members >= n,
    ) && (group(c.snapshot)?.members.length ?? 0) >= n
  );
}

export const couplingAndScale: Lesson = {
  id: 'coupling-and-scale',
  chapter: 1,
  steps: [
    {
      id: 'decoupled',
      scenario: world,
      // The cluster starts (brokers register, a controller is elected) before the first action.
      solve: [{ waitMs: 4000 }],
      panels: ['throughput', 'groupsBasic'],
      covers: ['메시징 시스템의 특징', '안정적인 구조 : 비동기적 방식이라 시스템간 결합이 느슨함'],
    },
    {
      id: 'add-producer',
      highlight: [`group-${GROUP}`],
      panels: ['throughput', 'groupsBasic'],
      // A second producer runs and writes, while the consumers were left exactly as they were.
      goal: (c) => {
        const added = actionsSince(c).find((a) => a.type === 'producer.create');
        if (!added || added.type !== 'producer.create') return false;
        const p = c.snapshot.producers.find((x) => x.id === added.producer.id);
        return (
          (p?.acknowledged ?? 0) >= 3 &&
          group(c.snapshot)?.members.length === group(c.start)?.members.length
        );
      },
      solve: [{ type: 'producer.create', producer: producer('producer-2') }, { waitMs: 2000 }],
    },
    {
      id: 'scale-claim',
      highlight: ['broker-1', 'broker-2', 'broker-3'],
      panels: ['partitions', 'throughput'],
      covers: ['뛰어난 확장성 : 브로커만 추가하면 성능이 선형적으로 증가'],
    },
    {
      id: 'add-consumers',
      highlight: [`group-${GROUP}`],
      panels: ['throughput', 'groupsBasic'],
      // Three consumers, and the group reads faster than two consumers ever could (2 × 5/s).
      goal: (c) => scaledTo(c, 3) && consumedRate(c.snapshot, 3) > 2 * PER_MEMBER,
      solve: [
        { type: 'group.scale', groupId: GROUP, members: 2 },
        { type: 'group.scale', groupId: GROUP, members: 3 },
        { waitMs: 5000 },
      ],
    },
    {
      id: 'idle',
      highlight: [`group-${GROUP}`],
      panels: ['groupsBasic', 'throughput'],
      // A fourth consumer joined and got no partition.
      goal: (c) =>
        scaledTo(c, 4) &&
        (group(c.snapshot)?.members.some((m) => m.assignment.length === 0) ?? false),
      solve: [{ type: 'group.scale', groupId: GROUP, members: 4 }, { waitMs: 500 }],
    },
    {
      id: 'brokers',
      highlight: ['broker-1', 'broker-2', 'broker-3'],
      panels: ['partitions', 'throughput'],
      covers: ['뛰어난 확장성 : 브로커만 추가하면 성능이 선형적으로 증가'],
    },
  ],
};
