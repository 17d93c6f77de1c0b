// kafka-consumer-groups.sh against the real model: layouts and texts of ConsumerGroupCommand.scala (KAFKA.md 7.3).
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import { defaultScenario } from '../scenario';
import { kafkaConsumerGroups } from './consumerGroups';
import { groupCoordinator } from './consumerGroupsDescribe';
import type { CommandContext } from './types';

const sp = (n: number) => ' '.repeat(n);
const BS = ['--bootstrap-server', 'localhost:9092'];

/** The default sandbox at 10 s: group orders-app Stable, one member owning orders-0..2. */
function stableContext(): CommandContext {
  const sim = createSimulation(defaultScenario());
  sim.seek(10_010); // after the auto-commit of 10 s reached the coordinator (one latency)
  return { snapshot: sim.snapshot(), scenario: sim.scenario };
}

/** The same, with the application stopped at 10 s (group.scale to 0) and read at 15 s: Empty. */
function emptyContext(): CommandContext {
  const sim = createSimulation(defaultScenario());
  sim.seek(10000);
  sim.act({ type: 'group.scale', groupId: 'orders-app', members: 0 });
  sim.seek(15000);
  return { snapshot: sim.snapshot(), scenario: sim.scenario };
}

const run = (ctx: CommandContext, ...args: string[]) => kafkaConsumerGroups([...BS, ...args], ctx);

function memberId(snapshot: ClusterSnapshot): string {
  const id = snapshot.consumerGroups[0]?.members[0]?.memberId ?? '';
  // consumer-<group>-<n>-<uuid>: 22 + 36 characters, so the CONSUMER-ID column is 58 wide.
  expect(id).toMatch(/^consumer-orders-app-1-[0-9a-f-]{36}$/);
  return id;
}

const OFFSETS_HEADER = (consumerIdWidth: number) =>
  'GROUP' +
  sp(11) +
  'TOPIC' +
  sp(11) +
  'PARTITION' +
  sp(2) +
  'CURRENT-OFFSET' +
  sp(2) +
  'LOG-END-OFFSET' +
  sp(2) +
  'LAG' +
  sp(13) +
  'CONSUMER-ID' +
  sp(consumerIdWidth - 11 + 1) +
  'HOST' +
  sp(12) +
  'CLIENT-ID';

describe('kafka-consumer-groups.sh argument checks', () => {
  const ctx = stableContext();

  it('requires --bootstrap-server with the text of CommandLineUtils.checkRequiredArgs', () => {
    const r = kafkaConsumerGroups(['--list'], ctx);
    expect(r).toEqual({
      output: ['Missing required argument "[bootstrap-server]"'],
      exitCode: 1,
      actions: [],
    });
  });

  it('needs exactly one action', () => {
    // checkArgs runs first: --list with --group would be refused as a conflicting pair instead.
    expect(run(ctx, '--list', '--group', 'orders-app').output).toEqual([
      `Option "[group]" can't be used with option "[list]"`,
    ]);
    const r = run(ctx, '--describe', '--delete', '--group', 'orders-app');
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual([
      'Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets',
    ]);
    expect(run(ctx).output[0]).toMatch(/^Command must include exactly one action/);
  });

  it('needs --group (or --all-groups) to describe', () => {
    const r = run(ctx, '--describe');
    expect(r.exitCode).toBe(1);
    expect(r.output).toEqual([
      'Option [describe] takes one of these options: [group], [all-groups]',
    ]);
  });

  it('takes at most one describe view', () => {
    const r = run(ctx, '--describe', '--group', 'orders-app', '--members', '--state');
    expect(r.output).toEqual([
      'Option [describe] takes at most one of these options: [members], [offsets], [state]',
    ]);
  });

  it('rejects an unknown flag and a flag missing its value', () => {
    // ConsumerGroupCommandOptions parses in its constructor, outside main's try: the JVM prints it.
    expect(run(ctx, '--list', '--colour').output).toEqual([
      'Exception in thread "main" joptsimple.UnrecognizedOptionException: colour is not a recognized option',
    ]);
    expect(run(ctx, '--describe', '--group').output).toEqual([
      'Exception in thread "main" joptsimple.OptionMissingRequiredArgumentException: Option group requires an argument',
    ]);
  });

  it('accepts an unambiguous prefix, as joptsimple does', () => {
    const r = kafkaConsumerGroups(['--bootstrap', 'localhost:9092', '--list'], ctx);
    expect(r.output).toEqual(['orders-app']);
  });
});

describe('--list', () => {
  it('prints the group ids, one per line', () => {
    const r = run(stableContext(), '--list');
    expect(r).toEqual({ output: ['orders-app'], exitCode: 0, actions: [] });
  });
});

describe('--describe (offsets view)', () => {
  it('lays out a Stable group as printOffsets does: widths max(15, longest), `-` never needed', () => {
    const ctx = stableContext();
    const id = memberId(ctx.snapshot);
    const row = (p: number, current: number, end: number, lag: number) =>
      'orders-app' +
      sp(6) +
      'orders' +
      sp(10) +
      String(p) +
      sp(10) +
      String(current).padEnd(15) +
      ' ' +
      String(end).padEnd(15) +
      ' ' +
      String(lag).padEnd(15) +
      ' ' +
      id +
      sp(1) +
      '/127.0.0.1' +
      sp(6) +
      'consumer-orders-app-1';
    const r = run(ctx, '--describe', '--group', 'orders-app');
    expect(r.exitCode).toBe(0);
    expect(r.output).toEqual([
      '',
      OFFSETS_HEADER(58),
      row(0, 10, 10, 0),
      row(1, 5, 5, 0),
      row(2, 5, 5, 0),
    ]);
    // --offsets is the same view.
    expect(run(ctx, '--describe', '--group', 'orders-app', '--offsets').output).toEqual(r.output);
  });

  it('reads LOG-END-OFFSET from the leader (the HW) and CURRENT-OFFSET from the committed offset', () => {
    const ctx = emptyContext();
    const row = (p: number, current: number, end: number) =>
      'orders-app' +
      sp(6) +
      'orders' +
      sp(10) +
      String(p) +
      sp(10) +
      String(current).padEnd(16) +
      String(end).padEnd(16) +
      String(end - current).padEnd(16) +
      '-' +
      sp(15) +
      '-' +
      sp(15) +
      '-';
    const r = run(ctx, '--describe', '--group', 'orders-app');
    // An Empty group: the stderr notice, then its committed offsets with no owner.
    expect(r.output).toEqual([
      '',
      "Consumer group 'orders-app' has no active members.",
      '',
      OFFSETS_HEADER(15),
      row(0, 10, 16),
      row(1, 5, 7),
      row(2, 5, 7),
    ]);
  });

  it("says a group it does not know does not exist (Kafka's printError: blank line, exit 0)", () => {
    const r = run(stableContext(), '--describe', '--group', 'nope');
    expect(r).toEqual({
      output: ['', "Error: Consumer group 'nope' does not exist."],
      exitCode: 0,
      actions: [],
    });
  });
});

describe('--describe --members', () => {
  it('prints GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS, with the trailing space of shortFormat', () => {
    const ctx = stableContext();
    const id = memberId(ctx.snapshot);
    const header =
      'GROUP' +
      sp(11) +
      'CONSUMER-ID' +
      sp(48) +
      'HOST' +
      sp(12) +
      'CLIENT-ID' +
      sp(13) +
      '#PARTITIONS' +
      sp(5);
    const row =
      'orders-app' +
      sp(6) +
      id +
      sp(1) +
      '/127.0.0.1' +
      sp(6) +
      'consumer-orders-app-1' +
      sp(1) +
      '3' +
      sp(15);
    expect(run(ctx, '--describe', '--group', 'orders-app', '--members').output).toEqual([
      '',
      header,
      row,
    ]);
    expect(
      run(ctx, '--describe', '--group', 'orders-app', '--members', '--verbose').output,
    ).toEqual(['', header + 'ASSIGNMENT', row + 'orders(0,1,2)']);
  });

  it('prints only the notice for an Empty group (no members, no table)', () => {
    const r = run(emptyContext(), '--describe', '--group', 'orders-app', '--members');
    expect(r.output).toEqual(['', "Consumer group 'orders-app' has no active members."]);
  });
});

describe('--describe --state', () => {
  const header =
    'GROUP' +
    sp(21) +
    'COORDINATOR (ID)' +
    sp(10) +
    'ASSIGNMENT-STRATEGY' +
    sp(2) +
    'STATE' +
    sp(11) +
    '#MEMBERS';

  it('prints the coordinator as host:port (id), the range assignor, the state and member count', () => {
    // abs("orders-app".hashCode) % 50 = 5; partition 5 of 50 over brokers 1..3 (start 0) is [3,2,1].
    const r = run(stableContext(), '--describe', '--group', 'orders-app', '--state');
    expect(r.output).toEqual([
      '',
      header,
      'orders-app' +
        sp(16) +
        'broker-3:9092 (3)' +
        sp(9) +
        'range' +
        sp(16) +
        'Stable' +
        sp(10) +
        '1',
    ]);
  });

  it('shows an Empty group with no assignor and 0 members, after the notice', () => {
    const r = run(emptyContext(), '--describe', '--group', 'orders-app', '--state');
    expect(r.output).toEqual([
      '',
      "Consumer group 'orders-app' has no active members.",
      '',
      header,
      'orders-app' + sp(16) + 'broker-3:9092 (3)' + sp(9) + sp(21) + 'Empty' + sp(11) + '0',
    ]);
  });

  it('warns while the group rebalances, and counts the members the coordinator knows', () => {
    const sim = createSimulation(defaultScenario());
    sim.seek(10_000);
    sim.act({ type: 'group.scale', groupId: 'orders-app', members: 2 });
    // The new instance joined at once (FindCoordinator, JoinGroup twice); the first one learns of
    // the rebalance from its next heartbeat.
    sim.seek(10_040);
    const ctx = { snapshot: sim.snapshot(), scenario: sim.scenario };
    expect(ctx.snapshot.consumerGroups[0]?.state).toBe('PreparingRebalance');
    const r = run(ctx, '--describe', '--group', 'orders-app', '--state');
    expect(r.output.slice(0, 3)).toEqual([
      '',
      "Warning: Consumer group 'orders-app' is rebalancing.",
      '',
    ]);
    expect(r.output[4]).toContain('PreparingRebalance');
    expect(r.output[4]?.trimEnd().endsWith('2')).toBe(true);
  });

  it('moves the coordinator to the next replica when its broker is down', () => {
    const sim = createSimulation(defaultScenario());
    sim.seek(5000);
    sim.act({ type: 'broker.crash', broker: 3 });
    sim.seek(6000);
    expect(groupCoordinator(sim.snapshot(), 'orders-app')).toBe(2);
  });
});

describe('--reset-offsets', () => {
  const header = 'GROUP' + sp(26) + 'TOPIC' + sp(26) + 'PARTITION' + sp(2) + 'NEW-OFFSET' + sp(5);
  const plan = (p: number, offset: number) =>
    'orders-app' + sp(21) + 'orders' + sp(25) + String(p) + sp(10) + String(offset).padEnd(15);

  it("is refused with Kafka's text while the group has members, and changes nothing", () => {
    const r = run(
      stableContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'orders',
      '--to-earliest',
      '--execute',
    );
    expect(r).toEqual({
      output: [
        '',
        "Error: Assignments can only be reset if the group 'orders-app' is inactive, but the current state is Stable.",
        '',
        header,
      ],
      exitCode: 0,
      actions: [],
    });
  });

  it('--execute on an Empty group prints the plan and returns group.resetOffsets', () => {
    const r = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'orders',
      '--to-earliest',
      '--execute',
    );
    expect(r.output).toEqual(['', header, plan(0, 0), plan(1, 0), plan(2, 0)]);
    expect(r.actions).toEqual([
      { type: 'group.resetOffsets', groupId: 'orders-app', to: 'earliest' },
    ]);
    expect(r.exitCode).toBe(0);
  });

  it('--dry-run --to-latest plans the high watermarks and acts on nothing', () => {
    const r = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--all-topics',
      '--to-latest',
      '--dry-run',
    );
    expect(r.output).toEqual(['', header, plan(0, 16), plan(1, 7), plan(2, 7)]);
    expect(r.actions).toEqual([]);
  });

  it('warns that nothing happens without --execute (the default is a dry run)', () => {
    const r = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'orders',
      '--to-latest',
    );
    expect(r.output[0]).toMatch(
      /^WARN: No action will be performed as the --execute option is missing\.In a future/,
    );
    expect(r.output.slice(1, 3)).toEqual(['', header]);
    expect(r.actions).toEqual([]);
  });

  it('supports only --to-earliest and --to-latest', () => {
    for (const spec of [
      ['--to-offset', '3'],
      ['--shift-by', '-2'],
      ['--to-datetime', '2024-01-01T00:00:00.000'],
      ['--by-duration', 'PT5M'],
    ]) {
      const r = run(
        emptyContext(),
        '--reset-offsets',
        '--group',
        'orders-app',
        '--topic',
        'orders',
        ...spec,
        '--execute',
      );
      expect(r.exitCode).toBe(1);
      expect(r.actions).toEqual([]);
      expect(r.output).toEqual([
        `${spec[0]} is not available in this simulator: it supports --reset-offsets with --to-earliest and --to-latest only.`,
      ]);
    }
  });

  it("needs a scope, refuses two specs and --execute with --dry-run, in Kafka's words", () => {
    const ctx = emptyContext();
    expect(
      run(ctx, '--reset-offsets', '--group', 'orders-app', '--to-earliest', '--execute').output,
    ).toEqual(['One of the reset scopes should be defined: --all-topics, --topic.']);
    expect(
      run(
        ctx,
        '--reset-offsets',
        '--group',
        'orders-app',
        '--topic',
        'orders',
        '--to-earliest',
        '--to-latest',
      ).output,
    ).toEqual([`Option "[to-earliest]" can't be used with option "[to-latest]"`]);
    expect(
      run(
        ctx,
        '--reset-offsets',
        '--group',
        'orders-app',
        '--topic',
        'orders',
        '--to-earliest',
        '--execute',
        '--dry-run',
      ).output,
    ).toEqual(['Option [reset-offsets] only accepts one of [execute] and [dry-run]']);
  });

  it('refuses, rather than half-applies, an --execute on only some partitions', () => {
    const r = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'orders:0',
      '--to-earliest',
      '--execute',
    );
    expect(r.exitCode).toBe(1);
    expect(r.actions).toEqual([]);
    // The dry run of the same scope is Kafka's plan.
    const dry = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'orders:0',
      '--to-earliest',
      '--dry-run',
    );
    expect(dry.output).toEqual(['', header, plan(0, 0)]);
  });

  it('reports an unknown topic as the admin client error', () => {
    const r = run(
      emptyContext(),
      '--reset-offsets',
      '--group',
      'orders-app',
      '--topic',
      'nope',
      '--to-earliest',
      '--dry-run',
    );
    expect(r.output).toEqual([
      '',
      'Error: Executing consumer group command failed due to org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
    ]);
  });
});
