// The named failure scripts of the durability comparison, built for a given world: a probe run
// finds who leads the aimed-at partition, and the steps are timed from the world's own timeouts.
import type { BrokerConfigs, Scenario, ScenarioAction } from '../model/scenarioTypes';
import { KAFKA_DEFAULTS } from '../scenario/defaults';
import type { CreateSimulation } from './durability';
import type { FailureId, FailurePlan } from './durabilityTypes';

/** When the failure begins: records have flowed for a while and every partition has its leader. */
export const FAILURE_START_MS = 10_000;
/** Time left after the last step for elections, truncations and catching up to settle. */
const SETTLE_MS = 10_000;

function setting<K extends keyof BrokerConfigs>(base: Scenario, key: K): number {
  const v = base.brokerConfigs[key] ?? KAFKA_DEFAULTS[key];
  return typeof v === 'number' ? v : Number(v);
}

/**
 * A world the scripts can fail: brokers start by themselves, and the first producer that sends
 * on its own writes to a topic with at least one follower per partition.
 */
export function aimOf(base: Scenario): { topic: string; partitions: number; rf: number } | null {
  if (base.startup === 'manual') return null;
  for (const p of base.producers) {
    const t = base.topics.find((x) => x.name === p.topic);
    if (p.recordsPerSec > 0 && t && t.replicationFactor >= 2 && t.replicationFactor <= base.brokers)
      return { topic: t.name, partitions: t.partitions, rf: t.replicationFactor };
  }
  return null;
}

/** The world a comparison runs on: the given one without its actions, if the scripts fit it. */
export function durabilityBase(current: Scenario | null, fallback: () => Scenario): Scenario {
  const stripped = current ? { ...current, actions: [] } : null;
  return stripped && aimOf(stripped) ? stripped : fallback();
}

/** The actions and timing of a failure on `base`, or null when the world cannot carry it. */
export function planFailure(
  id: FailureId,
  base: Scenario,
  createSim: CreateSimulation,
): { plan: FailurePlan; actions: ScenarioAction[] } | null {
  const aim = aimOf(base);
  if (!aim) return null;
  const probe = createSim({ ...base, actions: [] });
  probe.seek(FAILURE_START_MS);
  const p = probe.snapshot().topics.find((t) => t.name === aim.topic)?.partitions[0];
  if (!p || p.leader === null) return null;
  const leader = p.leader;
  const followers = p.replicas.filter((r) => r !== leader);
  const tp = `${p.topic}-${p.partition}`;
  // KafkaConfig zookeeper.session.timeout.ms (KAFKA.md 4.2) and replica.lag.time.max.ms (3.3).
  const session = setting(base, 'zookeeper.session.timeout.ms');
  const lag = setting(base, 'replica.lag.time.max.ms');
  const t0 = FAILURE_START_MS;
  const each =
    (type: 'broker.isolate' | 'broker.reconnect' | 'broker.crash' | 'broker.restart') =>
    (at: number): ScenarioAction[] =>
      followers.map((broker) => ({ at, type, broker }));

  if (id === 'followersCutOffThenLeaderCrash') {
    // Cut off for less than both timeouts: the followers stay in the ISR while they fall behind,
    // so the controller's clean election may pick one of them (KAFKA.md 3.5, first scenario).
    const cut = Math.min(5000, Math.floor(Math.min(session, lag) / 3));
    const crash = t0 + cut;
    const restart = crash + session + SETTLE_MS;
    const actions: ScenarioAction[] = [
      ...each('broker.isolate')(t0),
      ...each('broker.reconnect')(crash),
      { at: crash, type: 'broker.crash', broker: leader },
      { at: restart, type: 'broker.restart', broker: leader },
    ];
    const steps: FailurePlan['steps'] = [
      { step: 'cutOff', at: t0 },
      { step: 'reconnectAndCrash', at: crash },
      { step: 'restart', at: restart },
    ];
    return { plan: { id, tp, leader, followers, steps, until: restart + SETTLE_MS }, actions };
  }

  // followersDownThenLeaderCrash: the followers are gone long enough to leave the ISR, the leader
  // writes alone, then crashes; the followers return before it (KAFKA.md 3.5, second and third).
  const alone = t0 + Math.min(session, lag) + SETTLE_MS;
  const back = alone + 2000;
  const restart = alone + session + SETTLE_MS;
  const actions: ScenarioAction[] = [
    ...each('broker.crash')(t0),
    { at: alone, type: 'broker.crash', broker: leader },
    ...each('broker.restart')(back),
    { at: restart, type: 'broker.restart', broker: leader },
  ];
  const steps: FailurePlan['steps'] = [
    { step: 'followersDown', at: t0 },
    { step: 'leaderCrash', at: alone },
    { step: 'followersBack', at: back },
    { step: 'restart', at: restart },
  ];
  return { plan: { id, tp, leader, followers, steps, until: restart + SETTLE_MS }, actions };
}
