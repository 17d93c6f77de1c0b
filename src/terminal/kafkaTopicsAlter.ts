// `kafka-topics.sh --alter --partitions N` and `--delete` over the topics --topic matched: the broker's
// checks with its texts (ZkAdminManager.createPartitions / deleteTopics), then learner actions. Both
// print nothing on success (TopicCommand.TopicService.alterTopic / deleteTopic, K@3.6).
import type { TopicView } from '../model/snapshotTypes';
import { SIMULATOR_LIMITS } from '../scenario/defaults';
import { liveBrokerIds } from './cluster';
import { topicError, type TopicsRun } from './kafkaTopicsRun';
import type { CommandResult } from './types';
import type { LearnerAction } from '../model/simulationTypes';

/** /admin/delete_topics/<topic>: the controller has been asked to delete it (AdminZkClient.deleteTopic). */
export function markedForDeletion(run: TopicsRun, topic: string): boolean {
  const path = `/admin/delete_topics/${topic}`;
  return run.ctx.snapshot.zookeeper.znodes.some((z) => z.path === path);
}

/** The broker's answer for one topic: null when it may grow to `count`, else the error message. */
function createPartitionsError(run: TopicsRun, topic: TopicView, count: number): string | null {
  // KafkaApis.handleCreatePartitionsRequest: a topic queued for deletion is refused first.
  if (markedForDeletion(run, topic.name)) return 'The topic is queued for deletion.';
  const old = topic.partitions.length;
  if (count < old)
    return `Topic currently has ${old} partitions, which is higher than the requested ${count}.`;
  if (count === old) return `Topic already has ${old} partitions.`;
  // AdminUtils.assignReplicasToBrokers for the new partitions (InvalidReplicationFactorException).
  const rf = topic.partitions[0]?.replicas.length ?? 1;
  const live = liveBrokerIds(run.ctx.snapshot).length;
  if (rf > live) return `Replication factor: ${rf} larger than available brokers: ${live}.`;
  return null;
}

/**
 * createPartitions for every matched topic: each topic succeeds or fails alone; the tool then
 * prints the first failure (`all().get()`) and exits 1. Teaching simplification: "first" is the
 * first in name order (Kafka's is the order of its futures map).
 */
export function alterPartitions(run: TopicsRun, topics: readonly TopicView[]): CommandResult {
  const count = run.integer('partitions');
  if (typeof count === 'string') return topicError(count);
  if (count === undefined) return topicError('Missing required argument "[partitions]"');
  if (run.has('replica-assignment'))
    return run.unsupported('--alter --replica-assignment (choosing brokers by hand)');
  const max = SIMULATOR_LIMITS.partitions.max;
  if (count > max) {
    return run.plainError(
      `This simulator draws at most ${max} partitions per topic; ask for ${max} or fewer. Nothing was changed.`,
    );
  }
  const actions: LearnerAction[] = [];
  let firstError: string | null = null;
  for (const topic of topics) {
    const error = createPartitionsError(run, topic, count);
    if (error === null)
      actions.push({ type: 'topic.addPartitions', topic: topic.name, partitions: count });
    else firstError ??= error;
  }
  if (firstError !== null) return { ...topicError(firstError), actions };
  return { output: [], exitCode: 0, actions };
}

/**
 * deleteTopics: AdminZkClient.deleteTopic writes /admin/delete_topics/<topic>; one already marked
 * is swallowed (TopicAlreadyMarkedForDeletionException), so nothing is asked twice.
 */
export function deleteTopics(run: TopicsRun, topics: readonly TopicView[]): CommandResult {
  const actions: LearnerAction[] = topics
    .filter((t) => !markedForDeletion(run, t.name))
    .map((t) => ({ type: 'topic.delete', topic: t.name }));
  return { output: [], exitCode: 0, actions };
}
