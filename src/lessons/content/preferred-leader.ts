// Chapter 3: preferred leaders — create a topic, read Kafka's round-robin assignment, fail over, and get leadership back.
import { defaultScenario } from '../../scenario';
import type { Scenario, ScenarioAction } from '../../model/scenarioTypes';
import type { ClusterSnapshot, TopicView } from '../../model/snapshotTypes';
import type { GoalContext, Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, isOnline } from '../world';

/**
 * An empty cluster of three brokers. The imbalance check runs every 30 s here instead of Kafka's
 * 300 s (leader.imbalance.check.interval.seconds, KAFKA.md 5.6) so the last step is short.
 */
function emptyCluster(): Scenario {
  const s = defaultScenario();
  s.topics = [];
  s.producers = [];
  s.consumerGroups = [];
  s.brokerConfigs = { 'leader.imbalance.check.interval.seconds': 30 };
  return s;
}

/** What the learner is asked to create (the form's defaults give 3 partitions, RF 3). */
const TOPIC = { name: 'payments', partitions: 6, replicationFactor: 3, configs: {} };

/**
 * The topic the learner created in this lesson (the world starts with none): the first one shaped
 * for it, so a learner whose first try had too few partitions can simply create another.
 */
function created(s: ClusterSnapshot): TopicView | undefined {
  return s.topics.find(usable);
}

/** Enough partitions to see the round robin, and a follower to fail over to. */
function usable(t: TopicView): boolean {
  return t.partitions.length >= 3 && t.partitions.every((p) => p.replicas.length >= 2);
}

/** The last broker the learner crashed in this lesson. */
function crashed(c: GoalContext): number | null {
  const crashes = c.scenario.actions.filter(
    (a): a is Extract<ScenarioAction, { type: 'broker.crash' }> => a.type === 'broker.crash',
  );
  return crashes.at(-1)?.broker ?? null;
}

/** Partitions of the created topic whose preferred leader (first replica) is broker `id`. */
function preferredBy(s: ClusterSnapshot, id: number) {
  return created(s)?.partitions.filter((p) => p.replicas[0] === id) ?? [];
}

export const preferredLeader: Lesson = {
  id: 'preferred-leader',
  chapter: 3,
  steps: [
    {
      id: 'create',
      scenario: emptyCluster,
      panels: ['createTopic', 'partitions'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'topic.create') &&
        (created(c.snapshot)?.partitions.every((p) => p.leader !== null) ?? false),
      solve: [{ waitMs: 3000 }, { type: 'topic.create', topic: TOPIC }, { waitMs: 1000 }],
      covers: [
        'Kafka의 리더 선출',
        '선호 리더(Prefered Leader) : 파티션별로 가장 선호하는 리더, 기본적으로 Round Robin',
      ],
    },
    {
      id: 'roundRobin',
      panels: ['partitions', 'znodes'],
      covers: ['처음에는 선호 리더에 맞추어 리더가 결정됨'],
    },
    {
      id: 'crash',
      panels: ['brokers', 'partitions'],
      goal: (c) =>
        actionsSince(c).some(
          (a) =>
            a.type === 'broker.crash' &&
            isDown(c.snapshot, a.broker) &&
            preferredBy(c.snapshot, a.broker).length > 0,
        ),
      solve: (s) => [
        {
          type: 'broker.crash',
          broker: created(s)?.partitions[0]?.replicas[0] ?? 1,
        },
      ],
    },
    {
      id: 'failover',
      highlight: ['zookeeper'],
      panels: ['partitions', 'controller'],
      // Waits on the world: every partition the crashed broker preferred is led by another live broker.
      goal: (c) => {
        const down = crashed(c);
        if (down === null) return false;
        const mine = preferredBy(c.snapshot, down);
        return (
          mine.length > 0 &&
          mine.every(
            (p) => p.leader !== null && p.leader !== down && isOnline(c.snapshot, p.leader),
          )
        );
      },
      covers: ['Zookeeper와 Controller가 결정'],
    },
    {
      id: 'restart',
      panels: ['brokers', 'partitions'],
      goal: (c) => {
        const down = crashed(c);
        return (
          down !== null &&
          actionsSince(c).some((a) => a.type === 'broker.restart' && a.broker === down) &&
          isOnline(c.snapshot, down)
        );
      },
      solve: (s) => {
        const down = s.brokers.find((b) => b.state === 'crashed');
        return down ? [{ type: 'broker.restart', broker: down.id }] : [];
      },
    },
    {
      id: 'rebalance',
      panels: ['partitions'],
      // Waits on the world: a preferred election ran after the restart (even if the learner lingered
      // on the previous step) and every partition is led by its preferred leader again.
      goal: (c) => {
        const back = c.scenario.actions.filter((a) => a.type === 'broker.restart').at(-1)?.at;
        const t = created(c.snapshot);
        return (
          back !== undefined &&
          t !== undefined &&
          c.events.some(
            (e) =>
              e.kind === 'leader.elected' &&
              e.params.election === 'preferred' &&
              e.at >= back &&
              e.at <= c.snapshot.now,
          ) &&
          t.partitions.every((p) => p.leader === p.replicas[0])
        );
      },
    },
  ],
};
