import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Simulation } from '../simulationTypes';
import { baseScenario, eventsOf, partitionOf } from '../testScenarios';

// Four brokers and RF 3: one broker holds no replica and stays alive as a controller candidate.
// Auto rebalance off, so only the learner's election moves leaders back.
const scenario = () =>
  baseScenario({
    brokers: 4,
    brokerConfigs: { 'auto.leader.rebalance.enable': false },
    topics: [
      { name: 't', partitions: 1, replicationFactor: 3, configs: {} },
      { name: 'other', partitions: 1, replicationFactor: 3, configs: {} },
    ],
    producers: [{ id: 'producer-1', topic: 't', recordsPerSec: 20, keys: [], configs: {} }],
    consumerGroups: [],
  });

const elected = (sim: Simulation, tp: string, election: string) =>
  eventsOf(sim, 'leader.elected', tp).filter((e) => e.params.election === election);

describe('partition.elect preferred (kafka-leader-election.sh --election-type PREFERRED)', () => {
  it('moves leadership back to the preferred replica once it is in the ISR, epoch + 1', () => {
    const sim = createSimulation(scenario());
    sim.seek(10_000);
    const preferred = partitionOf(sim, 't', 0).replicas[0] as number;
    sim.act({ type: 'broker.crash', broker: preferred });
    sim.seek(40_000);
    sim.act({ type: 'broker.restart', broker: preferred });
    sim.seek(60_000);
    const before = partitionOf(sim, 't', 0);
    expect(before.isr).toContain(preferred);
    expect(before.leader).not.toBe(preferred);
    sim.act({
      type: 'partition.elect',
      electionType: 'preferred',
      partitions: [{ topic: 't', partition: 0 }],
    });
    sim.seek(61_000);
    const after = partitionOf(sim, 't', 0);
    expect(after.leader).toBe(preferred);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(after.isr).toEqual(before.isr);
    expect(after.replicaViews.find((r) => r.brokerId === preferred)?.role).toBe('leader');
    expect(elected(sim, 't-0', 'preferred')).toHaveLength(1);
    // Already led by its preferred replica: ELECTION_NOT_NEEDED, nothing written.
    sim.act({ type: 'partition.elect', electionType: 'preferred', partitions: null });
    sim.seek(62_000);
    expect(partitionOf(sim, 't', 0).leaderEpoch).toBe(after.leaderEpoch);
    expect(elected(sim, 't-0', 'preferred')).toHaveLength(1);
  });

  it('does nothing while the preferred replica is out of the ISR', () => {
    const sim = createSimulation(scenario());
    sim.seek(10_000);
    const preferred = partitionOf(sim, 't', 0).replicas[0] as number;
    sim.act({ type: 'broker.crash', broker: preferred });
    sim.seek(40_000);
    const before = partitionOf(sim, 't', 0);
    sim.act({ type: 'partition.elect', electionType: 'preferred', partitions: null });
    sim.seek(41_000);
    expect(partitionOf(sim, 't', 0).leader).toBe(before.leader);
    expect(partitionOf(sim, 't', 0).leaderEpoch).toBe(before.leaderEpoch);
  });
});

describe('partition.elect unclean (--election-type UNCLEAN)', () => {
  it('brings an offline partition back on a live out-of-sync replica, ISR = [it]', () => {
    const sim = createSimulation(scenario());
    sim.seek(10_000);
    const [a, b, c] = partitionOf(sim, 't', 0).replicas as [number, number, number];
    sim.act({ type: 'broker.crash', broker: b });
    sim.act({ type: 'broker.crash', broker: c });
    sim.seek(40_000);
    sim.act({ type: 'broker.crash', broker: a });
    sim.seek(70_000);
    sim.act({ type: 'broker.restart', broker: b });
    sim.seek(90_000);
    const before = partitionOf(sim, 't', 0);
    // unclean.leader.election.enable=false: no leader by itself.
    expect(before.leader).toBeNull();
    expect(before.isr).toEqual([a]);
    const otherBefore = partitionOf(sim, 'other', 0);
    sim.act({ type: 'partition.elect', electionType: 'unclean', partitions: null });
    sim.seek(91_000);
    const after = partitionOf(sim, 't', 0);
    expect(after.leader).toBe(b);
    expect(after.isr).toEqual([b]);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(after.state).toBe('OnlinePartition');
    expect(elected(sim, 't-0', 'unclean')).toHaveLength(1);
    // A partition with a live leader is left alone (ELECTION_NOT_NEEDED).
    const otherAfter = partitionOf(sim, 'other', 0);
    expect(otherAfter.leader).toBe(otherBefore.leader);
    expect(otherAfter.leaderEpoch).toBe(otherBefore.leaderEpoch);
    // Records acknowledged by the old leader past b's log are reported lost.
    expect(eventsOf(sim, 'data.loss', 't-0').length).toBeGreaterThan(0);
  });

  it('lists only the partitions asked for', () => {
    const sim = createSimulation(scenario());
    sim.seek(10_000);
    const [a, b, c] = partitionOf(sim, 't', 0).replicas as [number, number, number];
    sim.act({ type: 'broker.crash', broker: b });
    sim.act({ type: 'broker.crash', broker: c });
    sim.seek(40_000);
    sim.act({ type: 'broker.crash', broker: a });
    sim.seek(70_000);
    sim.act({ type: 'broker.restart', broker: b });
    sim.seek(90_000);
    sim.act({
      type: 'partition.elect',
      electionType: 'unclean',
      partitions: [{ topic: 'other', partition: 0 }],
    });
    sim.seek(91_000);
    expect(partitionOf(sim, 't', 0).leader).toBeNull();
  });

  it('is deterministic', () => {
    const run = () => {
      const sim = createSimulation(scenario());
      sim.seek(10_000);
      const preferred = partitionOf(sim, 't', 0).replicas[0] as number;
      sim.act({ type: 'broker.crash', broker: preferred });
      sim.seek(40_000);
      sim.act({ type: 'broker.restart', broker: preferred });
      sim.seek(60_000);
      sim.act({ type: 'partition.elect', electionType: 'preferred', partitions: null });
      sim.seek(70_000);
      return sim.digest();
    };
    expect(run()).toBe(run());
  });
});
