// Validation of the classic-protocol actions (group.commit, consumer.crash/stall/resume) and of
// session.timeout.ms, heartbeat.interval.ms, max.poll.interval.ms.
import { describe, expect, it } from 'vitest';
import { describeProblem } from './describe';
import { defaultScenario } from './defaults';
import { restoreScenario } from './validate';

function withActions(actions: unknown[], configs?: Record<string, unknown>): unknown {
  const s = JSON.parse(JSON.stringify(defaultScenario())) as Record<string, unknown>;
  s.actions = actions;
  if (configs) {
    const groups = s.consumerGroups as { configs?: Record<string, unknown> }[];
    if (groups[0]) groups[0].configs = { ...(groups[0].configs ?? {}), ...configs };
  }
  return s;
}

function problems(input: unknown): [string, string][] {
  const r = restoreScenario(input);
  return r.ok ? [] : r.problems.map((p) => [p.code, p.path]);
}

describe('classic group protocol actions', () => {
  it('accepts group.commit and consumer.crash/stall/resume on an instance of the group', () => {
    const r = restoreScenario(
      withActions([
        { at: 1000, type: 'group.commit', groupId: 'orders-app' },
        {
          at: 2000,
          type: 'consumer.stall',
          groupId: 'orders-app',
          clientId: 'consumer-orders-app-1',
        },
        {
          at: 3000,
          type: 'consumer.resume',
          groupId: 'orders-app',
          clientId: 'consumer-orders-app-1',
        },
        {
          at: 4000,
          type: 'consumer.crash',
          groupId: 'orders-app',
          clientId: 'consumer-orders-app-2',
        },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.actions.map((a) => a.type)).toEqual([
      'group.commit',
      'consumer.stall',
      'consumer.resume',
      'consumer.crash',
    ]);
  });

  it('refuses an unknown group and a client id that is not consumer-<groupId>-<n>', () => {
    expect(
      problems(
        withActions([
          { at: 2, type: 'consumer.crash', groupId: 'orders-app', clientId: 'consumer-other-1' },
          {
            at: 3,
            type: 'consumer.stall',
            groupId: 'orders-app',
            clientId: 'consumer-orders-app-0',
          },
        ]),
      ),
    ).toEqual([
      ['actionConsumerUnknown', 'actions[0].clientId'],
      ['actionConsumerUnknown', 'actions[1].clientId'],
    ]);
    expect(
      problems(
        withActions([
          { at: 1, type: 'group.commit', groupId: 'nope' },
          { at: 4, type: 'consumer.resume', groupId: 'nope', clientId: 'consumer-nope-1' },
        ]),
      ),
    ).toEqual([
      ['actionGroupUnknown', 'actions[0].groupId'],
      ['actionGroupUnknown', 'actions[1].groupId'],
    ]);
  });

  it('reads the liveness configs with the broker’s session bounds and heartbeat < session', () => {
    expect(
      problems(
        withActions([], {
          'session.timeout.ms': 10000,
          'heartbeat.interval.ms': 3000,
          'max.poll.interval.ms': 60000,
        }),
      ),
    ).toEqual([]);
    // group.min.session.timeout.ms is 6000 (the JoinGroup would fail with INVALID_SESSION_TIMEOUT).
    expect(problems(withActions([], { 'session.timeout.ms': 5000 }))).toHaveLength(1);
    expect(problems(withActions([], { 'max.poll.interval.ms': 0 }))).toHaveLength(1);
    expect(
      problems(withActions([], { 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 6000 })),
    ).toEqual([['heartbeatNotBelowSession', 'consumerGroups[0].configs["heartbeat.interval.ms"]']]);
  });

  it('says what is wrong in English and Korean', () => {
    const r = restoreScenario(
      withActions([{ at: 7, type: 'consumer.crash', groupId: 'orders-app', clientId: 'x' }]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problem = r.problems[0]!;
    expect(describeProblem('en', problem)).toContain('consumer-orders-app-1');
    expect(describeProblem('ko', problem)).toContain('consumer-orders-app-1');
  });
});
