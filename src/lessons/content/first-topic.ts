// Chapter 4: a topic, a producer and a consumer on the broker started in install-and-start.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Lesson } from '../types';
import { ctrlC, emptyMachine, typed, typedSince } from '../terminal';
import { START_KAFKA, START_ZOOKEEPER } from './install-and-start';

const TOPIC = 'quickstart-events';
const BOOTSTRAP = '--bootstrap-server localhost:9092';
const GROUP = 'quickstart-group';

/** ZooKeeper in tab 1 and broker 0 in tab 2, as install-and-start left them. */
function runningMachine() {
  return emptyMachine([
    { at: 0, type: 'terminal.line', session: 0, line: START_ZOOKEEPER },
    { at: 0, type: 'zookeeper.start' },
    { at: 0, type: 'terminal.line', session: 1, line: START_KAFKA },
    {
      at: 0,
      type: 'broker.start',
      broker: 0,
      port: 9092,
      logDirs: '/tmp/kafka-logs',
      configs: { 'num.partitions': 1, 'default.replication.factor': 1 },
    },
  ]);
}

/** The highest position any consumer group has reached in the lesson's topic. */
function consumedUpTo(s: ClusterSnapshot, group?: string): number {
  let max = 0;
  for (const g of s.consumerGroups) {
    if (group !== undefined && g.groupId !== group) continue;
    for (const o of g.offsets) if (o.topic === TOPIC) max = Math.max(max, o.position);
  }
  return max;
}

function highWatermark(s: ClusterSnapshot): number {
  const p = s.topics.find((t) => t.name === TOPIC)?.partitions[0];
  return p?.replicaViews.find((r) => r.brokerId === p.leader)?.highWatermark ?? 0;
}

export const firstTopic: Lesson = {
  id: 'first-topic',
  chapter: 4,
  steps: [
    {
      id: 'create',
      scenario: runningMachine,
      panels: ['terminal'],
      goal: (c) => c.snapshot.topics.some((t) => t.name === TOPIC),
      // The broker needs a moment to start (a learner reads the step first).
      solve: [
        { waitMs: 2000 },
        typed(`bin/kafka-topics.sh --create --topic ${TOPIC} ${BOOTSTRAP}`, 2),
      ],
    },
    {
      id: 'describe',
      select: `${TOPIC}-0`,
      panels: ['terminal', 'partitions'],
      goal: (c) => typedSince(c, /kafka-topics\.sh/, /--describe/),
      solve: [typed(`bin/kafka-topics.sh --describe --topic ${TOPIC} ${BOOTSTRAP}`, 2)],
    },
    {
      id: 'produce',
      select: `${TOPIC}-0`,
      panels: ['terminal', 'log'],
      goal: (c) => highWatermark(c.snapshot) >= highWatermark(c.start) + 2,
      solve: [
        typed(`bin/kafka-console-producer.sh --topic ${TOPIC} ${BOOTSTRAP}`, 2),
        { waitMs: 500 },
        typed('This is my first event', 2),
        typed('This is my second event', 2),
        { waitMs: 1000 },
      ],
    },
    {
      id: 'consume',
      select: `${TOPIC}-0`,
      panels: ['terminal', 'log'],
      goal: (c) =>
        typedSince(c, /kafka-console-consumer\.sh/, /--from-beginning/) &&
        consumedUpTo(c.snapshot) >= highWatermark(c.snapshot) &&
        highWatermark(c.snapshot) > 0,
      solve: [
        ctrlC(2),
        typed(`bin/kafka-console-consumer.sh --topic ${TOPIC} --from-beginning ${BOOTSTRAP}`, 2),
        { waitMs: 3000 },
      ],
    },
    {
      id: 'group',
      panels: ['terminal', 'groups'],
      goal: (c) =>
        consumedUpTo(c.snapshot, GROUP) > 0 &&
        typedSince(c, /kafka-consumer-groups\.sh/, /--describe/, new RegExp(`--group ${GROUP}`)),
      solve: [
        ctrlC(2),
        typed(
          `bin/kafka-console-consumer.sh --topic ${TOPIC} --from-beginning --group ${GROUP} ${BOOTSTRAP}`,
          2,
        ),
        { waitMs: 3000 },
        ctrlC(2),
        { waitMs: 500 },
        typed(`bin/kafka-consumer-groups.sh ${BOOTSTRAP} --describe --group ${GROUP}`, 2),
      ],
    },
    {
      id: 'wrap',
      panels: ['terminal'],
    },
  ],
};
