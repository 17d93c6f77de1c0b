import { describe, expect, it } from 'vitest';
import { createSimulation } from '../model';
import type { LearnerAction, Scenario } from '../model';
import { defaultScenario } from '../scenario/defaults';
import { contextAt } from './testing';
import type { CommandContext } from './types';
import {
  zookeeperShell,
  zookeeperShellProcess,
  type ZookeeperShellProcess,
} from './zookeeperShell';
import { splitCommandLine } from './zookeeperShellCommands';
import { javaDate } from './zookeeperShellTree';

const base = contextAt(20000);
const shell = (args: string[], ctx: CommandContext = base) => zookeeperShell(args, ctx);
const CONNECTED = ['', 'WATCHER::', '', 'WatchedEvent state:SyncConnected type:None path:null'];
const oneShot = (...cmd: string[]) => shell(['localhost:2181', ...cmd]);

/** The world at `at` with its timeline, after `setup` and `steps` (`[time, action]`) ran. */
function world(
  at: number,
  setup: (s: Scenario) => void,
  steps: [number, LearnerAction][],
): CommandContext {
  const scenario = defaultScenario();
  setup(scenario);
  const sim = createSimulation(scenario);
  for (const [t, a] of steps) {
    sim.seek(t);
    sim.act(a);
  }
  sim.seek(at);
  return {
    snapshot: sim.snapshot(),
    scenario: sim.scenario,
    events: sim.events().filter((e) => e.at <= at),
  };
}
const manual = (s: Scenario): void => {
  s.startup = 'manual';
};

describe('zookeeper-shell.sh with a command (runs it and exits)', () => {
  it('needs a server (the script checks $# first)', () => {
    expect(shell([])).toEqual({
      output: [
        'USAGE: bin/zookeeper-shell.sh zookeeper_host:port[/path] [-zk-tls-config-file file] [args...]',
      ],
      exitCode: 1,
      actions: [],
    });
  });
  it('connects, prints the watcher event, then the children in ZooKeeper list format', () => {
    expect(oneShot('ls', '/brokers/ids')).toEqual({
      output: ['Connecting to localhost:2181', ...CONNECTED, '[1, 2, 3]'],
      exitCode: 0,
      actions: [],
    });
  });
  it("lists the root sorted, with ZooKeeper's own /zookeeper", () => {
    expect(oneShot('ls', '/').output.at(-1)).toBe(
      '[admin, brokers, cluster, config, controller, controller_epoch, isr_change_notification, zookeeper]',
    );
  });
  it('get prints the data, and null for a znode Kafka created without data', () => {
    expect(oneShot('get', '/controller').output.at(-1)).toBe(
      '{"version":1,"brokerid":1,"timestamp":"20"}',
    );
    expect(oneShot('get', '/brokers').output.at(-1)).toBe('null');
  });
  it('get -s adds the Stat as StatPrinter prints it', () => {
    const lines = oneShot('get', '-s', '/controller').output.slice(-11);
    expect(lines).toEqual([
      'cZxid = 0x17',
      'ctime = Wed May 01 09:00:00 UTC 2024',
      'mZxid = 0x17',
      'mtime = Wed May 01 09:00:00 UTC 2024',
      'pZxid = 0x17',
      'cversion = 0',
      'dataVersion = 0',
      'aclVersion = 0',
      'ephemeralOwner = 0x1',
      'dataLength = 43',
      'numChildren = 0',
    ]);
  });
  it('stat counts children, and ls -s prints the list then the Stat', () => {
    const stat = oneShot('stat', '/brokers/ids').output;
    expect(stat).toContain('numChildren = 3');
    expect(stat).toContain('pZxid = 0x16');
    expect(stat).toContain('ephemeralOwner = 0x0');
    const ls = oneShot('ls', '-s', '/brokers/ids').output;
    expect(ls[5]).toBe('[1, 2, 3]');
    expect(ls[6]).toBe('cZxid = 0x2');
  });
  it('ls -R walks the subtree, each level sorted before going deeper', () => {
    expect(oneShot('ls', '-R', '/brokers/topics/orders').output.slice(5)).toEqual([
      '/brokers/topics/orders',
      '/brokers/topics/orders/partitions',
      '/brokers/topics/orders/partitions/0',
      '/brokers/topics/orders/partitions/1',
      '/brokers/topics/orders/partitions/2',
      '/brokers/topics/orders/partitions/0/state',
      '/brokers/topics/orders/partitions/1/state',
      '/brokers/topics/orders/partitions/2/state',
    ]);
  });
  it("reports a missing znode and a bad path with the CLI's texts", () => {
    expect(oneShot('get', '/nope')).toMatchObject({ exitCode: 1 });
    expect(oneShot('get', '/nope').output.at(-1)).toBe('Node does not exist: /nope');
    expect(oneShot('ls', 'brokers').output.at(-1)).toBe('Path must start with / character');
    expect(oneShot('ls', '/brokers/').output.at(-1)).toBe('Path must not end with / character');
    expect(oneShot('ls').output.at(-1)).toBe('ls [-s] [-w] [-R] path');
  });
  it('prints the usage for an unknown command, and exits 127', () => {
    const r = oneShot('help');
    expect(r.exitCode).toBe(127);
    expect(r.output[0]).toBe('Connecting to localhost:2181');
    expect(r.output[1]).toBe('ZooKeeper -server host:port [-zk-tls-config-file <file>] cmd args');
    expect(r.output).toContain('\tls [-s] [-w] [-R] path');
    expect(r.output).toContain('\tclose ');
    expect(r.output.at(-1)).toBe('Command not found: Command not found help');
  });
  it('refuses writes and watches plainly', () => {
    const create = oneShot('create', '/x', 'data');
    expect(create).toMatchObject({ exitCode: 1, actions: [] });
    expect(create.output.at(-1)).toMatch(/only reads znodes .*create is not supported/);
    expect(oneShot('ls', '-w', '/brokers/ids').output.at(-1)).toMatch(/does not set watches/);
  });
  it('reads paths under a chroot', () => {
    expect(shell(['localhost:2181/brokers', 'ls', '/']).output.at(-1)).toBe('[ids, seqid, topics]');
  });
  it('fails with ConnectionLoss when nothing listens at the address', () => {
    const r = shell(['localhost:2182', 'ls', '/']);
    expect(r.exitCode).toBe(1);
    expect(r.output[0]).toBe('Connecting to localhost:2182');
    expect(r.output[1]).toMatch(
      /^\[.+\] WARN Session 0x0 for server localhost\/127\.0\.0\.1:2182, Closing socket connection\. Attempting reconnect except it is a SessionExpiredException\. \(org\.apache\.zookeeper\.ClientCnxn\)$/,
    );
    expect(r.output.slice(2)).toEqual([
      'java.net.ConnectException: Connection refused',
      'KeeperErrorCode = ConnectionLoss for /',
    ]);
  });
  it('fails the same way while ZooKeeper is not running', () => {
    const ctx = world(5000, manual, []);
    expect(ctx.snapshot.zookeeperRunning).toBe(false);
    expect(shell(['localhost:2181', 'ls', '/'], ctx).output.at(-1)).toBe(
      'KeeperErrorCode = ConnectionLoss for /',
    );
  });
});

describe('zookeeper-shell.sh without a command (interactive)', () => {
  it('starts a foreground process with no prompt (Kafka ships no JLine 2)', () => {
    const r = shell(['localhost:2181']);
    expect(r.output).toEqual([
      'Connecting to localhost:2181',
      'Welcome to ZooKeeper!',
      'JLine support is disabled',
    ]);
    expect(r.process).toEqual({
      kind: 'zookeeper-shell',
      startedAt: 20000,
      server: 'localhost:2181',
    });
    expect(zookeeperShellProcess.prompt!(r.process as ZookeeperShellProcess)).toBe('');
  });
  it('prints the connection event, runs commands, and ends on quit', () => {
    const p: ZookeeperShellProcess = {
      kind: 'zookeeper-shell',
      startedAt: 20000,
      server: 'localhost:2181',
    };
    expect(zookeeperShellProcess.output(p, base)).toEqual({ output: CONNECTED, exited: false });
    expect(zookeeperShellProcess.input!(p, 'ls /brokers/ids', base)).toEqual({
      output: ['[1, 2, 3]'],
      actions: [],
      process: p,
    });
    expect(zookeeperShellProcess.input!(p, "get '/controller_epoch'", base).output).toEqual(['1']);
    expect(zookeeperShellProcess.input!(p, 'quit', base)).toEqual({
      output: [],
      actions: [],
      process: null,
    });
  });
  it('keeps trying while ZooKeeper is down, and connects once it starts', () => {
    const p: ZookeeperShellProcess = {
      kind: 'zookeeper-shell',
      startedAt: 2000,
      server: 'localhost:2181',
    };
    const down = world(4500, manual, []);
    const lines = zookeeperShellProcess.output(p, down).output;
    // Attempts at 2 s, 3 s and 4 s: a WARN line and its exception each.
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^\[2024-05-01 09:00:02,000\] WARN Session 0x0 for server localhost/);
    expect(lines[1]).toBe('java.net.ConnectException: Connection refused');
    expect(zookeeperShellProcess.input!(p, 'ls /brokers', down).output).toEqual([
      'KeeperErrorCode = ConnectionLoss for /brokers',
    ]);
    const up = world(6000, manual, [[5000, { type: 'zookeeper.start' }]]);
    const after = zookeeperShellProcess.output(p, up).output;
    expect(after.slice(0, 6)).toEqual(lines);
    expect(after.slice(-4)).toEqual(CONNECTED);
  });
});

describe('helpers', () => {
  it('formats times as java.util.Date.toString on a UTC machine', () => {
    expect(javaDate(0)).toBe('Thu Jan 01 00:00:00 UTC 1970');
  });
  it('splits a typed line as ZooKeeperMain does, stripping quotes', () => {
    expect(splitCommandLine('  get  "/a b"  ')).toEqual(['get', '/a b']);
    expect(splitCommandLine('')).toEqual([]);
  });
});
