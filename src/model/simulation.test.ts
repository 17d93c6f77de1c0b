import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import type { Scenario } from './scenarioTypes';
import { baseScenario, eventsOf, partitionOf } from './testScenarios';

const busy: Scenario = baseScenario({
  brokers: 4,
  topics: [
    { name: 'orders', partitions: 3, replicationFactor: 3, configs: {} },
    { name: 'clicks', partitions: 2, replicationFactor: 2, configs: {} },
  ],
  producers: [
    { id: 'producer-1', topic: 'orders', recordsPerSec: 30, keys: ['a', 'b', 'c'], configs: {} },
    { id: 'producer-2', topic: 'clicks', recordsPerSec: 20, keys: [], configs: { acks: '1' } },
  ],
  consumerGroups: [
    { groupId: 'g1', topics: ['orders'], members: 2, configs: { 'auto.offset.reset': 'earliest' } },
    { groupId: 'g2', topics: ['orders', 'clicks'], members: 1, configs: {} },
  ],
  actions: [
    { at: 7_000, type: 'broker.crash', broker: 1 },
    { at: 31_000, type: 'broker.restart', broker: 1 },
    { at: 40_000, type: 'broker.isolate', broker: 2 },
    { at: 62_000, type: 'broker.reconnect', broker: 2 },
  ],
});

describe('determinism', () => {
  it('gives the same digest and snapshot whether reached directly or by seeking back and forth', () => {
    const direct = createSimulation(busy, { checkpointIntervalMs: 5_000 });
    direct.seek(73_123);
    const other = createSimulation(busy, { checkpointIntervalMs: 5_000 });
    other.seek(90_000);
    other.seek(12_345);
    other.seek(73_123);
    expect(other.digest()).toBe(direct.digest());
    expect(other.snapshot()).toEqual(direct.snapshot());
    other.seek(3_000);
    other.seek(73_123);
    expect(other.digest()).toBe(direct.digest());
    // Different checkpoint spacing does not change the run either.
    const sparse = createSimulation(busy, { checkpointIntervalMs: 17_000 });
    sparse.seek(80_000);
    sparse.seek(73_123);
    expect(sparse.digest()).toBe(direct.digest());
    expect(sparse.snapshot()).toEqual(direct.snapshot());
  });

  it('different seeds give different runs', () => {
    const a = createSimulation(busy);
    const b = createSimulation({ ...busy, seed: busy.seed + 1 });
    a.seek(20_000);
    b.seek(20_000);
    expect(a.digest()).not.toBe(b.digest());
  });

  it('the digest changes as time passes', () => {
    const a = createSimulation(busy);
    a.seek(10_000);
    const d1 = a.digest();
    a.seek(10_500);
    expect(a.digest()).not.toBe(d1);
  });
});

describe('time travel and forks', () => {
  it('act() stamps the action at now, drops the future, and replays identically', () => {
    const sim = createSimulation(busy);
    sim.seek(50_000);
    const eventsAt50 = sim.events().length;
    sim.seek(20_000);
    expect(sim.horizon).toBe(50_000);
    expect(sim.events().length).toBe(eventsAt50);
    sim.act({ type: 'broker.crash', broker: 3 });
    expect(sim.horizon).toBe(20_000);
    expect(sim.events().every((e) => e.at <= 20_000)).toBe(true);
    expect(sim.scenario.actions.at(-1)).toEqual({ type: 'broker.crash', broker: 3, at: 20_000 });
    expect(sim.scenario.actions.filter((a) => a.at > 20_000)).toHaveLength(0);
    sim.seek(45_000);
    const replay = createSimulation(sim.scenario);
    replay.seek(45_000);
    expect(replay.digest()).toBe(sim.digest());
    expect(eventsOf(sim, 'broker.crashed').some((e) => e.broker === 3 && e.at === 20_000)).toBe(
      true,
    );
  });

  it('stepToNextEvent stops at the next timeline event', () => {
    const sim = createSimulation(busy);
    sim.seek(7_500);
    const e = sim.stepToNextEvent();
    expect(e).not.toBeNull();
    expect(e?.at).toBeGreaterThan(7_500);
    expect(sim.now).toBe(e?.at);
    // Same state as seeking there directly.
    const direct = createSimulation(busy);
    direct.seek(sim.now);
    expect(direct.digest()).toBe(sim.digest());
    const none = createSimulation(baseScenario({ producers: [], consumerGroups: [] }));
    none.seek(1_000);
    expect(none.stepToNextEvent(2_000)).toBeNull();
    expect(none.now).toBe(3_000);
  });

  it('snapshot() is cheap and limited to the record window', () => {
    const sim = createSimulation(busy, { recordWindow: 10 });
    sim.seek(30_000);
    const p = partitionOf(sim, 'orders', 0);
    for (const r of p.replicaViews) expect(r.records.length).toBeLessThanOrEqual(10);
    expect(sim.snapshot().producedRecords.length).toBeLessThanOrEqual(500);
  });
});
