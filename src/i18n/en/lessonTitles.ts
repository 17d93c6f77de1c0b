// English titles and one-line summaries of the lessons, by lesson id: all the course page needs,
// kept apart from the step texts so those load with the lesson page only.
import type { LessonTitles } from '../lessonTitles';

export const enLessonTitles: LessonTitles = {
  'why-cluster': {
    title: 'Why a cluster',
    summary:
      'One topic kept on a single broker, one kept on three. Crash a broker and see which one keeps going.',
  },
  'cluster-management': {
    title: 'Managing a cluster',
    summary:
      'The metadata every broker must agree on, and how it changes when a broker fails and returns.',
  },
  'zookeeper-roles': {
    title: 'Kafka and ZooKeeper',
    summary:
      'The znode tree that holds the cluster’s shared state, sessions as health checks, and what a crash deletes.',
  },
  controller: {
    title: 'The controller',
    summary: 'One broker manages the cluster. Crash it and watch another take over.',
  },
  messaging: {
    title: 'What is a messaging system?',
    summary:
      'Producer, broker, consumer. Take the consumer offline and see what a broker keeps for it.',
  },
  'coupling-and-scale': {
    title: 'Loose coupling and scale',
    summary:
      'Add a producer without touching the consumers, then add consumers and watch the throughput climb until partitions run out.',
  },
  'what-is-kafka': {
    title: 'What is Kafka?',
    summary:
      'Brokers, topics and partitions: create a topic and watch its records fan out over partitions on different brokers.',
  },
  'pipeline-role': {
    title: 'Kafka in a data pipeline',
    summary: 'Sources stream into topics; sinks read them independently, each at its own pace.',
  },
  'why-kafka': {
    title: 'Why Kafka',
    summary:
      'High performance, scalability, fault tolerance, retention and many readers: one thing to try for each.',
  },
  'leader-follower': {
    title: 'Leaders and followers',
    summary:
      'One partition’s replicas side by side: the leader, the followers copying it, and the high watermark consumers read up to.',
  },
  'preferred-leader': {
    title: 'Preferred leaders',
    summary:
      'Create a topic and read Kafka’s round-robin replica assignment; after a failover, leadership returns to the preferred leader.',
  },
  'leader-election-isr': {
    title: 'Leader election and the ISR',
    summary:
      'A follower falls behind and leaves the ISR; the leader dies; the new leader is the first in-sync replica in the list.',
  },
  'no-isr-unclean': {
    title: 'When no replica is in sync (unclean leader election)',
    summary:
      'Every in-sync replica is gone: wait offline, or let an out-of-sync replica lead and lose acknowledged records.',
  },
  'core-concepts': {
    title: 'The cast',
    summary:
      'Meet the seven parts of Kafka by using them: send a record, read it, crash a broker, watch ZooKeeper notice.',
  },
  'topics-partitions-offsets': {
    title: 'Topics, partitions and offsets',
    summary:
      'Send records with and without keys: see which partition each one lands in, the offset it gets, and a consumer moving along the offsets.',
  },
  'storage-segments': {
    title: 'How Kafka stores data',
    summary:
      'Open a partition’s directory on disk: segment files named by their base offset, and a new segment when the active one is full.',
  },
  'install-and-start': {
    title: 'Install and start',
    summary: 'Start ZooKeeper and a Kafka broker from a terminal, with the real commands.',
  },
  'first-topic': {
    title: 'Your first topic',
    summary:
      'Create a topic, write events with the console producer, read them with the console consumer.',
  },
  'acks-durability': {
    title: 'acks and min.insync.replicas',
    summary:
      'With acks=1 a leader failure loses acknowledged records; acks=all with min.insync.replicas=2 refuses the writes instead.',
  },
  'consumer-groups': {
    title: 'Consumer groups and rebalancing',
    summary:
      'Add and remove consumers and watch partitions move; stop the app and resume from its committed offsets; hand partitions over cooperatively.',
  },
};
