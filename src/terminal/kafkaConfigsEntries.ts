// The config entries DescribeConfigs returns for a topic or a broker, with their synonyms, in the
// order ZkAdminManager/ConfigHelper builds them (createTopicConfigEntry, createBrokerConfigEntry,
// configSynonyms): per-broker dynamic, cluster-wide dynamic default, static (server.properties),
// then KafkaConfig's default.
import type { TopicView } from '../model/snapshotTypes';
import { KAFKA_DEFAULTS } from '../scenario/defaults';
import { TOPIC_CONFIG_RULES } from '../scenario/configRules';
import type { CommandContext } from './types';

type Value = string | number | boolean;

export interface ConfigEntry {
  name: string;
  value: string;
  /** `SOURCE:name=value`, most specific first. */
  synonyms: string[];
}

/** The broker settings in layers at `now`: server.properties (static) and dynamic defaults. */
export interface BrokerLayers {
  static: Record<string, Value>;
  dynamicDefault: Record<string, Value>;
}

export function brokerLayers(ctx: CommandContext): BrokerLayers {
  const layers: BrokerLayers = { static: { ...ctx.scenario.brokerConfigs }, dynamicDefault: {} };
  for (const a of ctx.scenario.actions) {
    if (a.at > ctx.snapshot.now) break;
    // kafka-server-start.sh: the file's settings apply to every broker (one set of broker settings).
    if (a.type === 'broker.start') Object.assign(layers.static, a.configs);
    if (a.type !== 'config.set' || a.entity !== 'broker') continue;
    if (a.value === null) delete layers.dynamicDefault[a.key];
    else layers.dynamicDefault[a.key] = a.value;
  }
  return layers;
}

/** ConfigDef.convertToString: booleans and numbers as Java prints them. */
const text = (v: Value): string => String(v);

// KafkaConfig defaults of the broker synonyms of the modelled topic configs (LogConfig /
// ServerTopicConfigSynonyms). log.retention.ms and log.roll.ms have no default of their own
// (log.retention.hours / log.roll.hours do), so configSynonyms' dropWhile leaves them none.
const BROKER_DEFAULTS: Record<string, Value> = {
  ...KAFKA_DEFAULTS,
  'log.retention.bytes': -1,
  'log.segment.bytes': 1073741824,
  'log.index.interval.bytes': 4096,
};

/** The broker config a topic config falls back to (LogConfig.TopicConfigSynonyms). */
const TOPIC_SYNONYM: Record<string, string> = {
  'min.insync.replicas': 'min.insync.replicas',
  'unclean.leader.election.enable': 'unclean.leader.election.enable',
  'retention.ms': 'log.retention.ms',
  'retention.bytes': 'log.retention.bytes',
  'segment.bytes': 'log.segment.bytes',
  'segment.ms': 'log.roll.ms',
  'index.interval.bytes': 'log.index.interval.bytes',
};

// LogConfig's own defaults for the two whose broker synonym has none (7 days, from the hours).
const TOPIC_FALLBACK: Record<string, Value> = {
  'retention.ms': 604800000,
  'segment.ms': 604800000,
};

/** configSynonyms for a broker config, every source (perBrokerConfig = true). */
function brokerSynonyms(layers: BrokerLayers, name: string): string[] {
  const out: string[] = [];
  if (name in layers.dynamicDefault)
    out.push(`DYNAMIC_DEFAULT_BROKER_CONFIG:${name}=${text(layers.dynamicDefault[name]!)}`);
  if (name in layers.static) out.push(`STATIC_BROKER_CONFIG:${name}=${text(layers.static[name]!)}`);
  if (name in BROKER_DEFAULTS) out.push(`DEFAULT_CONFIG:${name}=${text(BROKER_DEFAULTS[name]!)}`);
  return out;
}

/** A broker config's value in force: the first synonym's value. */
function brokerValue(layers: BrokerLayers, name: string): Value | undefined {
  return layers.dynamicDefault[name] ?? layers.static[name] ?? BROKER_DEFAULTS[name];
}

/**
 * A topic's entries: its overrides (DYNAMIC_TOPIC_CONFIG), or with `all` every modelled topic
 * config. Teaching simplification: --all lists only the topic configs the simulator models.
 */
export function topicEntries(ctx: CommandContext, topic: TopicView, all: boolean): ConfigEntry[] {
  const layers = brokerLayers(ctx);
  const names = all ? Object.keys(TOPIC_CONFIG_RULES) : Object.keys(topic.configs);
  return [...names].sort().map((name) => {
    const broker = TOPIC_SYNONYM[name];
    const inherited = broker ? brokerSynonyms(layers, broker) : [];
    const override = topic.configs[name];
    const synonyms = [
      ...(override !== undefined ? [`DYNAMIC_TOPIC_CONFIG:${name}=${override}`] : []),
      ...inherited,
    ];
    const fallback = (broker ? brokerValue(layers, broker) : undefined) ?? TOPIC_FALLBACK[name];
    return { name, value: override ?? text(fallback ?? ''), synonyms };
  });
}

/** The cluster-wide dynamic defaults (`--entity-default`): only DYNAMIC_DEFAULT synonyms. */
export function brokerDefaultEntries(ctx: CommandContext): ConfigEntry[] {
  const { dynamicDefault } = brokerLayers(ctx);
  return Object.keys(dynamicDefault)
    .sort()
    .map((name) => {
      const value = text(dynamicDefault[name]!);
      return { name, value, synonyms: [`DYNAMIC_DEFAULT_BROKER_CONFIG:${name}=${value}`] };
    });
}

/**
 * One broker's entries: per-broker dynamic configs (the simulator has none), or with `all` every
 * modelled broker setting. Teaching simplification: --all lists only the settings it models.
 */
export function brokerEntries(ctx: CommandContext, all: boolean): ConfigEntry[] {
  if (!all) return [];
  const layers = brokerLayers(ctx);
  return Object.keys(KAFKA_DEFAULTS)
    .sort()
    .map((name) => ({
      name,
      value: text(brokerValue(layers, name)!),
      synonyms: brokerSynonyms(layers, name),
    }));
}

/** describeResourceConfig's line for one entry. */
export function entryLine(e: ConfigEntry): string {
  return `  ${e.name}=${e.value} sensitive=false synonyms={${e.synonyms.join(', ')}}`;
}
