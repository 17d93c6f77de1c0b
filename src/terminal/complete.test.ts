import { describe, expect, it } from 'vitest';
import { completeLine } from './complete';
import { emptyTerminal, applyTerminalAction } from './session';
import { STUB_REGISTRY } from './shellTesting';
import { contextAt } from './testing';
import type { TerminalState } from './types';

const ctx = contextAt(5000, (s) => {
  s.topics.push({ name: 'order-events', partitions: 1, replicationFactor: 1, configs: {} });
});
const tab = (line: string, state: TerminalState = emptyTerminal()) =>
  completeLine(state, 0, line, ctx, STUB_REGISTRY);

describe('Tab on the first word', () => {
  it('completes a unique built-in with a space after it', () => {
    expect(tab('hist')).toEqual({ line: 'history ', candidates: [] });
  });
  it('lists several matches and completes what they share', () => {
    expect(tab('bin/kafka-co')).toEqual({
      line: 'bin/kafka-con',
      candidates: ['kafka-configs.sh', 'kafka-console-producer.sh', 'kafka-consumer-groups.sh'],
    });
    expect(tab('bin/kafka-cons')).toEqual({
      line: 'bin/kafka-cons',
      candidates: ['kafka-console-producer.sh', 'kafka-consumer-groups.sh'],
    });
    expect(tab('c')).toEqual({ line: 'c', candidates: ['cd', 'clear'] });
  });
  it('offers only the scripts that run here, by any path to bin/', () => {
    expect(tab('./bin/kafka-t')).toEqual({ line: './bin/kafka-topics.sh ', candidates: [] });
    expect(tab('bin/kafka-re')).toEqual({ line: 'bin/kafka-re', candidates: [] });
  });
  it('completes a directory with its slash and no space', () => {
    expect(tab('./b')).toEqual({ line: './bin/', candidates: [] });
  });
});

describe('Tab after a tool', () => {
  it('completes its options', () => {
    expect(tab('bin/kafka-topics.sh --cr')).toEqual({
      line: 'bin/kafka-topics.sh --create ',
      candidates: [],
    });
    expect(tab('bin/kafka-topics.sh --').candidates).toEqual([
      '--bootstrap-server',
      '--create',
      '--describe',
      '--list',
      '--partitions',
      '--topic',
    ]);
  });
  it('offers the topics that exist after --topic', () => {
    expect(tab('bin/kafka-topics.sh --describe --topic ')).toEqual({
      line: 'bin/kafka-topics.sh --describe --topic order',
      candidates: ['order-events', 'orders'],
    });
    expect(tab('bin/kafka-topics.sh --describe --topic orders').line).toBe(
      'bin/kafka-topics.sh --describe --topic orders ',
    );
  });
  it('completes a value given with = and a path from ~', () => {
    expect(tab('bin/kafka-topics.sh --describe --topic=orders-').line).toBe(
      'bin/kafka-topics.sh --describe --topic=orders-',
    );
    expect(tab('bin/kafka-topics.sh --describe --topic=ord').candidates).toEqual([
      'order-events',
      'orders',
    ]);
    expect(tab('~/kafka_2.13-3.6.2/bin/kafka-t').line).toBe(
      '~/kafka_2.13-3.6.2/bin/kafka-topics.sh ',
    );
  });
  it('offers the group ids after --group', () => {
    expect(tab('bin/kafka-consumer-groups.sh --describe --group o').line).toBe(
      'bin/kafka-consumer-groups.sh --describe --group orders-app ',
    );
  });
  it('offers topics or broker ids after --entity-name, by the --entity-type before it', () => {
    expect(tab('bin/kafka-configs.sh --entity-type topics --entity-name orders-').line).toBe(
      'bin/kafka-configs.sh --entity-type topics --entity-name orders-',
    );
    expect(tab('bin/kafka-configs.sh --entity-type topics --entity-name order').candidates).toEqual(
      ['order-events', 'orders'],
    );
    expect(tab('bin/kafka-configs.sh --entity-type brokers --entity-name ').candidates).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(tab('bin/kafka-configs.sh --entity-type b').line).toBe(
      'bin/kafka-configs.sh --entity-type brokers ',
    );
  });
  it('offers localhost:9092 after --bootstrap-server', () => {
    expect(tab('bin/kafka-topics.sh --list --bootstrap-server ').line).toBe(
      'bin/kafka-topics.sh --list --bootstrap-server localhost:9092 ',
    );
  });
  it('completes config files for a server start script', () => {
    expect(tab('bin/zookeeper-server-start.sh config/zo')).toEqual({
      line: 'bin/zookeeper-server-start.sh config/zookeeper.properties ',
      candidates: [],
    });
    expect(tab('bin/zookeeper-server-start.sh con').line).toBe(
      'bin/zookeeper-server-start.sh config/',
    );
  });
  it('offers only directories to cd, and nothing to an unknown program', () => {
    expect(tab('cd co')).toEqual({ line: 'cd config/', candidates: [] });
    expect(tab('cd LIC')).toEqual({ line: 'cd LIC', candidates: [] });
    expect(tab('foo --to')).toEqual({ line: 'foo --to', candidates: [] });
  });
  it('leaves the line alone inside an open quote or while a process runs', () => {
    expect(tab("bin/kafka-topics.sh --topic 'or")).toEqual({
      line: "bin/kafka-topics.sh --topic 'or",
      candidates: [],
    });
    const running = applyTerminalAction(
      emptyTerminal(),
      { type: 'terminal.line', session: 0, line: 'bin/kafka-console-producer.sh' },
      ctx,
      STUB_REGISTRY,
    ).state;
    expect(tab('his', running)).toEqual({ line: 'his', candidates: [] });
  });
});

describe('Tab with the real tools', () => {
  const real = (line: string) => completeLine(emptyTerminal(), 0, line, ctx);
  it('completes zookeeper-shell.sh: the server, a command, then znode paths', () => {
    expect(real('bin/zookeeper-shell.sh ').line).toBe('bin/zookeeper-shell.sh localhost:2181 ');
    expect(real('bin/zookeeper-shell.sh localhost:2181 getE').line).toBe(
      'bin/zookeeper-shell.sh localhost:2181 getEphemerals ',
    );
    expect(real('bin/zookeeper-shell.sh localhost:2181 ls /bro').line).toBe(
      'bin/zookeeper-shell.sh localhost:2181 ls /brokers ',
    );
    expect(real('bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids/').candidates).toEqual([
      '/brokers/ids/1',
      '/brokers/ids/2',
      '/brokers/ids/3',
    ]);
  });
  it('completes the real options of kafka-topics.sh and file names for cat', () => {
    expect(real('bin/kafka-topics.sh --replication-f').line).toBe(
      'bin/kafka-topics.sh --replication-factor ',
    );
    expect(real('cat config/serv').line).toBe('cat config/server.properties ');
  });
});
