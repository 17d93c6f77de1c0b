// Reads `--config k=v` the way TopicCommand.parseTopicConfigsToBeAdded and LogConfig.validate do, with
// ConfigDef's messages; only the keys the simulator models become part of the TopicSpec.
import type { TopicConfigs } from '../model/scenarioTypes';
import { TOPIC_CONFIG_RULES } from '../scenario/configRules';

const INT_MAX = 2147483647;

/** Every topic config name of Kafka 3.6 (LogConfig.configNames); others are unknown to Kafka. */
export const KAFKA_TOPIC_CONFIG_NAMES: readonly string[] = [
  'cleanup.policy',
  'compression.type',
  'delete.retention.ms',
  'file.delete.delay.ms',
  'flush.messages',
  'flush.ms',
  'follower.replication.throttled.replicas',
  'index.interval.bytes',
  'leader.replication.throttled.replicas',
  'local.retention.bytes',
  'local.retention.ms',
  'max.compaction.lag.ms',
  'max.message.bytes',
  'message.downconversion.enable',
  'message.format.version',
  'message.timestamp.after.max.ms',
  'message.timestamp.before.max.ms',
  'message.timestamp.difference.max.ms',
  'message.timestamp.type',
  'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'preallocate',
  'remote.storage.enable',
  'retention.bytes',
  'retention.ms',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'segment.ms',
  'unclean.leader.election.enable',
];

export type ConfigReadResult =
  | { ok: true; configs: TopicConfigs }
  /** `kafka` is an exception message Kafka prints; `simulator` a plain-words limit of this app. */
  | { ok: false; kafka: string }
  | { ok: false; simulator: string };

/** ConfigException(name, value, message).getMessage (ConfigDef). */
const invalid = (name: string, value: string, why: string): ConfigReadResult => ({
  ok: false,
  kafka: `Invalid value ${value} for configuration ${name}: ${why}`,
});

export function readTopicConfigs(pairs: readonly string[]): ConfigReadResult {
  // `k=v` split on `\s*=\s*` as Java's String.split does (trailing empty parts dropped).
  const props = new Map<string, string>();
  for (const pair of pairs) {
    const parts = pair.split(/\s*=\s*/);
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    if (parts.length !== 2) {
      return {
        ok: false,
        kafka:
          'requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".',
      };
    }
    props.set(parts[0]!.trim(), parts[1]!.trim());
  }
  // LogConfig.validateNames first, then each value (ConfigDef.parse).
  for (const name of props.keys()) {
    if (!KAFKA_TOPIC_CONFIG_NAMES.includes(name))
      return { ok: false, kafka: `Unknown topic config name: ${name}` };
  }
  const configs: Record<string, number | boolean> = {};
  for (const [name, value] of props) {
    const rule = TOPIC_CONFIG_RULES[name];
    if (!rule) {
      return {
        ok: false,
        simulator: `This simulator does not model the topic config ${name} yet; it supports ${Object.keys(TOPIC_CONFIG_RULES).join(', ')}.`,
      };
    }
    if (rule.kind === 'boolean') {
      const v = value.toLowerCase();
      if (v !== 'true' && v !== 'false')
        return invalid(name, value, 'Expected value to be either true or false');
      configs[name] = v === 'true';
    } else if (rule.kind === 'number') {
      const type = rule.max === INT_MAX ? 'INT' : 'LONG';
      const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || (type === 'INT' && Math.abs(n) > INT_MAX))
        return invalid(name, value, `Not a number of type ${type}`);
      if (n < rule.min) return invalid(name, value, `Value must be at least ${rule.min}`);
      if (n > rule.max) return invalid(name, value, `Value must be no more than ${rule.max}`);
      configs[name] = n === 0 ? 0 : n;
    }
  }
  return { ok: true, configs: configs as TopicConfigs };
}
