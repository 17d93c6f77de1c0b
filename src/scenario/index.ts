// The scenario layer's public surface: the default world, the tolerant reader, and links.
export * from './types';
export {
  defaultScenario,
  KAFKA_DEFAULTS,
  CLIENT_DEFAULTS,
  SIMULATOR_LIMITS,
  FIELD_DEFAULTS,
} from './defaults';
export { restoreScenario, type RestoreResult } from './validate';
export type { ScenarioProblem, ScenarioProblemCode } from './problems';
export {
  BROKER_CONFIG_RULES,
  TOPIC_CONFIG_RULES,
  PRODUCER_CONFIG_RULES,
  CONSUMER_CONFIG_RULES,
  type ConfigRule,
} from './configRules';
export { ACTION_TYPES } from './readActions';
export {
  encodeScenario,
  decodeScenarioParam,
  decodeScenarioJson,
  parseLink,
  buildLink,
  MAX_STATE_CHARS,
  type Route,
  type ParsedLink,
} from './link';
export { describeProblem } from './describe';
