// Links for an empty machine and the terminal's actions: they round-trip, and wrong ones are refused
// with a problem that names the field.
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioAction } from '../model/scenarioTypes';
import { decodeScenarioParam, encodeScenario } from './link';
import { restoreScenario } from './validate';

function emptyMachine(actions: ScenarioAction[] = []): Scenario {
  return {
    version: 1,
    seed: 7,
    brokers: 0,
    brokerConfigs: {},
    networkLatencyMs: 5,
    topics: [],
    producers: [],
    consumerGroups: [],
    actions,
    startup: 'manual',
  };
}

const session: ScenarioAction[] = [
  { at: 0, type: 'terminal.file', path: 'config/server.properties', content: 'broker.id=0\n' },
  {
    at: 100,
    type: 'terminal.line',
    session: 0,
    line: 'bin/zookeeper-server-start.sh config/zookeeper.properties',
  },
  { at: 100, type: 'zookeeper.start' },
  {
    at: 900,
    type: 'terminal.line',
    session: 1,
    line: 'bin/kafka-server-start.sh config/server.properties',
  },
  {
    at: 900,
    type: 'broker.start',
    broker: 0,
    port: 9092,
    logDirs: '/tmp/kafka-logs',
    configs: { 'num.partitions': 3 },
  },
  {
    at: 5000,
    type: 'topic.create',
    topic: { name: 'events', partitions: 3, replicationFactor: 1, configs: {} },
  },
  { at: 6000, type: 'topic.addPartitions', topic: 'events', partitions: 4 },
  { at: 7000, type: 'partition.elect', electionType: 'preferred', partitions: null },
  {
    at: 7000,
    type: 'partition.elect',
    electionType: 'unclean',
    partitions: [{ topic: 'events', partition: 1 }],
  },
  { at: 8000, type: 'terminal.interrupt', session: 1 },
  { at: 8000, type: 'broker.stop', broker: 0 },
  { at: 8500, type: 'terminal.exit', session: 0 },
  { at: 9000, type: 'topic.delete', topic: 'events' },
];

function codes(input: unknown): string[][] {
  const r = restoreScenario(input);
  return r.ok ? [] : r.problems.map((p) => [p.code, p.path]);
}

describe('an empty machine with terminal actions', () => {
  it('round-trips through a link unchanged', () => {
    const s = emptyMachine(session);
    const back = decodeScenarioParam(encodeScenario(s));
    expect(back.ok && back.scenario).toEqual(s);
  });

  it('refuses an unknown startup and a manual start that lists brokers or topics', () => {
    expect(codes({ ...emptyMachine(), startup: 'auto' })).toContainEqual([
      'startupInvalid',
      'startup',
    ]);
    expect(codes({ ...emptyMachine(), brokers: 3 })).toEqual([['startupNotEmpty', 'brokers']]);
    const withTopic = {
      ...emptyMachine(),
      topics: [{ name: 'a', partitions: 1, replicationFactor: 1, configs: {} }],
    };
    expect(codes(withTopic)).toContainEqual(['startupNotEmpty', 'startup']);
  });

  it('still needs at least one broker when the sandbox starts them', () => {
    const { startup: _startup, ...auto } = emptyMachine();
    expect(codes(auto)).toEqual([['brokersOutOfRange', 'brokers']]);
  });

  it('checks each new action’s fields', () => {
    const bad = (a: Record<string, unknown>) => codes(emptyMachine([a as ScenarioAction]));
    expect(
      bad({ at: 1, type: 'broker.start', broker: 0, port: 70000, logDirs: '/x', configs: {} }),
    ).toEqual([['numberTooLarge', 'actions[0].port']]);
    expect(bad({ at: 1, type: 'broker.stop', broker: -1 })).toEqual([
      ['actionBrokerUnknown', 'actions[0].broker'],
    ]);
    expect(bad({ at: 1, type: 'terminal.line', session: 8, line: 'ls' })).toEqual([
      ['simulatorLimit', 'actions[0].session'],
    ]);
    expect(bad({ at: 1, type: 'terminal.line', session: 0, line: 'x'.repeat(4001) })).toEqual([
      ['tooLong', 'actions[0].line'],
    ]);
    expect(
      bad({ at: 1, type: 'partition.elect', electionType: 'random', partitions: null }),
    ).toEqual([['valueNotAllowed', 'actions[0].electionType']]);
    expect(
      bad({
        at: 1,
        type: 'broker.start',
        broker: 0,
        port: 9092,
        logDirs: '/x',
        configs: { 'num.partitions': 0 },
      }),
    ).toHaveLength(1);
  });

  it('lets a topic be created again after it was deleted', () => {
    const t = { name: 'again', partitions: 1, replicationFactor: 1, configs: {} };
    const actions: ScenarioAction[] = [
      { at: 1, type: 'topic.create', topic: t },
      { at: 2, type: 'topic.delete', topic: 'again' },
      { at: 3, type: 'topic.create', topic: t },
    ];
    expect(codes(emptyMachine(actions))).toEqual([]);
  });
});
