// Chapter 5: acks and min.insync.replicas — with acks=1 a leader failure loses acknowledged records;
// acks=all with min.insync.replicas=2 refuses writes (NOT_ENOUGH_REPLICAS) instead (KAFKA.md 1.5, 3.5).
import { defaultScenario } from '../../scenario';
import type { Acks, Scenario } from '../../model/scenarioTypes';
import type { GoalContext, Lesson } from '../types';
import { actionsSince, eventsSince } from '../types';
import { isDown, partition } from '../world';

const TOPIC = 'payments';
const TP = `${TOPIC}-0`;
/** Seed 4 assigns payments-0 the replicas [2,3,4] (see world): broker 2 leads. */
const LEADER = 2;
const FOLLOWERS = [3, 4] as const;

/**
 * Four brokers, payments-0 on three of them. Broker 1, the controller (it starts first), holds no
 * replica, so no failure here moves the controller.
 *
 * `zookeeper.session.timeout.ms` is lengthened from 3.6's 18000. A cut-off broker's session expires
 * one timeout after its last heartbeat (sent every third of it), so in the acks=1 step the followers
 * must be reconnected within a third to two thirds of it after the cut, or they leave the ISR before
 * the leader's crash is noticed. At 30 s the learner has at least 10 s; the text says so.
 */
function world(acks: Acks): Scenario {
  const s = defaultScenario();
  s.seed = 4;
  s.brokers = 4;
  s.brokerConfigs = { 'zookeeper.session.timeout.ms': 30_000 };
  s.topics = [{ name: TOPIC, partitions: 1, replicationFactor: 3, configs: {} }];
  s.producers = [{ id: 'producer-1', topic: TOPIC, recordsPerSec: 2, keys: [], configs: { acks } }];
  s.consumerGroups = [];
  return s;
}

function crashed(c: GoalContext, id: number): boolean {
  return (
    actionsSince(c).some((a) => a.type === 'broker.crash' && a.broker === id) &&
    isDown(c.snapshot, id)
  );
}

export const acksDurability: Lesson = {
  id: 'acks-durability',
  chapter: 5,
  steps: [
    {
      id: 'acks',
      scenario: () => world('1'),
      select: TP,
      highlight: ['producer-1', TP],
      panels: ['partitions', 'log'],
      solve: [{ waitMs: 4000 }],
    },
    {
      id: 'leader-dies',
      select: TP,
      highlight: [`broker-${LEADER}`, ...FOLLOWERS.map((id) => `broker-${id}`)],
      panels: ['brokers', 'log', 'invariants'],
      // The world fact: the controller elected a follower that lacks records the producer was
      // told were written (the model's data.loss), after the learner crashed the leader.
      goal: (c) =>
        crashed(c, LEADER) &&
        eventsSince(c).some((e) => e.kind === 'data.loss' && e.partition === TP),
      solve: [
        ...FOLLOWERS.map((broker) => ({ type: 'broker.isolate' as const, broker })),
        { waitMs: 3000 },
        { type: 'broker.crash', broker: LEADER },
        ...FOLLOWERS.map((broker) => ({ type: 'broker.reconnect' as const, broker })),
      ],
    },
    {
      id: 'lost',
      select: TP,
      highlight: [TP],
      panels: ['invariants', 'log'],
      play: false,
    },
    {
      id: 'min-isr',
      scenario: () => world('all'),
      select: TP,
      highlight: [TP],
      panels: ['configs', 'partitions'],
      goal: (c) =>
        actionsSince(c).some(
          (a) =>
            a.type === 'config.set' &&
            a.key === 'min.insync.replicas' &&
            (a.name === TOPIC || a.name === '') &&
            Number(a.value) === 2,
        ) &&
        eventsSince(c).some(
          (e) =>
            e.kind === 'config.changed' &&
            e.params.key === 'min.insync.replicas' &&
            String(e.params.value) === '2',
        ),
      solve: [
        { waitMs: 4000 },
        {
          type: 'config.set',
          entity: 'topic',
          name: TOPIC,
          key: 'min.insync.replicas',
          value: 2,
        },
      ],
    },
    {
      id: 'refuse',
      highlight: FOLLOWERS.map((id) => `broker-${id}`),
      panels: ['brokers', 'partitions', 'invariants'],
      // Refused, not lost: the ISR is the leader alone, the leader answers the producer
      // NOT_ENOUGH_REPLICAS, and nothing is lost. The producer's last error, not the timeline: the
      // timeline names only the first error of a streak, which may be REQUEST_TIMED_OUT (a write
      // waiting for a crashed follower still in the ISR) or NOT_ENOUGH_REPLICAS_AFTER_APPEND.
      goal: (c) => {
        const isr = partition(c.snapshot, TP)?.isr ?? [];
        return (
          FOLLOWERS.every((id) => crashed(c, id)) &&
          isr.length === 1 &&
          isr[0] === LEADER &&
          c.snapshot.producers.some((p) => p.lastError === 'NOT_ENOUGH_REPLICAS') &&
          !eventsSince(c).some((e) => e.kind === 'data.loss')
        );
      },
      solve: FOLLOWERS.map((broker) => ({ type: 'broker.crash' as const, broker })),
    },
    {
      id: 'compare',
      panels: ['durability'],
      play: false,
    },
    {
      id: 'wrap-up',
      highlight: [TP],
      panels: ['partitions'],
      play: false,
    },
  ],
};
