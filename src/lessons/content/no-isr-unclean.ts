// Chapter 3: when no replica is in sync — the partition goes offline, then an unclean leader
// election trades acknowledged records for availability, and the old leader truncates to the new one.
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot, ReplicaView } from '../../model/snapshotTypes';
import type { GoalContext, Lesson } from '../types';
import { actionsSince, eventsSince } from '../types';
import { isDown, isOnline, partition } from '../world';

const TOPIC = 'payments';
const TP = `${TOPIC}-0`;
/** Seed 4 assigns payments-0 the replicas [2,3,4]: leader 2, then 3, then 4 (see paymentsWorld). */
const LEADER = 2;
/** Dies first, so it holds the least data, and comes first after the leader in the assignment. */
const FIRST = 3;
const SECOND = 4;

/**
 * Four brokers, payments-0 on three of them. Seed 4 gives the replicas [2,3,4]; broker 1, the
 * controller (it starts first), holds none, so no crash here moves the controller.
 * acks=all (Kafka 3.x's default, KIP-679) with min.insync.replicas=1 (the default): once the ISR
 * is just the leader, "all" means the leader alone and writes are still acknowledged (KAFKA.md 1.5, 3.5).
 */
function paymentsWorld(): Scenario {
  const s = defaultScenario();
  s.seed = 4;
  s.brokers = 4;
  // Shortened from 3.6's 18000 (6000 was the default up to 2.4; KAFKA.md 4.2); the text says so.
  s.brokerConfigs = { 'zookeeper.session.timeout.ms': 6000 };
  s.topics = [{ name: TOPIC, partitions: 1, replicationFactor: 3, configs: {} }];
  s.producers = [
    { id: 'producer-1', topic: TOPIC, recordsPerSec: 1, keys: [], configs: { acks: 'all' } },
  ];
  s.consumerGroups = [];
  return s;
}

function replica(s: ClusterSnapshot, id: number): ReplicaView | undefined {
  return partition(s, TP)?.replicaViews.find((r) => r.brokerId === id);
}

function crashed(c: GoalContext, id: number): boolean {
  return (
    actionsSince(c).some((a) => a.type === 'broker.crash' && a.broker === id) &&
    isDown(c.snapshot, id)
  );
}

export const noIsrUnclean: Lesson = {
  id: 'no-isr-unclean',
  chapter: 3,
  steps: [
    {
      id: 'setup',
      scenario: paymentsWorld,
      select: TP,
      highlight: [TP],
      panels: ['partitions', 'log'],
      solve: [{ waitMs: 4000 }],
    },
    {
      id: 'first-follower',
      highlight: [`broker-${FIRST}`],
      panels: ['brokers', 'partitions'],
      goal: (c) => crashed(c, FIRST) && !(partition(c.snapshot, TP)?.isr ?? []).includes(FIRST),
      solve: [{ type: 'broker.crash', broker: FIRST }, { waitMs: 4000 }],
    },
    {
      id: 'second-follower',
      select: TP,
      highlight: [`broker-${SECOND}`],
      panels: ['brokers', 'partitions', 'log'],
      // Its effect: the ISR is the leader alone, and the leader acknowledged a record beyond
      // everything the crashed followers hold.
      goal: (c) => {
        const isr = partition(c.snapshot, TP)?.isr ?? [];
        const end = Math.max(
          replica(c.snapshot, FIRST)?.logEndOffset ?? 0,
          replica(c.snapshot, SECOND)?.logEndOffset ?? 0,
        );
        return (
          crashed(c, SECOND) &&
          isr.length === 1 &&
          isr[0] === LEADER &&
          c.snapshot.producedRecords.some(
            (r) => r.topic === TOPIC && r.fate === 'acknowledged' && (r.offset ?? -1) >= end,
          )
        );
      },
      solve: [{ type: 'broker.crash', broker: SECOND }, { waitMs: 4000 }],
    },
    {
      id: 'leader-dies',
      highlight: [`broker-${LEADER}`, TP],
      panels: ['brokers', 'partitions'],
      goal: (c) => crashed(c, LEADER) && partition(c.snapshot, TP)?.leader === null,
      solve: [{ type: 'broker.crash', broker: LEADER }],
    },
    {
      id: 'wait-for-isr',
      highlight: [TP],
      panels: ['brokers', 'partitions', 'uncleanCompare'],
      goal: (c) => {
        const restarted = new Set(
          actionsSince(c).flatMap((a) => (a.type === 'broker.restart' ? [a.broker] : [])),
        );
        return (
          [FIRST, SECOND].every((id) => restarted.has(id) && isOnline(c.snapshot, id)) &&
          partition(c.snapshot, TP)?.leader === null
        );
      },
      solve: [
        { type: 'broker.restart', broker: FIRST },
        { type: 'broker.restart', broker: SECOND },
      ],
      covers: ['팔로워 중 ISR이 없는 경우 ISR이 나타날때 까지 기다림(혹은 리더가 복구)'],
    },
    {
      id: 'unclean-on',
      highlight: [TP],
      panels: ['configs', 'partitions', 'uncleanCompare'],
      goal: (c) =>
        actionsSince(c).some(
          (a) =>
            a.type === 'config.set' &&
            a.key === 'unclean.leader.election.enable' &&
            (a.value === true || a.value === 'true'),
        ) &&
        eventsSince(c).some(
          (e) =>
            e.kind === 'leader.elected' && e.partition === TP && e.params.election === 'unclean',
        ) &&
        partition(c.snapshot, TP)?.leader !== null,
      solve: [
        {
          type: 'config.set',
          entity: 'topic',
          name: TOPIC,
          key: 'unclean.leader.election.enable',
          value: true,
        },
      ],
      covers: [
        'unclean, leader, election, enable = true 옵션 사용시 그나마 가장 최신 데이터를 가진 팔로워가 리더가 됨',
      ],
    },
    {
      id: 'compare',
      select: TP,
      highlight: [TP],
      panels: ['uncleanCompare', 'partitions'],
    },
    {
      id: 'old-leader',
      select: TP,
      highlight: [`broker-${LEADER}`],
      panels: ['brokers', 'uncleanCompare', 'partitions'],
      goal: (c) => {
        const was = replica(c.start, LEADER)?.truncations.length ?? 0;
        const now = replica(c.snapshot, LEADER);
        return (
          actionsSince(c).some((a) => a.type === 'broker.restart' && a.broker === LEADER) &&
          now?.role === 'follower' &&
          now.truncations.length > was
        );
      },
      solve: [{ type: 'broker.restart', broker: LEADER }],
      covers: [
        'unclean, leader, election, enable = true 옵션 사용시 원래 브로커가 복구된다해도 팔로워로 참여',
      ],
    },
    {
      id: 'trust',
      select: TP,
      panels: ['uncleanCompare', 'log'],
      covers: ['카프카는 리더의 데이터를 절대적으로 신뢰함'],
    },
  ],
};
