import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { Simulation } from '../model';
import { defaultScenario } from '../scenario/defaults';
import { consoleProducerProcess, kafkaConsoleProducer } from './consoleProducer';
import { contextAt } from './testing';
import type { CommandContext, ProcessSpec } from './types';

type Spec = Extract<ProcessSpec, { kind: 'console-producer' }>;
const BS = ['--bootstrap-server', 'localhost:9092'];

function sandbox(): { sim: Simulation; ctx: () => CommandContext } {
  const sim = createSimulation(defaultScenario());
  sim.seek(5000);
  return {
    sim,
    ctx: () => ({
      snapshot: sim.snapshot(),
      scenario: sim.scenario,
      events: sim.events().filter((e) => e.at <= sim.now),
    }),
  };
}

/** Starts a console producer, types `lines`, applies every action; returns the process. */
function typeLines(w: ReturnType<typeof sandbox>, args: string[], lines: string[]) {
  const r = kafkaConsoleProducer(args, w.ctx());
  expect(r.exitCode).toBe(0);
  for (const a of r.actions) w.sim.act(a);
  let p = r.process as Spec | null;
  const outputs: string[] = [];
  for (const line of lines) {
    w.sim.seek(w.sim.now + 100);
    const e = consoleProducerProcess.input!(p!, line, w.ctx());
    outputs.push(...e.output);
    for (const a of e.actions) w.sim.act(a);
    p = e.process;
    if (!p) break;
  }
  return { r, p, outputs };
}

describe('kafka-console-producer.sh options (ConsoleProducer 3.6)', () => {
  const ctx = contextAt();
  it('needs --bootstrap-server (joptsimple requiredUnless) and prints the usage', () => {
    for (const args of [[], ['--topic', 't']]) {
      const r = kafkaConsoleProducer(args, ctx);
      expect(r.exitCode).toBe(1);
      expect(r.output[0]).toBe('Missing required option(s) [bootstrap-server]');
      expect(r.output[1]).toMatch(/^Option +Description$/);
    }
  });
  it('needs --topic, and a host:port list', () => {
    expect(kafkaConsoleProducer([...BS], ctx).output[0]).toBe(
      'Missing required argument "[topic]"',
    );
    const r = kafkaConsoleProducer(['--bootstrap-server', 'localhost', '--topic', 't'], ctx);
    expect(r.output.slice(0, 2)).toEqual([
      'Please provide valid host:port like host1:9091,host2:9092',
      ' ',
    ]);
  });
  it('prints the help (exit 1) and the version', () => {
    const help = kafkaConsoleProducer(['--help'], ctx);
    expect(help.exitCode).toBe(1);
    expect(help.output[0]).toBe(
      'This tool helps to read data from standard input and publish it to Kafka.',
    );
    expect(kafkaConsoleProducer([...BS, '--version'], ctx).output).toEqual(['3.6.2']);
  });
  it('reports an unknown option with the usage', () => {
    const r = kafkaConsoleProducer([...BS, '--topic', 't', '--nope'], ctx);
    expect(r.output[0]).toBe('nope is not a recognized option');
    expect(r.exitCode).toBe(1);
  });
  it("validates acks with ProducerConfig's text", () => {
    const r = kafkaConsoleProducer(
      [...BS, '--topic', 'orders', '--request-required-acks', '2'],
      ctx,
    );
    expect(r.output).toEqual([
      'org.apache.kafka.common.config.ConfigException: Invalid value 2 for configuration acks: String must be one of: all, -1, 0, 1',
    ]);
  });
  it('cannot reach a port nothing listens on', () => {
    const r = kafkaConsoleProducer(
      ['--bootstrap-server', 'localhost:9999', '--topic', 'orders'],
      ctx,
    );
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toContain(
      '[Producer clientId=console-producer] Connection to node -1 (localhost/127.0.0.1:9999) could not be established.',
    );
  });
});

describe('kafka-console-producer.sh batching (ConsoleProducer.producerProps)', () => {
  const ctx = contextAt();
  const configsOf = (args: string[]) => {
    const r = kafkaConsoleProducer([...BS, '--topic', 'orders', ...args], ctx);
    const create = r.actions.find((a) => a.type === 'producer.create');
    return create?.type === 'producer.create' ? create.producer.configs : r.output;
  };
  it('maps --timeout to linger.ms and --batch-size / --max-partition-memory-bytes to batch.size', () => {
    expect(configsOf([])).toMatchObject({ 'linger.ms': 1000, 'batch.size': 16384 });
    expect(configsOf(['--timeout', '0'])).toMatchObject({ 'linger.ms': 0 });
    expect(configsOf(['--timeout', '250', '--batch-size', '500'])).toMatchObject({
      'linger.ms': 250,
      'batch.size': 500,
    });
    // Merged second, --max-partition-memory-bytes wins over --batch-size.
    expect(configsOf(['--batch-size', '500', '--max-partition-memory-bytes', '800'])).toMatchObject(
      { 'batch.size': 800 },
    );
  });
  it('keeps a producer property unless the option is given (maybeMergeOptions)', () => {
    expect(configsOf(['--producer-property', 'linger.ms=5'])).toMatchObject({ 'linger.ms': 5 });
    expect(configsOf(['--producer-property', 'linger.ms=5', '--timeout', '20'])).toMatchObject({
      'linger.ms': 20,
    });
    expect(configsOf(['--producer-property', 'batch.size=100'])).toMatchObject({
      'batch.size': 100,
    });
  });
  it('--sync keeps linger.ms: it only waits for each send (send(record).get())', () => {
    expect(configsOf(['--sync'])).toMatchObject({ 'linger.ms': 1000 });
  });
  it("rejects a negative linger.ms with ProducerConfig's text", () => {
    expect(configsOf(['--timeout', '-1'])).toEqual([
      'org.apache.kafka.common.config.ConfigException: Invalid value -1 for configuration linger.ms: Value must be at least 0',
    ]);
  });
  it('a typed line waits linger.ms (1 s) before its Produce request goes', () => {
    const w = sandbox();
    const topic = w.ctx().snapshot.topics[0]!.name;
    const r = kafkaConsoleProducer([...BS, '--topic', topic], w.ctx());
    for (const a of r.actions) w.sim.act(a);
    w.sim.seek(w.sim.now + 100);
    const typedAt = w.sim.now;
    const e = consoleProducerProcess.input!(r.process as Spec, 'hello', w.ctx());
    for (const a of e.actions) w.sim.act(a);
    const view = () => w.sim.snapshot().producers.find((p) => p.id === 'console-producer');
    w.sim.seek(typedAt + 999);
    expect(view()?.accumulating).toBe(1);
    w.sim.seek(typedAt + 1001);
    expect(view()?.accumulating).toBe(0);
    const produce = w.sim.snapshot().inFlight.find((m) => m.kind === 'Produce');
    expect(produce?.sentAt).toBe(typedAt + 1000);
  });
  it('with --timeout 0 a typed line goes at once', () => {
    const w = sandbox();
    const topic = w.ctx().snapshot.topics[0]!.name;
    typeLines(w, [...BS, '--topic', topic, '--timeout', '0'], ['now']);
    const produce = w.sim.snapshot().inFlight.find((m) => m.kind === 'Produce');
    expect(produce?.sentAt).toBe(w.sim.now);
  });
});

describe('kafka-console-producer.sh at work', () => {
  it('creates producer console-producer with acks=all (the 3.6 default -1), then console-producer-2', () => {
    const w = sandbox();
    const topic = w.ctx().snapshot.topics[0]!.name;
    const r = kafkaConsoleProducer([...BS, '--topic', topic], w.ctx());
    expect(r.actions).toEqual([
      {
        type: 'producer.create',
        producer: {
          id: 'console-producer',
          topic,
          recordsPerSec: 0,
          keys: [],
          // ConsoleProducer: --timeout's default 1000 is linger.ms, --batch-size's 16384 batch.size.
          configs: { acks: 'all', 'linger.ms': 1000, 'batch.size': 16384 },
        },
      },
    ]);
    expect(r.process).toMatchObject({
      kind: 'console-producer',
      producerId: 'console-producer',
      parseKey: false,
      keySeparator: '\t',
    });
    for (const a of r.actions) w.sim.act(a);
    const again = kafkaConsoleProducer(
      [...BS, '--topic', topic, '--producer-property', 'acks=1'],
      w.ctx(),
    );
    expect(again.actions[0]).toMatchObject({
      producer: { id: 'console-producer-2', configs: { acks: '1' } },
    });
    expect(consoleProducerProcess.prompt!(r.process as Spec)).toBe('>');
  });
  it('sends each line as one record with a null key', () => {
    const w = sandbox();
    const topic = w.ctx().snapshot.topics[0]!.name;
    const { p } = typeLines(w, [...BS, '--topic', topic], ['hello', 'world']);
    expect(p!.lineNumber).toBe(2);
    w.sim.seek(w.sim.now + 2000);
    const sent = w.sim
      .snapshot()
      .producedRecords.filter((r) => r.producerId === 'console-producer');
    expect(sent.map((r) => [r.key, r.value])).toEqual([
      [null, 'hello'],
      [null, 'world'],
    ]);
  });
  it('auto-creates a missing topic with num.partitions and warns LEADER_NOT_AVAILABLE on the first line', () => {
    const w = sandbox();
    const { r, outputs } = typeLines(w, [...BS, '--topic', 'fresh'], ['one', 'two']);
    expect(r.actions[0]).toEqual({
      type: 'topic.create',
      topic: { name: 'fresh', partitions: 1, replicationFactor: 1, configs: {} },
    });
    expect(outputs).toHaveLength(1);
    expect(outputs[0]).toMatch(
      /^\[.*\] WARN \[Producer clientId=console-producer\] Error while fetching metadata with correlation id \d+ : \{fresh=LEADER_NOT_AVAILABLE\} \(org\.apache\.kafka\.clients\.NetworkClient\)$/,
    );
    w.sim.seek(w.sim.now + 2000);
    expect(
      w.sim
        .snapshot()
        .producedRecords.filter((x) => x.topic === 'fresh')
        .map((x) => x.fate),
    ).toEqual(['acknowledged', 'acknowledged']);
  });
  it('ends with LineMessageReader’s exception on a line without the separator', () => {
    const w = sandbox();
    const topic = w.ctx().snapshot.topics[0]!.name;
    const args = [
      ...BS,
      '--topic',
      topic,
      '--property',
      'parse.key=true',
      '--property',
      'key.separator=:',
    ];
    const { p, outputs } = typeLines(w, args, ['k:v', 'no separator', 'never read']);
    expect(p).toBeNull();
    expect(outputs).toEqual([
      "org.apache.kafka.common.KafkaException: No key separator found on line number 2: 'no separator'",
    ]);
    const { p: p2 } = typeLines(w, [...args, '--property', 'ignore.error=true'], ['no separator']);
    expect(p2).not.toBeNull();
  });
});

/** KAFKA.md 1.4: murmur2 test vectors (UtilsTest, kafkajs) and their partitions for 3 and 6. */
const VECTORS: [string, number, number][] = [
  ['21', 0, 0],
  ['foobar', 0, 0],
  ['a-little-bit-long-string', 2, 2],
  ['a-little-bit-longer-string', 2, 5],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', 2, 5],
  ['abc', 0, 3],
  ['0', 2, 2],
  ['1', 0, 3],
  ['128', 2, 5],
  ['823543', 1, 4],
  ['4782969', 1, 1],
  ['100:48069', 0, 3],
];

describe('keyed lines land where Kafka’s murmur2 puts them', () => {
  for (const [count, column] of [
    [3, 1],
    [6, 2],
  ] as const) {
    it(`${count} partitions`, () => {
      const w = sandbox();
      const topic = `keys${count}`;
      w.sim.act({
        type: 'topic.create',
        topic: { name: topic, partitions: count, replicationFactor: 1, configs: {} },
      });
      w.sim.seek(w.sim.now + 1000);
      // `|` as the separator: one vector key contains `:`.
      const args = [
        ...BS,
        '--topic',
        topic,
        '--property',
        'parse.key=true',
        '--property',
        'key.separator=|',
      ];
      typeLines(
        w,
        args,
        VECTORS.map(([key]) => `${key}|value of ${key}`),
      );
      w.sim.seek(w.sim.now + 2000);
      const sent = w.sim.snapshot().producedRecords.filter((r) => r.topic === topic);
      expect(sent).toHaveLength(VECTORS.length);
      for (const v of VECTORS) {
        const record = sent.find((r) => r.key === v[0])!;
        expect(record.value).toBe(`value of ${v[0]}`);
        expect(record.partition, v[0]).toBe(v[column]);
      }
    });
  }
});
