import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf } from '../testScenarios';

describe('broker lifecycle', () => {
  it('starts: ZooKeeper session, ephemeral registration, online', () => {
    const sim = createSimulation(baseScenario({ networkLatencyMs: 5 }));
    sim.seek(0);
    expect(sim.snapshot().brokers.map((b) => b.state)).toEqual([
      'starting',
      'starting',
      'starting',
    ]);
    sim.seek(100);
    const snap = sim.snapshot();
    expect(snap.brokers.map((b) => b.state)).toEqual(['online', 'online', 'online']);
    for (const b of snap.brokers) {
      const s = snap.zookeeper.sessions.find((x) => x.id === b.zkSessionId);
      expect(s?.brokerId).toBe(b.id);
      expect(s?.state).toBe('connected');
    }
    expect(eventsOf(sim, 'broker.started')).toHaveLength(3);
  });

  it('a broker restarted before its old session expires registers only once that session is gone', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    const oldEpoch = sim.snapshot().brokers[2]?.brokerEpoch ?? -1;
    sim.act({ type: 'broker.crash', broker: 3 });
    sim.seek(11_000);
    sim.act({ type: 'broker.restart', broker: 3 });
    sim.seek(20_000);
    // /brokers/ids/3 still belongs to the old session (NODEEXISTS): still starting.
    expect(sim.snapshot().brokers[2]?.state).toBe('starting');
    sim.seek(40_000);
    const b3 = sim.snapshot().brokers[2];
    expect(b3?.state).toBe('online');
    expect(b3?.brokerEpoch ?? -1).toBeGreaterThan(oldEpoch);
    const expired = eventsOf(sim, 'session.expired').find((e) => e.broker === 3);
    const started = eventsOf(sim, 'broker.started').filter((e) => e.broker === 3);
    expect(started.at(-1)?.at ?? 0).toBeGreaterThanOrEqual(expired?.at ?? Infinity);
  });

  it('crashing a broker drops the messages addressed to it', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_002);
    sim.act({ type: 'broker.crash', broker: 2 });
    expect(sim.snapshot().inFlight.filter((m) => m.to === 'broker-2')).toHaveLength(0);
    sim.act({ type: 'broker.isolate', broker: 1 });
    expect(
      sim.snapshot().inFlight.filter((m) => m.to === 'broker-1' || m.from === 'broker-1'),
    ).toHaveLength(0);
  });
});
