// English lesson texts by lesson id (the ids of src/lessons).
import type { LessonSteps } from '../../lessonText';
import { clusterManagement } from './cluster-management';
import { controller } from './controller';
import { messaging } from './messaging';
import { couplingAndScale } from './coupling-and-scale';
import { whatIsKafka } from './what-is-kafka';
import { pipelineRole } from './pipeline-role';
import { whyKafka } from './why-kafka';
import { leaderElectionIsr } from './leader-election-isr';
import { leaderFollower } from './leader-follower';
import { noIsrUnclean } from './no-isr-unclean';
import { preferredLeader } from './preferred-leader';
import { whyCluster } from './why-cluster';
import { zookeeperRoles } from './zookeeper-roles';
import { coreConcepts } from './core-concepts';
import { storageSegments } from './storage-segments';
import { topicsPartitionsOffsets } from './topics-partitions-offsets';
import { installAndStart } from './install-and-start';
import { firstTopic } from './first-topic';
import { acksDurability } from './acks-durability';
import { consumerGroups } from './consumer-groups';

export const enLessons: Record<string, LessonSteps> = {
  'why-cluster': whyCluster,
  'cluster-management': clusterManagement,
  'zookeeper-roles': zookeeperRoles,
  controller,
  messaging,
  'coupling-and-scale': couplingAndScale,
  'what-is-kafka': whatIsKafka,
  'pipeline-role': pipelineRole,
  'why-kafka': whyKafka,
  'leader-follower': leaderFollower,
  'preferred-leader': preferredLeader,
  'leader-election-isr': leaderElectionIsr,
  'no-isr-unclean': noIsrUnclean,
  'core-concepts': coreConcepts,
  'topics-partitions-offsets': topicsPartitionsOffsets,
  'storage-segments': storageSegments,
  'install-and-start': installAndStart,
  'first-topic': firstTopic,
  'acks-durability': acksDurability,
  'consumer-groups': consumerGroups,
};
