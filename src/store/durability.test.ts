// The durability comparison against the real model: the failure scripts lose acknowledged records
// under the weak configurations and none under the strong ones, and the same inputs give the same result.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { Scenario } from '../model/scenarioTypes';
import { defaultScenario } from '../scenario/defaults';
import { applyConfig, compareDurability, runDurability } from './durability';
import { aimOf, durabilityBase, planFailure } from './durabilityFailures';
import type { DurabilityConfig, FailureId } from './durabilityTypes';

const create = (s: Scenario) => createSimulation(s);
const acks1: DurabilityConfig = { acks: '1', minInsyncReplicas: 1, uncleanLeaderElection: false };
const all2: DurabilityConfig = { acks: 'all', minInsyncReplicas: 2, uncleanLeaderElection: false };
const all1: DurabilityConfig = { acks: 'all', minInsyncReplicas: 1, uncleanLeaderElection: false };

function plan(id: FailureId, base = defaultScenario()) {
  const p = planFailure(id, base, create);
  if (!p) throw new Error(`no plan for ${id}`);
  return { base, ...p };
}

describe('applyConfig', () => {
  it('sets acks on every producer and the two topic settings on every topic', () => {
    const s = applyConfig(defaultScenario(), {
      acks: '0',
      minInsyncReplicas: 3,
      uncleanLeaderElection: true,
    });
    expect(s.producers.every((p) => p.configs.acks === '0')).toBe(true);
    expect(s.topics[0]!.configs).toEqual({
      'min.insync.replicas': 3,
      'unclean.leader.election.enable': true,
    });
    // The base is left as it was.
    expect(defaultScenario().producers[0]!.configs.acks).toBe('all');
  });
});

describe('durabilityBase', () => {
  it('keeps a world the scripts fit, without its actions', () => {
    const s = defaultScenario();
    s.actions = [{ at: 100, type: 'broker.crash', broker: 1 }];
    expect(durabilityBase(s, () => fail()).actions).toEqual([]);
  });
  it('falls back when the world has no producer of its own or starts empty', () => {
    const quiet = defaultScenario();
    quiet.producers[0]!.recordsPerSec = 0;
    expect(aimOf(quiet)).toBeNull();
    const manual: Scenario = { ...defaultScenario(), startup: 'manual' };
    expect(durabilityBase(manual, defaultScenario).startup).toBeUndefined();
    expect(durabilityBase(null, defaultScenario).seed).toBe(42);
  });
});

function fail(): never {
  throw new Error('fallback used');
}

describe('followersCutOffThenLeaderCrash (clean election)', () => {
  const { base, plan: p, actions } = plan('followersCutOffThenLeaderCrash');
  const cmp = compareDurability(base, [acks1, all2], actions, p.until, create);
  const [one, all] = cmp.runs;

  it('aims at the leader of the first partition and its followers', () => {
    expect(p.tp).toBe('orders-0');
    expect(p.followers).toHaveLength(2);
    expect(p.followers).not.toContain(p.leader);
    expect(actions.filter((a) => a.type === 'broker.crash')).toHaveLength(1);
  });

  it('acks=1 loses records the leader alone acknowledged; acks=all loses none', () => {
    expect(one.lost.length).toBeGreaterThan(0);
    expect(one.lost.every((r) => `${r.topic}-${r.partition}` === p.tp)).toBe(true);
    expect(one.lost.every((r) => r.offset !== null && r.why === 'ledger')).toBe(true);
    // The model reported each one with data.loss.
    expect(one.lostReported).toBe(one.lost.length);
    expect(all.lost).toEqual([]);
    expect(all.lostReported).toBe(0);
    expect(one.acknowledged).toBeGreaterThan(50);
    expect(all.acknowledged).toBeGreaterThan(50);
  });

  it('the lost records were written while the followers were cut off', () => {
    const [cutOff, crash] = p.steps;
    expect(cutOff!.step).toBe('cutOff');
    for (const r of one.lost) {
      expect(r.sentAt).toBeGreaterThanOrEqual(cutOff!.at - 1000);
      expect(r.sentAt).toBeLessThanOrEqual(crash!.at);
    }
  });

  it('each run is the base with its config and the same failure', () => {
    expect(one.scenario.actions).toEqual(actions);
    expect(all.scenario.actions).toEqual(actions);
    expect(one.scenario.producers[0]!.configs.acks).toBe('1');
    expect(all.scenario.topics[0]!.configs['min.insync.replicas']).toBe(2);
  });

  it('is deterministic: the same inputs give the same result', () => {
    const again = compareDurability(base, [acks1, all2], actions, p.until, create);
    expect(again).toEqual(cmp);
  });
});

describe('followersDownThenLeaderCrash (the ISR shrinks to the leader)', () => {
  const { base, plan: p, actions } = plan('followersDownThenLeaderCrash');
  const run = (c: DurabilityConfig) => runDurability(base, c, actions, p.until, create);

  it('with unclean election off, nothing acknowledged is lost: the old leader returns', () => {
    expect(run(acks1).lost).toEqual([]);
    expect(run(all1).lost).toEqual([]);
  });

  it('with unclean election on, acks=1 and acks=all with min.insync.replicas=1 lose; 2 does not', () => {
    const on = { uncleanLeaderElection: true };
    const a1 = run({ ...acks1, ...on });
    const m1 = run({ ...all1, ...on });
    const m2 = run({ ...all2, ...on });
    expect(a1.lost.length).toBeGreaterThan(0);
    expect(m1.lost.length).toBeGreaterThan(0);
    expect(m2.lost).toEqual([]);
    // min.insync.replicas=2 refused the writes the leader would have taken alone (KAFKA.md 1.5).
    expect(m2.refusals.some((r) => r.error.startsWith('NOT_ENOUGH_REPLICAS'))).toBe(true);
    expect(m1.refusals.some((r) => r.error.startsWith('NOT_ENOUGH_REPLICAS'))).toBe(false);
  });
});

describe('acks=0', () => {
  it('counts records sent into the void as lost although no offset was ever known', () => {
    const { base, plan: p, actions } = plan('followersCutOffThenLeaderCrash');
    const r = runDurability(
      base,
      { acks: '0', minInsyncReplicas: 1, uncleanLeaderElection: false },
      actions,
      p.until,
      create,
    );
    expect(r.lost.length).toBeGreaterThan(0);
    expect(r.lost.every((x) => x.offset === null && x.why === 'absent')).toBe(true);
  });
});
