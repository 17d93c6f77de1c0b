// The durability comparison, pure: one failure run under two configurations, and which
// acknowledged records each lost. Same inputs, same result (the model is deterministic).
import type { Scenario, ScenarioAction } from '../model/scenarioTypes';
import type { Simulation } from '../model/simulationTypes';
import type {
  ClusterSnapshot,
  ProducedRecordView,
  ReplicaView,
  TimelineEvent,
} from '../model/snapshotTypes';
import type {
  DurabilityComparison,
  DurabilityConfig,
  DurabilityRun,
  FailedRecord,
  LostRecord,
  Refusal,
} from './durabilityTypes';

export type CreateSimulation = (scenario: Scenario) => Simulation;

/**
 * The base with one configuration applied: every producer's acks, and min.insync.replicas and
 * unclean.leader.election.enable on every topic (topic overrides win over the broker's, LogConfig).
 */
export function applyConfig(base: Scenario, config: DurabilityConfig): Scenario {
  return {
    ...base,
    topics: base.topics.map((t) => ({
      ...t,
      configs: {
        ...t.configs,
        'min.insync.replicas': config.minInsyncReplicas,
        'unclean.leader.election.enable': config.uncleanLeaderElection,
      },
    })),
    producers: base.producers.map((p) => ({ ...p, configs: { ...p.configs, acks: config.acks } })),
  };
}

/** The base's own actions, then the failure's, in time order (equal times keep their order). */
function withFailure(scenario: Scenario, failure: readonly ScenarioAction[]): Scenario {
  const actions = [...scenario.actions, ...failure]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.at - y.a.at || x.i - y.i)
    .map((x) => x.a);
  return { ...scenario, actions };
}

function isLive(s: ClusterSnapshot, brokerId: number): boolean {
  const b = s.brokers.find((x) => x.id === brokerId);
  return !!b && b.state === 'online' && !b.isolated;
}

/**
 * Whether a replica still holds the record. The snapshot carries only a log's tail: a record
 * older than the tail (or, for acks=0, one without an offset while the tail is not the whole log)
 * cannot be seen, so it counts as held rather than as a loss we cannot show.
 */
function holds(r: ReplicaView, rec: ProducedRecordView): boolean {
  if (r.records.some((x) => x.recordId === rec.recordId)) return true;
  const tailStart = r.records[0]?.offset ?? r.logEndOffset;
  if (rec.offset === null) return tailStart > r.logStartOffset;
  return rec.offset >= r.logStartOffset && rec.offset < tailStart;
}

function lostRecords(s: ClusterSnapshot): LostRecord[] {
  const lost: LostRecord[] = [];
  for (const rec of s.producedRecords) {
    if (rec.fate !== 'acknowledged' && rec.fate !== 'lost') continue;
    let why: LostRecord['why'] | null = rec.fate === 'lost' ? 'ledger' : null;
    if (!why) {
      const p = s.topics
        .find((t) => t.name === rec.topic)
        ?.partitions.find((x) => x.partition === rec.partition);
      const live = (p?.replicaViews ?? []).filter((r) => isLive(s, r.brokerId));
      if (!live.some((r) => holds(r, rec))) why = 'absent';
    }
    if (why)
      lost.push({
        recordId: rec.recordId,
        topic: rec.topic,
        partition: rec.partition,
        key: rec.key,
        value: rec.value,
        offset: rec.offset,
        sentAt: rec.sentAt,
        why,
      });
  }
  return lost;
}

function refusals(events: readonly TimelineEvent[], until: number): Refusal[] {
  return events
    .filter((e) => e.kind === 'produce.failed' && e.at <= until)
    .map((e) => ({ at: e.at, partition: e.partition ?? '', error: String(e.params.error ?? '') }));
}

function failedRecords(s: ClusterSnapshot): FailedRecord[] {
  return s.producedRecords
    .filter((r) => r.fate === 'failed')
    .map((r) => ({
      recordId: r.recordId,
      partition: `${r.topic}-${r.partition}`,
      key: r.key,
      value: r.value,
      error: r.error,
    }));
}

/** One configuration's run, read at `until`. */
export function runDurability(
  base: Scenario,
  config: DurabilityConfig,
  failure: readonly ScenarioAction[],
  until: number,
  createSim: CreateSimulation,
): DurabilityRun {
  const scenario = withFailure(applyConfig(base, config), failure);
  const sim = createSim(scenario);
  sim.seek(until);
  const s = sim.snapshot();
  const events = sim.events();
  return {
    config,
    scenario,
    sent: s.producers.reduce((n, p) => n + p.sent, 0),
    acknowledged: s.producers.reduce((n, p) => n + p.acknowledged, 0),
    lost: lostRecords(s),
    lostReported: events
      .filter((e) => e.kind === 'data.loss' && e.at <= until)
      .reduce((n, e) => n + Number(e.params.count ?? 0), 0),
    refusals: refusals(events, until),
    failed: failedRecords(s),
  };
}

/**
 * The same failure under two configurations: each run is the base with the configuration applied
 * and the failure's actions added, read at `until`. `createSim` is the model's createSimulation
 * (the store passes its own, so tests and the browser choose).
 */
export function compareDurability(
  base: Scenario,
  variants: readonly [DurabilityConfig, DurabilityConfig],
  failure: readonly ScenarioAction[],
  until: number,
  createSim: CreateSimulation,
): DurabilityComparison {
  return {
    until,
    runs: [
      runDurability(base, variants[0], failure, until, createSim),
      runDurability(base, variants[1], failure, until, createSim),
    ],
  };
}
