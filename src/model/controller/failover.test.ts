import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, eventsOf, znodeData } from '../testScenarios';

describe('controller election and failover', () => {
  it('elects the first broker to reach ZooKeeper with controller epoch 1', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(5_000);
    const snap = sim.snapshot();
    expect(snap.controller.epoch).toBe(1);
    expect(znodeData(sim, '/controller_epoch')).toBe('1');
    const ctl = JSON.parse(znodeData(sim, '/controller') ?? '{}') as Record<string, unknown>;
    expect(ctl).toEqual({
      version: 1,
      brokerid: snap.controller.brokerId,
      timestamp: expect.any(String),
    });
    expect(eventsOf(sim, 'controller.elected')).toHaveLength(1);
  });

  it('moves the controller to another broker after the old one’s session expires, epoch + 1', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    const old = sim.snapshot().controller.brokerId as number;
    sim.act({ type: 'broker.crash', broker: old });
    sim.seek(21_000);
    // Still the old epoch: the ephemeral /controller lives until the session expires.
    expect(sim.snapshot().controller.epoch).toBe(1);
    expect(JSON.parse(znodeData(sim, '/controller') ?? '{}').brokerid).toBe(old);
    sim.seek(30_000);
    const snap = sim.snapshot();
    const expiry = eventsOf(sim, 'session.expired').find((e) => e.broker === old);
    expect(expiry).toBeDefined();
    const elected = eventsOf(sim, 'controller.elected');
    expect(elected).toHaveLength(2);
    expect(elected[1]?.params.epoch).toBe(2);
    expect(elected[1]?.at).toBeGreaterThanOrEqual(expiry?.at ?? Infinity);
    expect(snap.controller.brokerId).not.toBe(old);
    expect(snap.controller.epoch).toBe(2);
    expect(znodeData(sim, '/controller_epoch')).toBe('2');
    const ctl = JSON.parse(znodeData(sim, '/controller') ?? '{}') as {
      brokerid: number;
      version: number;
    };
    expect(ctl.brokerid).toBe(snap.controller.brokerId);
    expect(ctl.version).toBe(1);
    const z = snap.zookeeper.znodes.find((n) => n.path === '/controller');
    const owner = snap.brokers.find((b) => b.id === ctl.brokerid)?.zkSessionId;
    expect(z?.ephemeralOwner).toBe(owner);
    // Brokers learn the new epoch from the new controller's requests.
    for (const b of snap.brokers.filter((x) => x.state === 'online'))
      expect(b.knownControllerEpoch).toBe(2);
  });

  it('fences a zombie controller: after isolation its session expires and a new controller takes over', () => {
    const sim = createSimulation(baseScenario());
    sim.seek(10_000);
    const old = sim.snapshot().controller.brokerId as number;
    sim.act({ type: 'broker.isolate', broker: old });
    sim.seek(40_000);
    expect(sim.snapshot().controller.epoch).toBe(2);
    const fresh = sim.snapshot().controller.brokerId;
    expect(fresh).not.toBe(old);
    sim.act({ type: 'broker.reconnect', broker: old });
    sim.seek(60_000);
    const snap = sim.snapshot();
    // The old controller found its session expired, re-registered with a new broker epoch, and did not take over.
    expect(snap.controller.brokerId).toBe(fresh);
    expect(snap.controller.epoch).toBe(2);
    const ob = snap.brokers.find((b) => b.id === old);
    expect(ob?.state).toBe('online');
    expect(ob?.knownControllerEpoch).toBe(2);
  });
});
