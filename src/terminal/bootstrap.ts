// --bootstrap-server: which brokers a client tool can reach. The sandbox's brokers run on their own
// hosts (`broker-N:9092`) and the terminal reaches the cluster through `localhost:9092` as through a
// port forward; brokers started from the terminal listen on localhost at their `listeners` port.
import type { BrokerView } from '../model/snapshotTypes';
import { logLine } from './log4j';
import type { CommandContext } from './types';

export interface BootstrapAddress {
  host: string;
  port: number;
}

/** ClientUtils.parseAndValidateAddresses: `host:port[,host:port…]`, or the invalid entry. */
export function parseBootstrap(value: string): BootstrapAddress[] | { invalid: string } {
  const out: BootstrapAddress[] = [];
  for (const raw of value.split(',')) {
    const url = raw.trim();
    if (url === '') continue;
    const m = /^(.+):(\d{1,5})$/.exec(url);
    if (!m || Number(m[2]) > 65535) return { invalid: url };
    out.push({ host: m[1]!.toLowerCase(), port: Number(m[2]) });
  }
  if (out.length === 0) return { invalid: value };
  return out;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '0.0.0.0']);

/** The broker an address reaches, if one is serving there now. */
export function brokerAt(ctx: CommandContext, a: BootstrapAddress): BrokerView | undefined {
  const serving = ctx.snapshot.brokers.filter((b) => b.state === 'online' && !b.isolated);
  if (LOCAL.has(a.host)) {
    const local = serving.find((b) => b.host === 'localhost' && b.port === a.port);
    if (local) return local;
    // The sandbox's port forward: localhost:9092 reaches its cluster (any serving broker).
    if (ctx.snapshot.startup === 'auto' && a.port === 9092) return serving[0];
    return undefined;
  }
  return serving.find((b) => b.host === a.host && b.port === a.port);
}

/** The address as NetworkClient prints it: `localhost/127.0.0.1:9092`. */
function nodeAddress(a: BootstrapAddress): string {
  return LOCAL.has(a.host) ? `${a.host}/127.0.0.1:${a.port}` : `${a.host}:${a.port}`;
}

export type BootstrapCheck =
  | { ok: true; broker: BrokerView }
  | { ok: false; kind: 'invalid'; output: string[] }
  | { ok: false; kind: 'unreachable'; output: string[] };

/**
 * Can a client bootstrap from `value` now? Unreachable: NetworkClient's WARN for each address (a
 * real client retries until its timeout; the tool then prints its own error after these lines).
 * `clientId` is the client's id in the log prefix, e.g. `[AdminClient clientId=adminclient-1]`.
 */
export function checkBootstrap(
  ctx: CommandContext,
  value: string,
  clientPrefix: string,
): BootstrapCheck {
  const parsed = parseBootstrap(value);
  if ('invalid' in parsed) {
    return {
      ok: false,
      kind: 'invalid',
      output: [
        `org.apache.kafka.common.config.ConfigException: Invalid url in bootstrap.servers: ${parsed.invalid}`,
      ],
    };
  }
  for (const a of parsed) {
    const broker = brokerAt(ctx, a);
    if (broker) return { ok: true, broker };
  }
  const now = ctx.snapshot.now;
  return {
    ok: false,
    kind: 'unreachable',
    output: parsed.map((a) =>
      logLine(
        now,
        'WARN',
        `${clientPrefix} Connection to node -1 (${nodeAddress(a)}) could not be established. Broker may not be available.`,
        'org.apache.kafka.clients.NetworkClient',
      ),
    ),
  };
}
