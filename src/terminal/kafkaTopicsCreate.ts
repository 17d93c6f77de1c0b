// `kafka-topics.sh --create`: Kafka's checks in Kafka's order (TopicCommand.createTopic on the client,
// then the broker's ZkAdminManager.createTopics / AdminZkClient.validateTopicCreate), then a
// `topic.create` learner action and `Created topic X.` (KAFKA.md 7.2).
import { collisionWarning, hasCollision, validateTopicName } from '../model/algorithms/topicName';
import type { TopicSpec } from '../model/scenarioTypes';
import { KAFKA_DEFAULTS, SIMULATOR_LIMITS } from '../scenario/defaults';
import { brokerConfigsAt, liveBrokerIds } from './cluster';
import { topicError, type TopicsRun } from './kafkaTopicsRun';
import { readTopicConfigs } from './topicConfigs';
import type { CommandResult } from './types';

const SHORT_MAX = 32767;

export function createTopic(run: TopicsRun): CommandResult {
  const { ctx } = run;
  const name = run.value('topic')!;
  const partitions = run.integer('partitions');
  if (typeof partitions === 'string') return topicError(partitions);
  const rf = run.integer('replication-factor');
  if (typeof rf === 'string') return topicError(rf);
  if (run.has('replica-assignment')) {
    return run.unsupported('--replica-assignment (choosing brokers by hand)');
  }
  const read = readTopicConfigs(run.values('config'));
  if (!read.ok) return 'kafka' in read ? topicError(read.kafka) : run.plainError(read.simulator);

  const output: string[] = [];
  const warning = collisionWarning(name);
  if (warning !== null) output.push(warning);
  const fail = (message: string): CommandResult => ({
    ...topicError(message),
    output: [...output, ...topicError(message).output],
  });

  // TopicCommand.TopicService.createTopic, client side.
  if (rf !== undefined && (rf > SHORT_MAX || rf < 1))
    return fail(`The replication factor must be between 1 and ${SHORT_MAX} inclusive`);
  if (partitions !== undefined && partitions < 1)
    return fail('The partitions must be greater than 0');
  // KafkaAdminClient.createTopics: an empty name cannot even be sent.
  if (name === '') return fail("The given topic name '' cannot be represented in a request.");

  // The broker: existing topic, then replica assignment, then the name rules.
  const existing = ctx.snapshot.topics.map((t) => t.name);
  if (existing.includes(name)) {
    // --if-not-exists swallows only TopicExistsException (TopicCommand.createTopic).
    if (run.has('if-not-exists')) return { output, exitCode: 0, actions: [] };
    return fail(`Topic '${name}' already exists.`);
  }
  const broker = brokerConfigsAt(ctx);
  const nPartitions =
    partitions ?? Number(broker['num.partitions'] ?? KAFKA_DEFAULTS['num.partitions']);
  const nReplicas =
    rf ??
    Number(broker['default.replication.factor'] ?? KAFKA_DEFAULTS['default.replication.factor']);
  const live = liveBrokerIds(ctx.snapshot).length;
  // AdminUtils.assignReplicasToBrokers (InvalidReplicationFactorException).
  if (nReplicas > live)
    return fail(`Replication factor: ${nReplicas} larger than available brokers: ${live}.`);
  const invalidName = validateTopicName(name);
  if (invalidName !== null) return fail(invalidName);
  const colliding = existing.filter((other) => hasCollision(name, other));
  if (colliding.length > 0)
    return fail(`Topic '${name}' collides with existing topics: ${colliding.join(', ')}`);

  // Teaching simplification: the app's own bounds (SIMULATOR_LIMITS), not Kafka's.
  if (nPartitions > SIMULATOR_LIMITS.partitions.max) {
    return run.plainError(
      `This simulator draws at most ${SIMULATOR_LIMITS.partitions.max} partitions per topic; ask for ${SIMULATOR_LIMITS.partitions.max} or fewer.`,
      output,
    );
  }
  if (existing.length >= SIMULATOR_LIMITS.topics) {
    return run.plainError(
      `This simulator holds at most ${SIMULATOR_LIMITS.topics} topics; no topic was created.`,
      output,
    );
  }
  const topic: TopicSpec = {
    name,
    partitions: nPartitions,
    replicationFactor: nReplicas,
    configs: read.configs,
  };
  output.push(`Created topic ${name}.`);
  return { output, exitCode: 0, actions: [{ type: 'topic.create', topic }] };
}
