// `kafka-configs.sh --describe` for topics and brokers: describeResourceConfig's headers and lines
// (K@3.6 ConfigCommand.scala), entries from the snapshot.
import { validateTopicName } from '../model/algorithms/topicName';
import { liveBrokerIds } from './cluster';
import {
  brokerDefaultEntries,
  brokerEntries,
  entryLine,
  topicEntries,
} from './kafkaConfigsEntries';
import type { ConfigsRun } from './kafkaConfigsRun';
import type { CommandResult } from './types';

/** The entities described: the one named, else every topic (sorted) or every broker then the default. */
function entitiesToDescribe(run: ConfigsRun, type: string): string[] {
  const name = run.entities.names[0];
  if (name !== undefined) return [name];
  if (type === 'topics') return run.ctx.snapshot.topics.map((t) => t.name).sort();
  return [...liveBrokerIds(run.ctx.snapshot).map(String), ''];
}

export function describeConfigs(run: ConfigsRun): CommandResult {
  const type = run.entities.types[0]!;
  const all = run.has('all');
  const output: string[] = [];
  for (const entity of entitiesToDescribe(run, type)) {
    output.push(
      entity === ''
        ? `Default configs for ${type} in the cluster are:`
        : `${all ? 'All' : 'Dynamic'} configs for ${type.slice(0, -1)} ${entity} are:`,
    );
    if (type === 'brokers') {
      if (entity === '') output.push(...brokerDefaultEntries(run.ctx).map(entryLine));
      // DescribeConfigs for one broker goes to that broker; a dead one never answers.
      else if (!run.brokerLive(entity)) return run.timedOut(output);
      else output.push(...brokerEntries(run.ctx, all).map(entryLine));
      continue;
    }
    // getResourceConfig checks the name first (Topic.validate); the broker checks it for ''.
    const invalid = validateTopicName(entity);
    if (invalid !== null) {
      return entity === ''
        ? run.failedCall('InvalidTopicException', invalid, output)
        : run.uncaught(`org.apache.kafka.common.errors.InvalidTopicException: ${invalid}`, output);
    }
    const topic = run.ctx.snapshot.topics.find((t) => t.name === entity);
    // ConfigHelper.describeConfigs answers UNKNOWN_TOPIC_OR_PARTITION with no message.
    if (!topic)
      return run.failedCall(
        'UnknownTopicOrPartitionException',
        'This server does not host this topic-partition.',
        output,
      );
    output.push(...topicEntries(run.ctx, topic, all).map(entryLine));
  }
  if (output.some((l) => l.startsWith('All configs for ')))
    output.push('(This simulator lists only the configs it models.)');
  return { output, exitCode: 0, actions: [] };
}
