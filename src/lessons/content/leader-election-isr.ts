// Chapter 3: leader election and the ISR — a follower falls out of the ISR, the leader dies, and the
// new leader is the first replica in assignment order that is still in the ISR (KAFKA.md 5.3).
import { defaultScenario } from '../../scenario';
import type { Scenario } from '../../model/scenarioTypes';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, partition } from '../world';

const TP = 'orders-0';
/** The follower the learner isolates: second in the assignment, so the election must skip it. */
const LAGGER = 3;

/**
 * Four brokers, one partition on all four. Seed 4 assigns orders-0 the replicas [2,3,4,1]
 * (AdminUtils' random start index): the leader is 2, and broker 1 (the controller, which starts
 * first) comes last, so crashing the leader never moves the controller.
 */
function isrWorld(): Scenario {
  const s = defaultScenario();
  s.seed = 4;
  s.brokers = 4;
  // Shortened from Kafka's 30000 (KAFKA.md 3.3) so the ISR shrinks before the follower's
  // ZooKeeper session (18 s) expires; the lesson text says so.
  s.brokerConfigs = { 'replica.lag.time.max.ms': 10_000 };
  s.topics = [{ name: 'orders', partitions: 1, replicationFactor: 4, configs: {} }];
  s.producers = s.producers.map((p) => ({ ...p, recordsPerSec: 1 }));
  s.consumerGroups = [];
  return s;
}

function isr(s: ClusterSnapshot): number[] {
  return partition(s, TP)?.isr ?? [];
}

export const leaderElectionIsr: Lesson = {
  id: 'leader-election-isr',
  chapter: 3,
  steps: [
    {
      id: 'intro',
      scenario: isrWorld,
      select: TP,
      highlight: [TP],
      panels: ['partitions', 'log'],
      solve: [{ waitMs: 3000 }],
      covers: [
        '리더 선출(Leader Election) : 기존 리더 브로커가 사망했을 대 다음 리더를 뽑는 것',
        'ISR(In-Sync Replica) : 리더와 완전히 같은 값을 가진 팔로워',
      ],
    },
    {
      id: 'isolate',
      highlight: [`broker-${LAGGER}`],
      panels: ['brokers', 'partitions'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'broker.isolate' && a.broker === LAGGER) &&
        c.snapshot.brokers.some((b) => b.id === LAGGER && b.isolated),
      solve: [{ type: 'broker.isolate', broker: LAGGER }],
    },
    {
      id: 'shrink',
      select: TP,
      panels: ['partitions', 'log'],
      // A watch step: the state it waits for may already hold if the learner lingered before.
      goal: (c) =>
        !isr(c.snapshot).includes(LAGGER) &&
        c.events.some(
          (e) =>
            e.kind === 'isr.shrink' &&
            e.partition === TP &&
            String(e.params.from).split(',').includes(String(LAGGER)),
        ),
    },
    {
      id: 'crash',
      highlight: [TP],
      panels: ['brokers', 'partitions'],
      goal: (c) => {
        const leader = partition(c.start, TP)?.leader;
        return actionsSince(c).some(
          (a) => a.type === 'broker.crash' && a.broker === leader && isDown(c.snapshot, a.broker),
        );
      },
      solve: (s) => [{ type: 'broker.crash', broker: partition(s, TP)?.leader ?? 2 }],
    },
    {
      id: 'elect',
      select: TP,
      highlight: [TP],
      panels: ['partitions', 'log'],
      // A watch step: the election may already have happened while the learner read the last
      // step, so it looks at the whole run since the leader's crash, not only since this step.
      goal: (c) => {
        const crash = c.scenario.actions.findLast((a) => a.type === 'broker.crash');
        const leader = partition(c.snapshot, TP)?.leader ?? null;
        return (
          crash?.type === 'broker.crash' &&
          leader !== null &&
          leader !== crash.broker &&
          c.events.some(
            (e) =>
              e.kind === 'leader.elected' &&
              e.partition === TP &&
              e.at >= crash.at &&
              e.at <= c.snapshot.now,
          )
        );
      },
      covers: ['팔로워 중 ISR에 속한 것이 있는 경우 가장 빠른 순서가 리더가 됨'],
    },
    {
      id: 'order',
      highlight: [TP],
      panels: ['partitions'],
      play: false,
    },
    {
      id: 'rejoin',
      select: TP,
      highlight: [`broker-${LAGGER}`],
      panels: ['brokers', 'partitions', 'log'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'broker.reconnect' && a.broker === LAGGER) &&
        isr(c.snapshot).includes(LAGGER),
      solve: [{ type: 'broker.reconnect', broker: LAGGER }],
    },
  ],
};
