// Chapter 4: from an unpacked Kafka to a running ZooKeeper and broker, by typing the real commands.
import type { GoalContext, Lesson } from '../types';
import { actionsSince } from '../types';
import { ctrlC, emptyMachine, typed, typedSince } from '../terminal';

export const START_ZOOKEEPER = 'bin/zookeeper-server-start.sh config/zookeeper.properties';
export const START_KAFKA = 'bin/kafka-server-start.sh config/server.properties';

/** The last file saved since the step began sets num.partitions above 1, and a broker started after it. */
function restartedWithMorePartitions(c: GoalContext): boolean {
  const saved = actionsSince(c)
    .filter((a) => a.type === 'terminal.file' && a.path === 'config/server.properties')
    .at(-1);
  if (!saved || saved.type !== 'terminal.file') return false;
  const m = /^\s*num\.partitions\s*[=:]\s*(\d+)\s*$/m.exec(saved.content);
  if (!m || Number(m[1]) < 2) return false;
  return c.snapshot.brokers.some(
    (b) => b.state === 'online' && b.startedAt !== null && b.startedAt >= saved.at,
  );
}

export const installAndStart: Lesson = {
  id: 'install-and-start',
  chapter: 4,
  steps: [
    {
      id: 'unpack',
      scenario: () => emptyMachine(),
      panels: ['terminal'],
      goal: (c) => typedSince(c, /^ls( |$)/),
      solve: [typed('ls')],
      covers: ['4. Kafka 설치'],
    },
    {
      id: 'config',
      panels: ['terminal'],
      goal: (c) => typedSince(c, /^(cat|less|more) (\.\/)?config\/server\.properties$/),
      solve: [typed('cat config/server.properties')],
    },
    {
      id: 'zookeeper',
      highlight: ['zookeeper'],
      panels: ['terminal'],
      goal: (c) => c.snapshot.zookeeperRunning,
      solve: [typed(START_ZOOKEEPER), { waitMs: 500 }],
    },
    {
      id: 'broker',
      highlight: ['broker-0'],
      panels: ['terminal'],
      goal: (c) => c.snapshot.brokers.some((b) => b.state === 'online'),
      solve: [typed(START_KAFKA, 1), { waitMs: 3000 }],
    },
    {
      id: 'registered',
      highlight: ['zookeeper', 'broker-0'],
      panels: ['terminal', 'znodes'],
      goal: (c) => typedSince(c, /zookeeper-shell\.sh/, / ls \/brokers\/ids/),
      solve: [typed('bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids', 2)],
    },
    {
      id: 'edit',
      panels: ['terminal'],
      goal: restartedWithMorePartitions,
      solve: [
        {
          editFile: 'config/server.properties',
          from: /^num\.partitions=\d+$/m,
          to: 'num.partitions=3',
        },
        ctrlC(1),
        { waitMs: 500 },
        typed(START_KAFKA, 1),
        { waitMs: 3000 },
      ],
    },
    {
      id: 'running',
      panels: ['terminal'],
    },
  ],
};
