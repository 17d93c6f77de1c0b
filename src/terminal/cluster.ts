// What the admin tools read from the cluster, computed from a snapshot and the scenario: the live
// brokers (as describeCluster returns them) and the broker settings in force at `now`.
import type { BrokerConfigs } from '../model/scenarioTypes';
import type { ClusterSnapshot } from '../model/snapshotTypes';
import type { CommandContext } from './types';

/** Registered brokers: the children of /brokers/ids (KAFKA.md 4.1), sorted by id. */
export function liveBrokerIds(snapshot: ClusterSnapshot): number[] {
  const ids: number[] = [];
  for (const z of snapshot.zookeeper.znodes) {
    const m = /^\/brokers\/ids\/(\d+)$/.exec(z.path);
    if (m) ids.push(Number(m[1]));
  }
  return ids.sort((a, b) => a - b);
}

/**
 * The cluster-wide broker settings at `now`: the scenario's (server.properties) with every
 * `broker.start`'s file settings and `config.set` on the broker default up to now applied in order.
 */
export function brokerConfigsAt(ctx: CommandContext): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {
    ...(ctx.scenario.brokerConfigs as BrokerConfigs),
  };
  for (const a of ctx.scenario.actions) {
    if (a.at > ctx.snapshot.now) break;
    // A broker started from the terminal brings its server.properties settings (model/broker/process.ts).
    if (a.type === 'broker.start') Object.assign(out, a.configs);
    if (a.type !== 'config.set' || a.entity !== 'broker') continue;
    if (a.value === null) delete out[a.key];
    else out[a.key] = a.value;
  }
  return out;
}
