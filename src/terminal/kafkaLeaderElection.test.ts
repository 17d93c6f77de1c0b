import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { LearnerAction } from '../model';
import type { PartitionView } from '../model/snapshotTypes';
import { defaultScenario } from '../scenario/defaults';
import { kafkaLeaderElection, KAFKA_LEADER_ELECTION_OPTION_NAMES } from './kafkaLeaderElection';
import { scalaHashOrder } from './kafkaLeaderElectionOrder';
import { contextAt } from './testing';
import type { CommandContext } from './types';

const BS = ['--bootstrap-server', 'localhost:9092'];
const base = contextAt();
const run = (args: string[], ctx: CommandContext = base) => kafkaLeaderElection(args, ctx);
const preferred = (topic: string, partition: number): string[] => [
  ...BS,
  '--election-type',
  'preferred',
  '--topic',
  topic,
  '--partition',
  String(partition),
];
const FAILED = 'Exception in thread "main" kafka.common.AdminCommandFailedException: ';

/** The world after `steps` ran in order, each `[time, action]` (contextAt puts all actions at 5 s). */
function timeline(at: number, steps: [number, LearnerAction][]): CommandContext {
  const sim = createSimulation(defaultScenario());
  for (const [t, a] of steps) {
    sim.seek(t);
    sim.act(a);
  }
  sim.seek(at);
  return { snapshot: sim.snapshot(), scenario: sim.scenario };
}

/** A hand-built world: `edit` changes the partitions of `topic`; `dead` brokers lose /brokers/ids/N. */
function handBuilt(
  ctx: CommandContext,
  topic: string,
  edit: (p: PartitionView) => Partial<PartitionView>,
  dead: number[] = [],
): CommandContext {
  const s = ctx.snapshot;
  const topics = s.topics.map((t) =>
    t.name !== topic ? t : { ...t, partitions: t.partitions.map((p) => ({ ...p, ...edit(p) })) },
  );
  const znodes = s.zookeeper.znodes.filter(
    (z) => !dead.some((id) => z.path === `/brokers/ids/${id}`),
  );
  return { ...ctx, snapshot: { ...s, topics, zookeeper: { ...s.zookeeper, znodes } } };
}

describe('kafka-leader-election.sh arguments (LeaderElectionCommand.validate)', () => {
  it('prints the usage with no arguments and for --help', () => {
    for (const args of [[], ['--help']]) {
      const r = run(args);
      expect(r.exitCode).toBe(1);
      expect(r.output[0]).toBe(
        'This tool attempts to elect a new leader for a set of topic partitions. The type of elections supported are preferred replicas and unclean replicas.',
      );
      expect(r.output.some((l) => l.startsWith('--election-type <'))).toBe(true);
    }
  });
  it('names the missing required options, election-type first (prepended to a List)', () => {
    expect(run(['--all-topic-partitions']).output).toEqual([
      `${FAILED}Missing required option(s): election-type, bootstrap-server`,
    ]);
    expect(run([...BS, '--all-topic-partitions']).output).toEqual([
      `${FAILED}Missing required option(s): election-type`,
    ]);
  });
  it('needs exactly one of --topic, --all-topic-partitions, --path-to-json-file', () => {
    const one = `${FAILED}One and only one of the following options is required: topic, all-topic-partitions, path-to-json-file`;
    expect(run([...BS, '--election-type', 'preferred']).output).toEqual([one]);
    expect(
      run([...BS, '--election-type', 'preferred', '--all-topic-partitions', '--topic', 'orders'])
        .output,
    ).toEqual([one]);
  });
  it('ties --partition to --topic', () => {
    expect(run([...BS, '--election-type', 'preferred', '--topic', 'orders']).output).toEqual([
      `${FAILED}Missing required option(s): partition`,
    ]);
    expect(
      run([...BS, '--election-type', 'preferred', '--all-topic-partitions', '--partition', '0'])
        .output,
    ).toEqual([`${FAILED}Option partition is only allowed if topic is used`]);
  });
  it('converts --election-type in any case, and --partition as an Integer', () => {
    expect(run([...BS, '--election-type', 'PrEfErReD', '--all-topic-partitions']).exitCode).toBe(0);
    expect(run([...BS, '--election-type', 'fair', '--all-topic-partitions']).output).toEqual([
      `Exception in thread "main" joptsimple.OptionArgumentConversionException: Cannot parse argument 'fair' of option election-type`,
    ]);
    expect(
      run([...BS, '--election-type', 'preferred', '--topic', 'orders', '--partition', 'one'])
        .output,
    ).toEqual([
      `Exception in thread "main" joptsimple.OptionArgumentConversionException: Cannot parse argument 'one' of option partition`,
    ]);
  });
  it('refuses --path-to-json-file plainly, changing nothing', () => {
    const r = run([...BS, '--election-type', 'preferred', '--path-to-json-file', 'e.json']);
    expect(r).toMatchObject({ exitCode: 1, actions: [] });
    expect(r.output[0]).toMatch(/^This simulator has no files/);
  });
  it('lists its options for completion', () => {
    expect(KAFKA_LEADER_ELECTION_OPTION_NAMES).toContain('--all-topic-partitions');
    expect(KAFKA_LEADER_ELECTION_OPTION_NAMES).toContain('--election-type');
  });
});

describe('kafka-leader-election.sh --election-type preferred', () => {
  it('says a preferred leader is already elected, and asks the controller anyway', () => {
    expect(run(preferred('orders', 0))).toEqual({
      output: ['Valid replica already elected for partitions orders-0'],
      exitCode: 0,
      actions: [
        {
          type: 'partition.elect',
          electionType: 'preferred',
          partitions: [{ topic: 'orders', partition: 0 }],
        },
      ],
    });
  });
  it('prints nothing for --all-topic-partitions when no partition needs an election', () => {
    expect(run([...BS, '--election-type', 'preferred', '--all-topic-partitions'])).toEqual({
      output: [],
      exitCode: 0,
      actions: [{ type: 'partition.elect', electionType: 'preferred', partitions: null }],
    });
  });
  it('moves leadership back to a preferred replica that returned and caught up', () => {
    const back = timeline(70000, [
      [5000, { type: 'broker.crash', broker: 3 }],
      [40000, { type: 'broker.restart', broker: 3 }],
    ]);
    const p0 = back.snapshot.topics[0]!.partitions[0]!;
    expect(p0.replicas[0]).toBe(3);
    expect(p0.leader).not.toBe(3);
    expect(p0.isr).toContain(3);
    expect(run(preferred('orders', 0), back).output).toEqual([
      'Successfully completed leader election (PREFERRED) for partitions orders-0',
    ]);
  });
  it('fails with PreferredLeaderNotAvailableException while the preferred replica is down', () => {
    const down = timeline(60000, [[5000, { type: 'broker.crash', broker: 3 }]]);
    const r = run(preferred('orders', 0), down);
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual([
      'Error completing leader election (PREFERRED) for partition: orders-0: org.apache.kafka.common.errors.PreferredLeaderNotAvailableException: Failed to elect leader for partition orders-0 under strategy PreferredReplicaPartitionLeaderElectionStrategy',
      `${FAILED}1 replica(s) could not be elected`,
    ]);
  });
  it('prints partitions in the order of Scala 2.13 hash tables, not sorted', () => {
    const ctx = contextAt(5000, (s) => {
      s.topics.push({ name: 'audit', partitions: 4, replicationFactor: 3, configs: {} });
    });
    const moved = handBuilt(ctx, 'audit', (p) => ({ leader: p.replicas[1]! }));
    // TopicPartition.hashCode puts audit-0..3 in buckets 1, 6, 7 and 4 of 16.
    expect(
      run([...BS, '--election-type', 'preferred', '--all-topic-partitions'], moved).output,
    ).toEqual([
      'Successfully completed leader election (PREFERRED) for partitions audit-0, audit-3, audit-1, audit-2',
    ]);
  });
  it('reports a partition that does not exist, and one whose topic is being deleted', () => {
    expect(run(preferred('orders', 9)).output[0]).toBe(
      'Error completing leader election (PREFERRED) for partition: orders-9: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: The partition does not exist.',
    );
    const s = base.snapshot;
    const deleting: CommandContext = {
      ...base,
      snapshot: {
        ...s,
        zookeeper: {
          ...s.zookeeper,
          znodes: [
            ...s.zookeeper.znodes,
            {
              path: '/admin/delete_topics/orders',
              data: '',
              ephemeralOwner: null,
              version: 0,
              czxid: 99,
            },
          ],
        },
      },
    };
    expect(run(preferred('orders', 0), deleting).output[0]).toBe(
      'Error completing leader election (PREFERRED) for partition: orders-0: org.apache.kafka.common.errors.InvalidTopicException: The topic is being deleted',
    );
  });
});

describe('kafka-leader-election.sh --election-type unclean', () => {
  const unclean = (partition: number): string[] => [
    ...BS,
    '--election-type',
    'unclean',
    '--topic',
    'orders',
    '--partition',
    String(partition),
  ];
  it('needs no election where a live leader exists', () => {
    expect(run(unclean(1)).output).toEqual([
      'Valid replica already elected for partitions orders-1',
    ]);
  });
  it('elects a live replica outside the ISR when the last ISR member is dead', () => {
    const offline = handBuilt(
      base,
      'orders',
      (p) => (p.partition === 0 ? { leader: null, isr: [3] } : {}),
      [3],
    );
    const r = run(unclean(0), offline);
    expect(r.output).toEqual([
      'Successfully completed leader election (UNCLEAN) for partitions orders-0',
    ]);
    expect(r.actions).toEqual([
      {
        type: 'partition.elect',
        electionType: 'unclean',
        partitions: [{ topic: 'orders', partition: 0 }],
      },
    ]);
  });
  it('fails with EligibleLeadersNotAvailableException when no replica is alive', () => {
    const alone = handBuilt(
      base,
      'orders',
      (p) => (p.partition === 2 ? { leader: null, isr: [2] } : {}),
      [1, 2, 3],
    );
    expect(run(unclean(2), alone).output).toEqual([
      'Error completing leader election (UNCLEAN) for partition: orders-2: org.apache.kafka.common.errors.EligibleLeadersNotAvailableException: Failed to elect leader for partition orders-2 under strategy OfflinePartitionLeaderElectionStrategy(true)',
      `${FAILED}1 replica(s) could not be elected`,
    ]);
  });
});

describe('kafka-leader-election.sh reaching the cluster', () => {
  it("prints the client's WARN lines, then the tool's timeout, when nothing answers", () => {
    const r = run([
      '--bootstrap-server',
      'localhost:9999',
      '--election-type',
      'preferred',
      '--all-topic-partitions',
    ]);
    expect(r).toMatchObject({ exitCode: 1, actions: [] });
    expect(r.output[0]).toMatch(
      /WARN \[AdminClient clientId=adminclient-1\] Connection to node -1/,
    );
    expect(r.output.slice(-2)).toEqual([
      'Timeout waiting for election results',
      `${FAILED}Timeout waiting for election results`,
    ]);
  });
});

describe('scalaHashOrder', () => {
  it('scans buckets in index order and sorts a bucket by hash', () => {
    expect(scalaHashOrder([33, 1, 17, 2], (h) => h)).toEqual([1, 17, 33, 2]);
  });
  it('doubles the table before the 12th element (load factor 0.75)', () => {
    const filler = [100, 101, 102, 103, 104, 105, 106, 107, 108];
    const order = (items: number[]): number[] => {
      const all = scalaHashOrder(items, (h) => h);
      return [all.indexOf(2), all.indexOf(17)];
    };
    // 11 elements: 16 buckets, 17 sits in bucket 1, before 2 in bucket 2.
    const [two11, seventeen11] = order([2, 17, ...filler]);
    expect(seventeen11).toBeLessThan(two11!);
    // 12 elements: 32 buckets, 17 moves to bucket 17, after 2.
    const [two12, seventeen12] = order([2, 17, ...filler, 109]);
    expect(two12).toBeLessThan(seventeen12!);
  });
});
