// `bin/kafka-topics.sh`: parses argv as TopicCommand does, then creates, lists or describes topics
// from the snapshot (KAFKA.md 7.1, 7.2). --alter and --delete are checked, then refused plainly.
import { createTopic } from './kafkaTopicsCreate';
import { describeTopics, listTopics, selectTopics } from './kafkaTopicsDescribe';
import { checkArgs, TOPICS_OPTIONS } from './kafkaTopicsOptions';
import { topicError, TopicsRun } from './kafkaTopicsRun';
import { parseErrorText, parseOptions } from './options';
import type { Command, CommandResult } from './types';

export const kafkaTopics: Command = (args, ctx): CommandResult => {
  const parsed = parseOptions(args, TOPICS_OPTIONS);
  if (!parsed.ok) return { output: [parseErrorText(parsed.error)], exitCode: 1, actions: [] };
  const checked = checkArgs(args, parsed.options);
  if (checked) return { ...checked, actions: [] };
  const run = new TopicsRun(ctx, parsed.options);
  // OptionSet.valueOf on a repeated option (joptsimple's OptionException, caught by main).
  if (run.values('topic').length > 1)
    return topicError('Found multiple arguments for option topic, but you asked for only one');
  if (run.has('create')) return createTopic(run);
  if (run.has('list')) return listTopics(run);
  if (run.has('describe')) return describeTopics(run);
  // --alter and --delete: Kafka first requires the topic to exist (ensureTopicExists).
  const topics = selectTopics(run);
  if (typeof topics === 'string') return topicError(topics);
  // --if-exists and nothing matched: Kafka alters or deletes nothing and exits 0.
  if (topics.length === 0) return { output: [], exitCode: 0, actions: [] };
  if (run.has('alter')) {
    const partitions = run.integer('partitions');
    if (typeof partitions === 'string') return topicError(partitions);
    return run.unsupported('--alter --partitions (adding partitions to a topic)');
  }
  return run.unsupported('--delete (deleting a topic)');
};
