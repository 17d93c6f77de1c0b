// Property tests, part 1: the random inputs. Scenarios for the property tests of the Kafka model
// (safety.test.ts, determinism.test.ts): a small cluster (3 brokers, one topic of 2–3 partitions
// with RF 3, one producer at ~20 records/s, one consumer group) with timeouts shortened through
// Kafka's own config keys so that faults play out within a run of ~66 virtual seconds, plus
// fast-check arbitraries of random timed fault sequences (crash, restart, isolate, reconnect,
// hand-produced records) fed to the model as `scenario.actions`.
import fc from 'fast-check';
import { SCENARIO_VERSION } from '../scenarioTypes';
import type { Acks, BrokerConfigs, Scenario, ScenarioAction } from '../scenarioTypes';

export const TOPIC = 'orders';
export const PRODUCER = 'producer-1';
export const GROUP = 'orders-app';
export const BROKER_IDS = [1, 2, 3] as const;

/** Faults happen in [FAULT_START, FAULT_END); then every broker is brought back at SETTLE_AT. */
export const FAULT_START = 500;
export const FAULT_END = 30_000;
export const SETTLE_AT = 31_000;
/**
 * End of a run: 35 s after the heal. Enough for an old session to expire (6 s), elections, and a
 * follower whose fetch an isolation dropped to give up on it after replica.socket.timeout.ms
 * (30 s, the fetcher's request timeout) and catch up; the last fault is at most 36 s before.
 */
export const RUN_END = 66_000;

/**
 * Shortened timeouts. zookeeper.session.timeout.ms 6000 is ZooKeeper's smallest session timeout
 * (2 × tickTime 2000, KAFKA.md 4.2); replica.lag.time.max.ms 3000 makes a stuck follower leave the
 * ISR after ~3–4.5 s (KAFKA.md 3.3).
 */
export const FAST_TIMEOUTS: BrokerConfigs = {
  'zookeeper.session.timeout.ms': 6000,
  'replica.lag.time.max.ms': 3000,
};

export interface ScenarioShape {
  seed: number;
  partitions: number;
  acks: Acks;
  minIsr: number;
  unclean: boolean;
  recordsPerSec: number;
  networkLatencyMs: number;
  /** Preferred-leader rebalancing every 10 s (adds leader changes, KAFKA.md 5.6) or off. */
  rebalance: boolean;
  consumers: number;
  actions: ScenarioAction[];
}

/** A complete scenario from its shape. Every config key is Kafka's own name. */
export function buildScenario(shape: ScenarioShape): Scenario {
  return {
    version: SCENARIO_VERSION,
    seed: shape.seed,
    brokers: BROKER_IDS.length,
    brokerConfigs: {
      ...FAST_TIMEOUTS,
      'min.insync.replicas': shape.minIsr,
      'unclean.leader.election.enable': shape.unclean,
      'auto.leader.rebalance.enable': shape.rebalance,
      'leader.imbalance.check.interval.seconds': 10,
    },
    networkLatencyMs: shape.networkLatencyMs,
    topics: [{ name: TOPIC, partitions: shape.partitions, replicationFactor: 3, configs: {} }],
    producers: [
      {
        id: PRODUCER,
        topic: TOPIC,
        recordsPerSec: shape.recordsPerSec,
        keys: ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'],
        // Short client timeouts so that every record's fate is settled within the run
        // (delivery.timeout.ms must be ≥ request.timeout.ms + linger.ms, as in ProducerConfig).
        configs: {
          acks: shape.acks,
          'request.timeout.ms': 3000,
          'delivery.timeout.ms': 10_000,
          'retry.backoff.ms': 100,
        },
      },
    ],
    consumerGroups: [
      {
        groupId: GROUP,
        topics: [TOPIC],
        members: shape.consumers,
        configs: {
          'auto.offset.reset': 'earliest',
          'enable.auto.commit': true,
          'auto.commit.interval.ms': 1000,
        },
      },
    ],
    actions: sortActions(shape.actions),
  };
}

/** Stable sort by time: equal times keep their order, as Scenario.actions requires. */
export function sortActions(actions: readonly ScenarioAction[]): ScenarioAction[] {
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
    .map(({ a }) => a);
}

/**
 * The heal at the end of a run: reconnect every broker, restart every broker, reconnect again
 * (the order is robust to whether a restart keeps or clears an isolation). Actions on a broker
 * already in that state are no-ops for a correct model.
 */
export function healActions(at: number): ScenarioAction[] {
  const out: ScenarioAction[] = [];
  for (const broker of BROKER_IDS) out.push({ at, type: 'broker.reconnect', broker });
  for (const broker of BROKER_IDS) out.push({ at: at + 1, type: 'broker.restart', broker });
  for (const broker of BROKER_IDS) out.push({ at: at + 2, type: 'broker.reconnect', broker });
  return out;
}

const brokerArb = fc.constantFrom(...BROKER_IDS);

/** One fault at a time drawn from `timeArb`. Crashes and isolations are weighted up. */
function faultAt(timeArb: fc.Arbitrary<number>): fc.Arbitrary<ScenarioAction> {
  const broker = (
    type: 'broker.crash' | 'broker.restart' | 'broker.isolate' | 'broker.reconnect',
  ) => fc.record({ at: timeArb, type: fc.constant(type), broker: brokerArb });
  return fc.oneof(
    { weight: 3, arbitrary: broker('broker.crash') },
    { weight: 3, arbitrary: broker('broker.restart') },
    { weight: 2, arbitrary: broker('broker.isolate') },
    { weight: 2, arbitrary: broker('broker.reconnect') },
    {
      weight: 1,
      arbitrary: fc.record({
        at: timeArb,
        type: fc.constant('produce' as const),
        topic: fc.constant(TOPIC),
        key: fc.constantFrom(null, 'k1', 'hand'),
        value: fc.constantFrom('v', 'hello', 'x'),
      }),
    },
  );
}

/** One fault at any time inside the fault interval. */
export const faultArb: fc.Arbitrary<ScenarioAction> = faultAt(
  fc.integer({ min: FAULT_START, max: FAULT_END - 1 }),
);

/**
 * Random timed fault sequences, sorted by time: either spread over the whole window, or a burst
 * within 3 s (a crash during an election, a restart before the session expired, ...), which is
 * where races between the controller, the leaders and ZooKeeper live.
 */
export const faultsArb: fc.Arbitrary<ScenarioAction[]> = fc
  .oneof(
    fc.array(faultArb, { minLength: 2, maxLength: 10 }),
    fc.integer({ min: FAULT_START, max: FAULT_END - 3000 }).chain((start) =>
      fc.array(faultAt(fc.integer({ min: start, max: start + 3000 })), {
        minLength: 2,
        maxLength: 8,
      }),
    ),
  )
  .map(sortActions);

/**
 * Property 1: the safety scenarios. acks=all, min.insync.replicas=2, RF 3, clean elections only
 * (the configuration under which Kafka promises that acknowledged records survive), a random
 * fault sequence, then the heal at SETTLE_AT.
 */
export const safetyScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    partitions: fc.constantFrom(2, 3),
    networkLatencyMs: fc.constantFrom(1, 5, 20),
    rebalance: fc.boolean(),
    consumers: fc.constantFrom(1, 2),
    faults: faultsArb,
  })
  .map(({ faults, ...rest }) =>
    buildScenario({
      ...rest,
      acks: 'all',
      minIsr: 2,
      unclean: false,
      recordsPerSec: 20,
      actions: [...faults, ...healActions(SETTLE_AT)],
    }),
  );

/** Scenarios for the determinism property: any settings, including unclean elections and acks=1. */
export const anyScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    partitions: fc.constantFrom(2, 3),
    acks: fc.constantFrom<Acks>('all', '1'),
    minIsr: fc.constantFrom(1, 2),
    unclean: fc.boolean(),
    networkLatencyMs: fc.constantFrom(1, 5, 20),
    rebalance: fc.boolean(),
    consumers: fc.constantFrom(1, 2),
    faults: fc.array(faultArb, { minLength: 1, maxLength: 8 }).map(sortActions),
  })
  .map(({ faults, ...rest }) => buildScenario({ ...rest, recordsPerSec: 20, actions: faults }));

/** Any settings with random faults, then the heal: for the rules that hold whatever the config. */
export const anyHealedScenarioArb: fc.Arbitrary<Scenario> = anyScenarioArb.map((s) => ({
  ...s,
  actions: [...s.actions, ...healActions(SETTLE_AT)],
}));
