// A new cluster shape as a fresh scenario: what the learner set up (topics, configs, producer
// settings) carries over as the starting state; what happened in time (crashes, records) does not.
import type { ConsumerGroupSpec, Scenario, TopicConfigs } from '../../model/scenarioTypes';

export function reshape(
  scenario: Scenario,
  brokers: number,
  groups: ConsumerGroupSpec[],
): Scenario {
  const next: Scenario = structuredClone({
    ...scenario,
    brokers,
    consumerGroups: groups,
    actions: [],
  });
  for (const action of scenario.actions) {
    if (action.type === 'topic.create') {
      if (!next.topics.some((t) => t.name === action.topic.name))
        next.topics.push(structuredClone(action.topic));
    } else if (action.type === 'config.set') {
      const target =
        action.entity === 'broker'
          ? (next.brokerConfigs as Record<string, unknown>)
          : (next.topics.find((t) => t.name === action.name)?.configs as
              (TopicConfigs & Record<string, unknown>) | undefined);
      if (!target) continue;
      if (action.value === null) delete target[action.key];
      else target[action.key] = action.value;
    } else if (action.type === 'producer.update') {
      const producer = next.producers.find((p) => p.id === action.producer);
      if (!producer) continue;
      if (action.recordsPerSec !== undefined) producer.recordsPerSec = action.recordsPerSec;
      if (action.acks !== undefined) producer.configs.acks = action.acks;
      if (action.lingerMs !== undefined) producer.configs['linger.ms'] = action.lingerMs;
      if (action.batchSize !== undefined) producer.configs['batch.size'] = action.batchSize;
    }
  }
  return next;
}

/** A group id not yet taken: `orders-app-2`, `orders-app-3`, … */
export function freshGroupId(groups: readonly ConsumerGroupSpec[], base: string): string {
  const taken = new Set(groups.map((g) => g.groupId));
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The broker defaults in force now: the scenario's, with the learner's config.set actions applied. */
export function currentBrokerConfigs(scenario: Scenario): Scenario['brokerConfigs'] {
  return reshape(scenario, scenario.brokers, scenario.consumerGroups).brokerConfigs;
}
