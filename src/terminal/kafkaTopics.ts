// `bin/kafka-topics.sh`: parses argv as TopicCommand does, reaches the cluster through
// --bootstrap-server, then creates, lists, describes, alters or deletes topics from the snapshot
// (KAFKA.md 7.1, 7.2).
import { adminClientFailed } from './kafkaTopicsRun';
import { checkBootstrap } from './bootstrap';
import { alterPartitions, deleteTopics } from './kafkaTopicsAlter';
import { createTopic } from './kafkaTopicsCreate';
import { describeTopics, listTopics, selectTopics } from './kafkaTopicsDescribe';
import { checkArgs, TOPICS_OPTIONS } from './kafkaTopicsOptions';
import { topicError, TopicsRun } from './kafkaTopicsRun';
import { parseErrorText, parseOptions } from './options';
import type { Command, CommandResult } from './types';

/** The option names kafka-topics.sh accepts, for tab completion. */
export const KAFKA_TOPICS_OPTION_NAMES: readonly string[] = Object.keys(TOPICS_OPTIONS).map(
  (name) => `--${name}`,
);

export const kafkaTopics: Command = (args, ctx): CommandResult => {
  const parsed = parseOptions(args, TOPICS_OPTIONS);
  if (!parsed.ok) return { output: [parseErrorText(parsed.error)], exitCode: 1, actions: [] };
  const checked = checkArgs(args, parsed.options);
  if (checked) return { ...checked, actions: [] };
  const run = new TopicsRun(ctx, parsed.options);
  // OptionSet.valueOf on a repeated option (joptsimple's OptionException, caught by main).
  if (run.values('topic').length > 1)
    return topicError('Found multiple arguments for option topic, but you asked for only one');
  const reach = checkBootstrap(
    ctx,
    run.value('bootstrap-server')!,
    '[AdminClient clientId=adminclient-1]',
  );
  if (!reach.ok) {
    // TopicService makes its AdminClient outside main's try: the exception escapes.
    if (reach.kind === 'invalid')
      return { output: adminClientFailed(reach.output), exitCode: 1, actions: [] };
    // The AdminClient gives up after default.api.timeout.ms (60 s): --create calls createTopics,
    // every other action lists the topics first (TopicService.getTopics).
    const call = run.has('create') ? 'createTopics' : 'listTopics';
    const failed = topicError(`Timed out waiting for a node assignment. Call: ${call}`);
    return { ...failed, output: [...reach.output, ...failed.output] };
  }
  if (run.has('create')) return createTopic(run);
  if (run.has('list')) return listTopics(run);
  if (run.has('describe')) return describeTopics(run);
  // --alter and --delete: Kafka first requires the topic to exist (ensureTopicExists).
  const topics = selectTopics(run);
  if (typeof topics === 'string') return topicError(topics);
  // --if-exists and nothing matched: Kafka alters or deletes nothing and exits 0.
  if (topics.length === 0) return { output: [], exitCode: 0, actions: [] };
  return run.has('alter') ? alterPartitions(run, topics) : deleteTopics(run, topics);
};
