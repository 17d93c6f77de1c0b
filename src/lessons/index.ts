// The course: the notes' chapters in order, each with its lessons (ids are stable: they are in links).
import { clusterManagement } from './content/cluster-management';
import { controller } from './content/controller';
import { messaging } from './content/messaging';
import { couplingAndScale } from './content/coupling-and-scale';
import { whatIsKafka } from './content/what-is-kafka';
import { pipelineRole } from './content/pipeline-role';
import { whyKafka } from './content/why-kafka';
import { leaderElectionIsr } from './content/leader-election-isr';
import { leaderFollower } from './content/leader-follower';
import { noIsrUnclean } from './content/no-isr-unclean';
import { preferredLeader } from './content/preferred-leader';
import { whyCluster } from './content/why-cluster';
import { zookeeperRoles } from './content/zookeeper-roles';
import { coreConcepts } from './content/core-concepts';
import { storageSegments } from './content/storage-segments';
import { topicsPartitionsOffsets } from './content/topics-partitions-offsets';
import { installAndStart } from './content/install-and-start';
import { firstTopic } from './content/first-topic';
import { acksDurability } from './content/acks-durability';
import { consumerGroups } from './content/consumer-groups';
import type { Chapter, Lesson } from './types';

export type { Chapter, GoalContext, Lesson, PanelId, SolveStep, StepSpec } from './types';
export { actionsSince, eventsSince, HINT_AFTER_MS } from './types';

export const CHAPTERS: Chapter[] = [
  { number: 1, lessons: [messaging, couplingAndScale, whatIsKafka, pipelineRole, whyKafka] },
  { number: 2, lessons: [coreConcepts, topicsPartitionsOffsets, storageSegments] },
  {
    number: 3,
    lessons: [
      whyCluster,
      clusterManagement,
      zookeeperRoles,
      controller,
      leaderFollower,
      preferredLeader,
      leaderElectionIsr,
      noIsrUnclean,
    ],
  },
  { number: 4, lessons: [installAndStart, firstTopic] },
  { number: 5, lessons: [acksDurability, consumerGroups] },
];

export const ALL_LESSONS: Lesson[] = CHAPTERS.flatMap((c) => c.lessons);

export function lessonById(id: string): Lesson | null {
  return ALL_LESSONS.find((l) => l.id === id) ?? null;
}
