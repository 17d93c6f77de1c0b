import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import { defaultScenario } from '../scenario/defaults';
import { consoleConsumerProcess, kafkaConsoleConsumer } from './consoleConsumerRun';
import { contextAt } from './testing';
import type { CommandContext, ProcessSpec } from './types';

type Spec = Extract<ProcessSpec, { kind: 'console-consumer' }>;
const BS = ['--bootstrap-server', 'localhost:9092'];

/** The sandbox with topic `t` (2 partitions) holding six keyed records. */
function world() {
  const sim = createSimulation(defaultScenario());
  sim.seek(5000);
  sim.act({
    type: 'topic.create',
    topic: { name: 't', partitions: 2, replicationFactor: 3, configs: {} },
  });
  sim.seek(6000);
  sim.act({
    type: 'producer.create',
    producer: { id: 'hand', topic: 't', recordsPerSec: 0, keys: [], configs: {} },
  });
  sim.seek(6500);
  for (const [k, v] of [
    ['a', '1'],
    ['b', '2'],
    ['c', '3'],
    ['a', '4'],
    ['b', '5'],
    ['c', '6'],
  ]) {
    sim.act({ type: 'produce', topic: 't', key: k!, value: v!, producer: 'hand' });
    sim.seek(sim.now + 50);
  }
  sim.seek(9000);
  const ctx = (random = 0.12345): CommandContext => ({
    snapshot: sim.snapshot(),
    scenario: sim.scenario,
    events: sim.events().filter((e) => e.at <= sim.now),
    random,
  });
  const start = (args: string[], random?: number) => {
    const r = kafkaConsoleConsumer(args, ctx(random));
    for (const a of r.actions) sim.act(a);
    return r;
  };
  return { sim, ctx, start };
}

describe('kafka-console-consumer.sh options (ConsoleConsumer 3.6)', () => {
  const ctx = contextAt();
  it('prints the help without arguments (exit 1)', () => {
    const r = kafkaConsoleConsumer([], ctx);
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toBe(
      'This tool helps to read data from Kafka topics and outputs it to standard output.',
    );
  });
  it('checks in ConsumerConfig’s order, printing the usage', () => {
    expect(kafkaConsoleConsumer(['--topic', 't'], ctx).output[0]).toBe(
      'Missing required argument "[bootstrap-server]"',
    );
    expect(kafkaConsoleConsumer([...BS], ctx).output[0]).toBe(
      'Exactly one of --include/--topic is required. ()',
    );
    expect(
      kafkaConsoleConsumer([...BS, '--topic', 't', '--partition', '0', '--group', 'g'], ctx)
        .output[0],
    ).toBe('Options group and partition cannot be specified together.');
    expect(
      kafkaConsoleConsumer(
        [...BS, '--topic', 't', '--group', 'g', '--consumer-property', 'group.id=h'],
        ctx,
      ).output[0],
    ).toBe(
      "The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. Detected group ids: 'g', 'h'",
    );
  });
  it('refuses --from-beginning against an explicit auto.offset.reset=latest', () => {
    const r = kafkaConsoleConsumer(
      [
        ...BS,
        '--topic',
        't',
        '--from-beginning',
        '--consumer-property',
        'auto.offset.reset=latest',
      ],
      ctx,
    );
    expect(r).toEqual({
      output: [
        "Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest', please remove one option",
      ],
      exitCode: 1,
      actions: [],
    });
  });
  it('refuses another formatter plainly and a non-number --max-messages as joptsimple does', () => {
    expect(kafkaConsoleConsumer([...BS, '--topic', 't', '--formatter', 'x.Y'], ctx).exitCode).toBe(
      1,
    );
    expect(
      kafkaConsoleConsumer([...BS, '--topic', 't', '--max-messages', 'ten'], ctx).output,
    ).toEqual([
      `Exception in thread "main" joptsimple.OptionArgumentConversionException: Cannot parse argument 'ten' of option max-messages`,
    ]);
  });
});

describe('kafka-console-consumer.sh at work', () => {
  it('joins a generated group console-consumer-<n> without auto-commit', () => {
    const w = world();
    const r = w.start([...BS, '--topic', 't', '--from-beginning'], 0.12345);
    expect(r.actions).toEqual([
      {
        type: 'group.create',
        group: {
          groupId: 'console-consumer-12345',
          topics: ['t'],
          members: 1,
          configs: { 'auto.offset.reset': 'earliest', 'enable.auto.commit': false },
        },
      },
    ]);
    expect(r.process).toMatchObject({
      groupId: 'console-consumer-12345',
      generatedGroup: true,
      partition: null,
    });
  });
  it('prints what its member has fetched, from the beginning, in the default format', () => {
    const w = world();
    const p = w.start([...BS, '--topic', 't', '--from-beginning', '--property', 'print.key=true'])
      .process as Spec;
    w.sim.seek(14_000);
    const out = consoleConsumerProcess.output(p, w.ctx());
    expect(out.exited).toBe(false);
    expect([...out.output].sort()).toEqual(['a\t1', 'a\t4', 'b\t2', 'b\t5', 'c\t3', 'c\t6']);
    // Records of one partition keep their order.
    const a = out.output.filter((l) => l.startsWith('a'));
    expect(a).toEqual(['a\t1', 'a\t4']);
    const stop = consoleConsumerProcess.interrupt(p, w.ctx());
    expect(stop).toEqual({
      output: ['Processed a total of 6 messages'],
      actions: [{ type: 'group.scale', groupId: 'console-consumer-12345', members: 0 }],
    });
  });
  it('without --from-beginning it starts at the end and prints only new records', () => {
    const w = world();
    const p = w.start([...BS, '--topic', 't']).process as Spec;
    w.sim.seek(12_000);
    expect(consoleConsumerProcess.output(p, w.ctx()).output).toEqual([]);
    w.sim.act({ type: 'produce', topic: 't', key: 'z', value: 'late', producer: 'hand' });
    w.sim.seek(16_000);
    expect(consoleConsumerProcess.output(p, w.ctx()).output).toEqual(['late']);
  });
  it('stops by itself after --max-messages', () => {
    const w = world();
    const p = w.start([...BS, '--topic', 't', '--from-beginning', '--max-messages', '2'])
      .process as Spec;
    w.sim.seek(14_000);
    const out = consoleConsumerProcess.output(p, w.ctx());
    expect(out.output).toHaveLength(2);
    expect(out.exited).toBe(true);
    expect(consoleConsumerProcess.exit(p, w.ctx()).output).toEqual([
      'Processed a total of 2 messages',
    ]);
  });
  it('a second consumer with the same --group scales the group to two members', () => {
    const w = world();
    w.start([...BS, '--topic', 't', '--group', 'g']);
    w.sim.seek(10_000);
    const r = w.start([...BS, '--topic', 't', '--group', 'g']);
    expect(r.actions).toEqual([{ type: 'group.scale', groupId: 'g', members: 2 }]);
    expect(r.process).toMatchObject({ groupId: 'g', generatedGroup: false });
    expect(consoleConsumerProcess.interrupt(r.process as Spec, w.ctx()).actions).toEqual([
      { type: 'group.scale', groupId: 'g', members: 1 },
    ]);
  });
  it('--partition with --offset reads that partition up to the high watermark, without a group', () => {
    const w = world();
    const r = w.start([
      ...BS,
      '--topic',
      't',
      '--partition',
      '0',
      '--offset',
      'earliest',
      '--property',
      'print.offset=true',
    ]);
    expect(r.actions).toEqual([]);
    const p = r.process as Spec;
    expect(p.groupId).toBeNull();
    const leader = w.ctx().snapshot.topics.find((t) => t.name === 't')!.partitions[0]!;
    const hw = leader.replicaViews.find((x) => x.brokerId === leader.leader)!.highWatermark;
    const out = consoleConsumerProcess.output(p, w.ctx()).output;
    expect(out).toHaveLength(hw);
    expect(out[0]!.startsWith('Offset:0\t')).toBe(true);
    expect(consoleConsumerProcess.interrupt(p, w.ctx()).actions).toEqual([]);
  });
  it('auto-creates a missing topic as the broker does on the metadata request', () => {
    const w = world();
    const r = w.start([...BS, '--topic', 'brand-new']);
    expect(r.actions[0]).toEqual({
      type: 'topic.create',
      topic: { name: 'brand-new', partitions: 1, replicationFactor: 1, configs: {} },
    });
    expect(r.output[0]).toContain('{brand-new=LEADER_NOT_AVAILABLE}');
  });
  it('two consumers of one group print the records of their own partitions', () => {
    const w = world();
    const args = [...BS, '--topic', 't', '--group', 'g', '--property', 'print.partition=true'];
    const p1 = w.start(args).process as Spec;
    w.sim.seek(10_000);
    const p2 = w.start(args).process as Spec;
    w.sim.seek(14_000);
    // murmur2 (KAFKA.md 1.4): `21` → partition 0 and `key2` → partition 1 of 2.
    w.sim.act({ type: 'produce', topic: 't', key: '21', value: 'to-0', producer: 'hand' });
    w.sim.act({ type: 'produce', topic: 't', key: 'key2', value: 'to-1', producer: 'hand' });
    w.sim.seek(20_000);
    const shown = [p1, p2].map((p) => consoleConsumerProcess.output(p, w.ctx()).output);
    expect(shown.flat().sort()).toEqual(['Partition:0\tto-0', 'Partition:1\tto-1']);
    expect(shown.every((lines) => lines.length === 1)).toBe(true);
  });
});
