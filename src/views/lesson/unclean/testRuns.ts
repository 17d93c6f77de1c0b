// Runs of the model the unclean-panel tests share (test-only): payments-0 losing its ISR.
import { createSimulation } from '../../../model';
import type { Scenario } from '../../../model/scenarioTypes';
import { defaultScenario } from '../../../scenario';

type Simulation = ReturnType<typeof createSimulation>;

/** 4 brokers; seed 4 puts payments-0 on replicas [2,3,4]: the controller (1) holds none. */
export function world(): Scenario {
  const sc = defaultScenario();
  sc.seed = 4;
  sc.brokers = 4;
  sc.brokerConfigs = { 'zookeeper.session.timeout.ms': 6000 };
  sc.topics = [{ name: 'payments', partitions: 1, replicationFactor: 3, configs: {} }];
  sc.producers = [
    { id: 'producer-1', topic: 'payments', recordsPerSec: 1, keys: [], configs: { acks: 'all' } },
  ];
  sc.consumerGroups = [];
  return sc;
}

/**
 * The followers die one after the other (3 then 4 unless told otherwise), the leader 2 keeps
 * acknowledging alone, then dies too; 3 and 4 return.
 */
export function offlineRun(followers: readonly [number, number] = [3, 4]): Simulation {
  const sim = createSimulation(world());
  sim.seek(5000);
  sim.act({ type: 'broker.crash', broker: followers[0] });
  sim.seek(sim.now + 9000);
  sim.act({ type: 'broker.crash', broker: followers[1] });
  sim.seek(sim.now + 9000);
  sim.act({ type: 'broker.crash', broker: 2 });
  sim.seek(sim.now + 9000);
  sim.act({ type: 'broker.restart', broker: 3 });
  sim.act({ type: 'broker.restart', broker: 4 });
  sim.seek(sim.now + 5000);
  return sim;
}

export function unclean(sim: Simulation): void {
  sim.act({
    type: 'config.set',
    entity: 'topic',
    name: 'payments',
    key: 'unclean.leader.election.enable',
    value: true,
  });
  sim.seek(sim.now + 3000);
}
