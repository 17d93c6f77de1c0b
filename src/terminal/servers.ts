// What the server scripts share: which servers run on this machine, the plain refusal for the
// sandbox (whose servers run on their own hosts), and the scripts' `[-daemon] <file>` arguments.
import type { BrokerView } from '../model/snapshotTypes';
import type { CommandContext, CommandResult } from './types';

/** Brokers whose process runs on this machine now (started from this terminal, not yet ended). */
export function localRunningBrokers(ctx: CommandContext): BrokerView[] {
  return ctx.snapshot.brokers.filter(
    (b) => b.host === 'localhost' && (b.state === 'starting' || b.state === 'online'),
  );
}

/** ZooKeeper runs on this machine (only on an empty machine: the sandbox's runs on its own host). */
export function localZookeeperRunning(ctx: CommandContext): boolean {
  return ctx.snapshot.startup === 'manual' && ctx.snapshot.zookeeperRunning;
}

export function result(output: string[], exitCode = 0): CommandResult {
  return { output, exitCode, actions: [] };
}

/** The sandbox: this terminal is a client machine; its cluster's servers run elsewhere. */
export function sandboxRefusal(what: 'ZooKeeper' | 'a Kafka broker'): CommandResult {
  return result(
    [
      `This terminal is a client machine of the sandbox cluster: its ZooKeeper and brokers run on their own hosts (broker-N:9092), so ${what} does not start here. Choose an empty machine to start servers from the terminal.`,
    ],
    1,
  );
}

/** `[-daemon] <file> [rest…]` as the start scripts read it (the script shifts `-daemon` first). */
export function scriptArgs(args: readonly string[]): { daemon: boolean; rest: string[] } {
  const daemon = args[0] === '-daemon';
  return { daemon, rest: args.slice(daemon ? 1 : 0) };
}

/** Virtual time of the first event of `kind` (about `broker`, if given) at or after `from`. */
export function firstEventAt(
  ctx: CommandContext,
  kinds: readonly string[],
  from: number,
  broker?: number,
  strictlyAfter = false,
): { at: number; kind: string; params: Record<string, string | number> } | null {
  for (const e of ctx.events ?? []) {
    if (e.at < from || (strictlyAfter && e.at === from)) continue;
    if (!kinds.includes(e.kind)) continue;
    if (broker !== undefined && e.broker !== broker) continue;
    return { at: e.at, kind: e.kind, params: e.params };
  }
  return null;
}
