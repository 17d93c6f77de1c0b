// The console consumer's pure parts against the real model: DefaultMessageFormatter's layout,
// what it reads (up to the HW), and ConsoleConsumer's option checks (KAFKA.md 7.4).
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import { defaultScenario } from '../scenario';
import {
  DEFAULT_FORMATTER_PROPS,
  checkConsoleConsumerOptions,
  formatConsumerRecord,
  formatConsumerRecords,
  formatterPropsFrom,
  processedTotal,
  selectConsoleRecords,
  startPositions,
  type ConsoleRecord,
} from './consoleConsumer';

const record: ConsoleRecord = {
  topic: 'orders',
  partition: 0,
  offset: 5,
  timestamp: 1700000000000,
  key: 'alice',
  value: 'order-1',
};

describe('formatConsumerRecord (DefaultMessageFormatter.writeTo)', () => {
  it('prints only the value and a newline by default', () => {
    expect(formatConsumerRecord(record, DEFAULT_FORMATTER_PROPS)).toBe('order-1\n');
  });

  it('orders the fields timestamp, partition, offset, headers, key, value, TAB-separated', () => {
    const props = formatterPropsFrom({
      'print.key': 'true',
      'print.partition': 'true',
      'print.offset': 'true',
      'print.timestamp': 'true',
      'print.headers': 'true',
    });
    expect(formatConsumerRecord(record, props)).toBe(
      'CreateTime:1700000000000\tPartition:0\tOffset:5\tNO_HEADERS\talice\torder-1\n',
    );
  });

  it('prints a null key as null.literal and honours key.separator and print.value=false', () => {
    const keyed = formatterPropsFrom({ 'print.key': 'true' });
    expect(formatConsumerRecord({ ...record, key: null }, keyed)).toBe('null\torder-1\n');
    const keyOnly = formatterPropsFrom({
      'print.key': 'true',
      'print.value': 'false',
      'key.separator': ':',
    });
    // The last field printed ends with line.separator, not key.separator.
    expect(formatConsumerRecord(record, keyOnly)).toBe('alice\n');
    const colon = formatterPropsFrom({ 'print.key': 'true', 'key.separator': ':' });
    expect(formatConsumerRecord(record, colon)).toBe('alice:order-1\n');
  });

  it('reads booleans as Kafka does: true only for "true", trimmed, any case', () => {
    const props = formatterPropsFrom({ 'print.key': ' TRUE ', 'print.offset': 'yes' });
    expect(props.printKey).toBe(true);
    expect(props.printOffset).toBe(false);
  });

  it('splits the written text into terminal lines', () => {
    const lines = formatConsumerRecords(
      [record, { ...record, offset: 6, value: 'order-2' }],
      DEFAULT_FORMATTER_PROPS,
    );
    expect(lines).toEqual(['order-1', 'order-2']);
  });
});

function snapshotAt(ms: number): ClusterSnapshot {
  const sim = createSimulation(defaultScenario());
  sim.seek(ms);
  return sim.snapshot();
}

describe('selectConsoleRecords', () => {
  const snap = snapshotAt(10000);

  it('--from-beginning reads every partition up to its HW, partition by partition', () => {
    const read = selectConsoleRecords(snap, { topic: 'orders', fromBeginning: true });
    // At 10 s the HWs are 10, 5 and 5 (kafka-consumer-groups.sh shows the same).
    expect(read.records.map((r) => `${r.partition}:${r.offset}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `0:${i}`),
      ...Array.from({ length: 5 }, (_, i) => `1:${i}`),
      ...Array.from({ length: 5 }, (_, i) => `2:${i}`),
    ]);
    expect(read.records[0]).toEqual({
      topic: 'orders',
      partition: 0,
      offset: 0,
      timestamp: 0,
      key: 'alice',
      value: 'order-1',
    });
    expect(read.positions).toEqual([
      { topic: 'orders', partition: 0, offset: 10 },
      { topic: 'orders', partition: 1, offset: 5 },
      { topic: 'orders', partition: 2, offset: 5 },
    ]);
  });

  it('never reads past the high watermark', () => {
    const lowered = structuredClone(snap);
    const p0 = lowered.topics[0]?.partitions[0];
    const leader = p0?.replicaViews.find((r) => r.brokerId === p0.leader);
    if (!leader) throw new Error('orders-0 has no leader');
    leader.highWatermark = 7;
    const read = selectConsoleRecords(lowered, {
      topic: 'orders',
      partition: 0,
      offset: 'earliest',
    });
    expect(read.records.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('without --from-beginning starts at the end: nothing yet', () => {
    const read = selectConsoleRecords(snap, { topic: 'orders' });
    expect(read.records).toEqual([]);
    expect(read.positions.map((p) => p.offset)).toEqual([10, 5, 5]);
  });

  it('startPositions: where reading starts, before anything is read', () => {
    expect(startPositions(snap, { topic: 'orders', fromBeginning: true })).toEqual([
      { partition: 0, offset: 0 },
      { partition: 1, offset: 0 },
      { partition: 2, offset: 0 },
    ]);
    expect(startPositions(snap, { topic: 'orders' }).map((p) => p.offset)).toEqual([10, 5, 5]);
    expect(startPositions(snap, { topic: 'orders', partition: 1, offset: 3 })).toEqual([
      { partition: 1, offset: 3 },
    ]);
  });

  it('--partition with --offset reads that partition from the offset', () => {
    const read = selectConsoleRecords(snap, { topic: 'orders', partition: 1, offset: 2 });
    expect(read.records.map((r) => `${r.partition}:${r.offset}`)).toEqual(['1:2', '1:3', '1:4']);
  });

  it('an offset past the log end is out of range and resets to latest', () => {
    const read = selectConsoleRecords(snap, { topic: 'orders', partition: 1, offset: 99 });
    expect(read.records).toEqual([]);
    expect(read.positions).toEqual([{ topic: 'orders', partition: 1, offset: 5 }]);
  });

  it('--max-messages stops after N, and the closing line counts them', () => {
    const read = selectConsoleRecords(snap, {
      topic: 'orders',
      fromBeginning: true,
      maxMessages: 3,
    });
    expect(read.records.map((r) => r.offset)).toEqual([0, 1, 2]);
    expect(processedTotal(read.records.length)).toBe('Processed a total of 3 messages');
  });

  it("--group starts from the group's committed offsets", () => {
    const sim = createSimulation(defaultScenario());
    sim.seek(10000);
    sim.act({ type: 'group.scale', groupId: 'orders-app', members: 0 });
    sim.seek(15000);
    const read = selectConsoleRecords(sim.snapshot(), {
      topic: 'orders',
      groupId: 'orders-app',
      fromBeginning: true,
    });
    // Committed 10, 5, 5; HWs 16, 7, 7.
    expect(read.records.map((r) => `${r.partition}:${r.offset}`)).toEqual([
      '0:10',
      '0:11',
      '0:12',
      '0:13',
      '0:14',
      '0:15',
      '1:5',
      '1:6',
      '2:5',
      '2:6',
    ]);
  });
});

describe('checkConsoleConsumerOptions (ConsoleConsumer.ConsumerConfig)', () => {
  const base = { bootstrapServer: 'localhost:9092', topic: 'orders' };

  it("gives Kafka's messages in Kafka's order", () => {
    expect(checkConsoleConsumerOptions({ bootstrapServer: 'x' })).toEqual({
      error: 'Exactly one of --include/--topic is required. ()',
    });
    expect(checkConsoleConsumerOptions({ ...base, offset: '3' })).toEqual({
      error: 'The partition is required when offset is specified.',
    });
    expect(
      checkConsoleConsumerOptions({ ...base, partition: '0', offset: '3', fromBeginning: true }),
    ).toEqual({
      error: 'Options from-beginning and offset cannot be specified together.',
    });
    expect(checkConsoleConsumerOptions({ ...base, partition: '0', offset: 'Soon' })).toEqual({
      error:
        "The provided offset value 'soon' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.",
    });
    expect(checkConsoleConsumerOptions({ ...base, partition: '0', offset: '-1' })).toEqual({
      error:
        "The provided offset value '-1' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.",
    });
    expect(checkConsoleConsumerOptions({ topic: 'orders' })).toEqual({
      error: 'Missing required argument "[bootstrap-server]"',
    });
    expect(checkConsoleConsumerOptions({ ...base, partition: '0', group: 'g' })).toEqual({
      error: 'Options group and partition cannot be specified together.',
    });
  });

  it('parses --offset', () => {
    expect(checkConsoleConsumerOptions({ ...base, partition: '0', offset: 'EARLIEST' })).toEqual({
      offset: 'earliest',
    });
    expect(checkConsoleConsumerOptions({ ...base, partition: '0', offset: '42' })).toEqual({
      offset: 42,
    });
    expect(checkConsoleConsumerOptions(base)).toEqual({ offset: undefined });
  });
});
