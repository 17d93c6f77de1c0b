// Validation of the client actions (producer.create, group.create, group.scale,
// group.resetOffsets) and of recordsPerSecPerMember.
import { describe, expect, it } from 'vitest';
import { describeProblem } from './describe';
import { defaultScenario } from './defaults';
import { restoreScenario } from './validate';

function withActions(actions: unknown[], groups?: unknown[]): unknown {
  const s = JSON.parse(JSON.stringify(defaultScenario())) as Record<string, unknown>;
  s.actions = actions;
  if (groups) s.consumerGroups = groups;
  return s;
}

function problems(input: unknown): [string, string][] {
  const r = restoreScenario(input);
  return r.ok ? [] : r.problems.map((p) => [p.code, p.path]);
}

const newGroup = { groupId: 'audit', topics: ['orders'], members: 2 };
const newProducer = { id: 'p2', topic: 'orders', recordsPerSec: 5 };

describe('client actions', () => {
  it('accepts well-formed actions in canonical form', () => {
    const r = restoreScenario(
      withActions([
        { at: 1000, type: 'producer.create', producer: newProducer },
        { at: 2000, type: 'producer.update', producer: 'p2', recordsPerSec: 9 },
        { at: 2000, type: 'produce', topic: 'orders', key: 'k', value: 'v', producer: 'p2' },
        {
          at: 3000,
          type: 'group.create',
          group: { ...newGroup, recordsPerSecPerMember: 2.5 },
        },
        { at: 4000, type: 'group.scale', groupId: 'audit', members: 0 },
        { at: 4000, type: 'group.scale', groupId: 'orders-app', members: 16 },
        { at: 5000, type: 'group.resetOffsets', groupId: 'audit', to: 'earliest' },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.scenario.actions[0]).toEqual({
      at: 1000,
      type: 'producer.create',
      producer: { id: 'p2', topic: 'orders', recordsPerSec: 5, keys: [], configs: {} },
    });
    expect(r.scenario.actions[3]).toEqual({
      at: 3000,
      type: 'group.create',
      group: {
        groupId: 'audit',
        topics: ['orders'],
        members: 2,
        configs: {},
        recordsPerSecPerMember: 2.5,
      },
    });
    // Restoring the result gives it back unchanged.
    expect(restoreScenario(r.scenario)).toStrictEqual(r);
  });

  it('refuses a taken producer or group id, and unknown topics at the action time', () => {
    expect(
      problems(
        withActions([
          { at: 1, type: 'producer.create', producer: { ...newProducer, id: 'producer-1' } },
        ]),
      ),
    ).toEqual([['actionProducerDuplicate', 'actions[0].producer.id']]);
    expect(
      problems(
        withActions([
          { at: 1, type: 'group.create', group: { ...newGroup, groupId: 'orders-app' } },
        ]),
      ),
    ).toEqual([['actionGroupDuplicate', 'actions[0].group.groupId']]);
    expect(
      problems(
        withActions([
          { at: 1, type: 'producer.create', producer: { ...newProducer, topic: 'later' } },
          { at: 2, type: 'group.create', group: { ...newGroup, topics: ['orders', 'later'] } },
          {
            at: 3,
            type: 'topic.create',
            topic: { name: 'later', partitions: 1, replicationFactor: 1 },
          },
          { at: 4, type: 'group.create', group: { ...newGroup, groupId: 'ok', topics: ['later'] } },
        ]),
      ),
    ).toEqual([
      ['actionTopicUnknown', 'actions[0].producer.topic'],
      ['actionTopicUnknown', 'actions[1].group.topics[1]'],
    ]);
  });

  it('a created producer or group exists only from its own time on', () => {
    expect(
      problems(
        withActions([
          { at: 1, type: 'producer.update', producer: 'p2', recordsPerSec: 1 },
          { at: 2, type: 'producer.create', producer: newProducer },
        ]),
      ),
    ).toEqual([['actionProducerUnknown', 'actions[0].producer']]);
    expect(
      problems(
        withActions([
          { at: 1, type: 'group.scale', groupId: 'audit', members: 1 },
          { at: 2, type: 'group.create', group: newGroup },
          { at: 3, type: 'group.resetOffsets', groupId: 'nope', to: 'latest' },
        ]),
      ),
    ).toEqual([
      ['actionGroupUnknown', 'actions[0].groupId'],
      ['actionGroupUnknown', 'actions[2].groupId'],
    ]);
  });

  it('checks members, to and recordsPerSecPerMember', () => {
    expect(
      problems(
        withActions([
          { at: 1, type: 'group.scale', groupId: 'orders-app', members: 17 },
          { at: 1, type: 'group.scale', groupId: 'orders-app', members: 1.5 },
          { at: 1, type: 'group.resetOffsets', groupId: 'orders-app', to: 'none' },
        ]),
      ),
    ).toEqual([
      ['simulatorLimit', 'actions[0].members'],
      ['expectedInteger', 'actions[1].members'],
      ['valueNotAllowed', 'actions[2].to'],
    ]);
    expect(
      problems(withActions([], [{ groupId: 'g', topics: ['orders'], recordsPerSecPerMember: 0 }])),
    ).toEqual([['simulatorLimit', 'consumerGroups[0].recordsPerSecPerMember']]);
  });

  it('says what is wrong in English and Korean', () => {
    const r = restoreScenario(
      withActions([{ at: 7, type: 'group.scale', groupId: 'nope', members: 1 }]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problem = r.problems[0]!;
    expect(describeProblem('en', problem)).toContain('“nope”');
    expect(describeProblem('en', problem)).toContain('7 ms');
    expect(describeProblem('ko', problem)).toContain('컨슈머 그룹');
  });
});
