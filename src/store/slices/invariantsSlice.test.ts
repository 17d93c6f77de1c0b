// The invariants slice with the real model: the default sandbox stays green, an unclean election
// after acks=1 writes loses acknowledged records, and the status follows `now` through links,
// seeks, playback and forks without rescanning more than it must.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulation } from '../../model';
import type { Scenario } from '../../model/scenarioTypes';
import { defaultScenario, restoreScenario } from '../../scenario';
import { createAppStore } from '../createAppStore';
import { fakeDeps, type FakeDeps } from '../testing/fakeSimulation';
import { divergence } from './invariantsSlice';

/**
 * acks=1 and unclean.leader.election.enable=true. Broker 3 leads payments-0 (seed 42); follower 1
 * goes down at 5 s and falls behind, follower 2 at 10 s, the leader at 15 s; broker 1 returns at
 * 16 s and, the only live replica, is elected uncleanly: what broker 3 acknowledged since 5 s is gone.
 */
function uncleanScenario(): Scenario {
  const restored = restoreScenario({
    version: 1,
    brokers: 3,
    brokerConfigs: { 'unclean.leader.election.enable': true },
    topics: [{ name: 'payments', partitions: 1, replicationFactor: 3 }],
    producers: [{ id: 'producer-1', topic: 'payments', recordsPerSec: 5, configs: { acks: '1' } }],
    consumerGroups: [{ groupId: 'billing', topics: ['payments'] }],
    actions: [
      { at: 5000, type: 'broker.crash', broker: 1 },
      { at: 10000, type: 'broker.crash', broker: 2 },
      { at: 15000, type: 'broker.crash', broker: 3 },
      { at: 16000, type: 'broker.restart', broker: 1 },
    ],
  });
  if (!restored.ok) throw new Error('the unclean scenario is invalid');
  return restored.scenario;
}

function realStore(overrides: Partial<FakeDeps> = {}) {
  const deps = fakeDeps({ createSimulation: (s) => createSimulation(s), defaultScenario });
  Object.assign(deps, overrides);
  const sims: unknown[] = [];
  const make = deps.createSimulation;
  deps.createSimulation = (s) => {
    const sim = make(s);
    sims.push(sim);
    return sim;
  };
  return { store: createAppStore(deps), deps, sims };
}

const link = (scenario: Scenario, t?: number) =>
  `#/sandbox?s=${JSON.stringify(scenario)}${t === undefined ? '' : `&t=${t}`}`;

type Store = ReturnType<typeof realStore>['store'];
const states = (store: Store) =>
  Object.fromEntries(
    Object.entries(store.getState().invariants.status).map(([k, v]) => [k, v.state]),
  );
const upToDate = (store: Store) =>
  vi.waitFor(() => expect(store.getState().invariants.checkingAt).toBeNull(), {
    timeout: 20_000,
  });

const unwatch: (() => void)[] = [];
afterEach(() => unwatch.splice(0).forEach((f) => f()));

describe('invariants slice', () => {
  it('does nothing while no view watches', () => {
    const { store, sims } = realStore();
    store.getState().openLink(link(uncleanScenario(), 40_000));
    expect(sims).toHaveLength(1);
    expect(store.getState().invariants.watching).toBe(false);
    expect(states(store)).toEqual({
      noAckedLoss: 'ok',
      consumerBelowHw: 'ok',
      oneLeaderPerEpoch: 'ok',
    });
  });

  it('keeps the default sandbox all green while it plays', () => {
    const { store, sims } = realStore();
    store.getState().openLink('#/sandbox');
    unwatch.push(store.getState().watchInvariants());
    for (let t = 0; t < 30_000; t += 50) store.getState().advance(50);
    expect(store.getState().now).toBe(30_000);
    expect(states(store)).toEqual({
      noAckedLoss: 'ok',
      consumerBelowHw: 'ok',
      oneLeaderPerEpoch: 'ok',
    });
    // Fed by the published snapshots: no second simulation was needed.
    expect(sims).toHaveLength(1);
    expect(store.getState().invariants.checkingAt).toBeNull();
  });

  it('scans a link up to its t and finds the acknowledged records an unclean election lost', async () => {
    const { store, sims } = realStore();
    store.getState().openLink(link(uncleanScenario(), 40_000));
    unwatch.push(store.getState().watchInvariants());
    expect(store.getState().invariants.watching).toBe(true);
    await upToDate(store);
    expect(sims).toHaveLength(2);
    const s = store.getState().invariants.status;
    expect(s.consumerBelowHw.state).toBe('ok');
    expect(s.oneLeaderPerEpoch.state).toBe('ok');
    expect(s.noAckedLoss.state).toBe('broken');
    if (s.noAckedLoss.state !== 'broken') return;
    const v = s.noAckedLoss.violation;
    // After the leader's crash is noticed (its ZooKeeper session expires) and broker 1 is elected.
    expect(v.at).toBeGreaterThan(16_000);
    expect(v.at).toBeLessThanOrEqual(40_000);
    expect(v.detail).toMatchObject({ kind: 'lost', partition: 'payments-0' });
    if (v.detail.kind === 'lost') {
      expect(v.detail.count).toBeGreaterThan(10);
      // The first lost record is one broker 3 took after follower 1 fell behind.
      expect(v.detail.offset).toBeGreaterThanOrEqual(20);
    }
    expect(v.message).toMatch(/is lost$/);

    // Back before it: green; forward again: red, without scanning anew.
    store.getState().seek(v.at - 1);
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('ok');
    store.getState().seek(40_000);
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('broken');
    expect(store.getState().invariants.checkingAt).toBeNull();
    expect(sims).toHaveLength(2);

    // "Show the moment": paused, at the first instant seen broken.
    store.getState().play();
    store.getState().goToViolation('noAckedLoss');
    expect(store.getState().now).toBe(v.at);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('broken');
    store.getState().goToViolation('oneLeaderPerEpoch');
    expect(store.getState().now).toBe(v.at);
  });

  it('finds the same violation at the same instant when the run is played instead', async () => {
    const scanned = realStore();
    scanned.store.getState().openLink(link(uncleanScenario(), 35_000));
    unwatch.push(scanned.store.getState().watchInvariants());
    await upToDate(scanned.store);
    const a = scanned.store.getState().invariants.status.noAckedLoss;

    const played = realStore();
    played.store.getState().openLink(link(uncleanScenario(), 0));
    unwatch.push(played.store.getState().watchInvariants());
    played.store.getState().play();
    for (let t = 0; t < 35_000; t += 250) played.store.getState().advance(250);
    const b = played.store.getState().invariants.status.noAckedLoss;
    expect(played.sims).toHaveLength(1);
    expect(a.state).toBe('broken');
    expect(b.state).toBe('broken');
    if (a.state !== 'broken' || b.state !== 'broken') return;
    expect(b.violation.detail).toEqual(a.violation.detail);
    // Frames sample the run more coarsely than a scan, which stops at every notable event.
    expect(b.violation.at).toBeGreaterThanOrEqual(a.violation.at);
    expect(b.violation.at - a.violation.at).toBeLessThan(250);
  });

  it('forgets what it saw when the learner rewrites the past, and keeps it for an action at now', async () => {
    const { store, sims } = realStore();
    store.getState().openLink(link(uncleanScenario(), 40_000));
    unwatch.push(store.getState().watchInvariants());
    await upToDate(store);
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('broken');

    // An action at now: everything checked so far still holds.
    store.getState().act({ type: 'broker.restart', broker: 2 });
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('broken');
    expect(store.getState().invariants.checkingAt).toBeNull();

    // Back to 14 s and restart follower 2 there: the leader's crash at 15 s is discarded, so no
    // unclean election, nothing lost.
    store.getState().seek(14_000);
    store.getState().act({ type: 'broker.restart', broker: 2 });
    const before = sims.length;
    store.getState().seek(40_000);
    expect(store.getState().invariants.checkingAt).not.toBeNull();
    await upToDate(store);
    expect(sims.length).toBe(before + 1);
    expect(states(store)).toEqual({
      noAckedLoss: 'ok',
      consumerBelowHw: 'ok',
      oneLeaderPerEpoch: 'ok',
    });
  });

  it('scans in slices of wall-clock time, reporting how far it got', async () => {
    const clock = { now: 0 };
    // Every look at the clock costs 5 ms: a slice of 12 ms takes a few steps.
    const { store } = realStore({ wallClock: () => (clock.now += 5) });
    store.getState().openLink(link(defaultScenario(), 20_000));
    unwatch.push(store.getState().watchInvariants());
    const seen: number[] = [];
    const off = store.subscribe((s) => {
      if (s.invariants.checkingAt !== null) seen.push(s.invariants.checkingAt);
    });
    await upToDate(store);
    off();
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeLessThan(20_000);
  });

  it('stops scanning when the last view stops watching', async () => {
    const { store } = realStore();
    store.getState().openLink(link(uncleanScenario(), 40_000));
    const stop = store.getState().watchInvariants();
    stop();
    stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().invariants.watching).toBe(false);
    expect(store.getState().invariants.checkingAt).toBeNull();
    expect(store.getState().invariants.status.noAckedLoss.state).toBe('ok');
  });
});

describe('divergence', () => {
  const crash = (at: number, broker: number) => ({ at, type: 'broker.crash' as const, broker });
  it('is the time of the first action the two lists do not share', () => {
    expect(divergence([crash(1, 1), crash(5, 2)], [crash(1, 1), crash(5, 2)])).toBe(Infinity);
    expect(divergence([crash(1, 1)], [crash(1, 1), crash(5, 2)])).toBe(5);
    expect(divergence([crash(1, 1), crash(9, 2)], [crash(1, 1), crash(5, 2)])).toBe(5);
    expect(divergence([crash(3, 1)], [crash(3, 2)])).toBe(3);
  });
});
