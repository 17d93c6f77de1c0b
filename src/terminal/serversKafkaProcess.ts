// The foreground `kafka-server-start.sh` process: its lines are a pure function of its spec and
// the timeline (broker.started, controller.elected, broker.stopped / crashed / startFailed), each
// stamped with its event's virtual time. A crash kills the process: its output just ends.
import type { BrokerConfigs } from '../model/scenarioTypes';
import { clusterId } from './filesLogDirs';
import {
  bootLines,
  controllerLine,
  registeredLines,
  shutdownLines,
  startedLines,
  zkTimeoutLines,
  type KafkaRun,
} from './serverLogs';
import { firstEventAt } from './servers';
import type { CommandContext, ProcessHandler, ProcessSpec } from './types';

type KafkaSpec = Extract<ProcessSpec, { kind: 'kafka' }>;

const ENDS = ['broker.stopped', 'broker.crashed', 'broker.startFailed'] as const;

/** The settings the process started with: its broker.start action in the scenario. */
function runOf(p: KafkaSpec, ctx: CommandContext): KafkaRun {
  let configs: BrokerConfigs = {};
  for (const a of ctx.scenario.actions) {
    if (a.type === 'broker.start' && a.broker === p.brokerId && a.at === p.startedAt)
      configs = a.configs;
  }
  return {
    brokerId: p.brokerId,
    port: p.port,
    logDirs: p.logDirs,
    zookeeperConnect: 'localhost:2181',
    configs,
  };
}

/** How this broker's previous run ended: a clean stop leaves .kafka_cleanshutdown. */
function previousCleanShutdown(p: KafkaSpec, ctx: CommandContext): boolean {
  let clean = false;
  for (const e of ctx.events ?? []) {
    if (e.at >= p.startedAt || e.broker !== p.brokerId) continue;
    if (e.kind === 'broker.stopped') clean = true;
    else if (e.kind === 'broker.crashed' || e.kind === 'broker.startFailed') clean = false;
  }
  return clean;
}

/** Logs its dirs held at start: partitions on it of topics created before it started. */
function logCount(p: KafkaSpec, ctx: CommandContext): number {
  const before = new Set(
    (ctx.events ?? [])
      .filter((e) => e.kind === 'topic.created' && e.at < p.startedAt)
      .map((e) => String(e.params.topic)),
  );
  let n = 0;
  for (const t of ctx.snapshot.topics) {
    if (!before.has(t.name)) continue;
    for (const part of t.partitions)
      if (part.replicaViews.some((r) => r.brokerId === p.brokerId)) n++;
  }
  return n;
}

export const kafkaProcess: ProcessHandler<KafkaSpec> = {
  output(p, ctx) {
    const run = runOf(p, ctx);
    const end = firstEventAt(ctx, ENDS, p.startedAt, p.brokerId, true);
    const started = firstEventAt(ctx, ['broker.started'], p.startedAt, p.brokerId);
    const segments: { at: number; order: number; lines: string[] }[] = [
      { at: p.startedAt, order: 0, lines: bootLines(p.startedAt, run) },
    ];
    if (started && (end === null || started.at <= end.at)) {
      const at = started.at;
      const czxid = Number(started.params.brokerEpoch ?? -1);
      segments.push({
        at,
        order: 1,
        lines: registeredLines(at, run, {
          clusterId: clusterId(ctx.snapshot) ?? '',
          czxid,
          logCount: logCount(p, ctx),
          cleanShutdown: previousCleanShutdown(p, ctx),
          host: 'localhost',
        }),
      });
      for (const e of ctx.events ?? []) {
        if (e.kind !== 'controller.elected' || e.broker !== p.brokerId || e.at < at) continue;
        if (end !== null && e.at > end.at) continue;
        segments.push({
          at: e.at,
          order: 2,
          lines: [controllerLine(e.at, p.brokerId, Number(e.params.epoch ?? 1))],
        });
      }
      segments.push({ at, order: 3, lines: startedLines(at, run) });
    }
    if (end?.kind === 'broker.stopped')
      segments.push({ at: end.at, order: 4, lines: shutdownLines(end.at, p.brokerId) });
    if (end?.kind === 'broker.startFailed')
      segments.push({ at: end.at, order: 4, lines: zkTimeoutLines(end.at) });
    segments.sort((a, b) => a.at - b.at || a.order - b.order);
    return { output: segments.flatMap((s) => s.lines), exited: end !== null };
  },
  interrupt(p, ctx) {
    const b = ctx.snapshot.brokers.find((x) => x.id === p.brokerId);
    if (!b || (b.state !== 'online' && b.state !== 'starting')) return { output: [], actions: [] };
    // Ctrl+C runs Kafka's shutdown hook: a clean shutdown.
    return {
      output: shutdownLines(ctx.snapshot.now, p.brokerId),
      actions: [{ type: 'broker.stop', broker: p.brokerId }],
    };
  },
  exit() {
    return { output: [], actions: [] };
  },
  prompt() {
    return null;
  },
};
