// What an unclean leader election did to one partition, derived from a snapshot and the timeline
// alone (pure), so the comparison is right for any run and any moment a link opens.
import type {
  BrokerView,
  ClusterSnapshot,
  PartitionView,
  ProducedRecordView,
  RecordView,
  TimelineEvent,
  TruncationView,
} from '../../../model/snapshotTypes';

/** One record as a cell of the comparison. */
export interface CompareRecord {
  offset: number;
  value: string;
  key: string | null;
  leaderEpoch: number;
  recordId: string;
  /** Acknowledged to its producer and later gone from the leader's log (ledger fate `lost`). */
  lost: boolean;
}

export interface ReplicaComparison {
  brokerId: number;
  /** The replica the unclean election made leader. */
  chosen: boolean;
  /** Was its broker registered in ZooKeeper (live to the controller) when the election ran. */
  liveAtElection: boolean;
  /** LEO when the election ran: where its log ended before the new epoch began. */
  leoBefore: number;
  leoNow: number;
  /** Down now (crashed or never started): its disk keeps the log as it was. */
  downNow: boolean;
  /** Offset → record written before the new leader epoch (the log as it was at the election). */
  before: Map<number, CompareRecord>;
  /** Offset → record in the log now. */
  now: Map<number, CompareRecord>;
  /** Truncations since the election (the replica cutting its log to the new leader's). */
  truncations: TruncationView[];
}

export interface UncleanComparison {
  tp: string;
  at: number;
  leader: number;
  epoch: number;
  /** Assignment order: the order Kafka's election walks. */
  assignment: number[];
  replicas: ReplicaComparison[];
  /**
   * A replica that was live at the election and held more records than the one chosen: evidence
   * that Kafka picks by assignment order, not by the most data. null when there was none.
   */
  moreData: { brokerId: number; leo: number } | null;
  /** Acknowledged records this election lost, by offset. */
  lost: ProducedRecordView[];
  /** The offsets worth showing: a little before the divergence up to the end of the old logs. */
  offsets: number[];
  /** Unclean elections of this partition so far (the comparison is about the last one). */
  count: number;
}

/** An offline partition, before any unclean election: who the election would pick if allowed. */
export interface OfflinePreview {
  tp: string;
  assignment: number[];
  isr: number[];
  candidates: { brokerId: number; live: boolean; inIsr: boolean; leo: number }[];
  /** First live replica in assignment order (KAFKA.md 5.3), or null when none is live. */
  wouldPick: number | null;
  /** A live replica with a higher LEO than the one picked, if any. */
  moreData: { brokerId: number; leo: number } | null;
}

/** Rows of context shown before the offset where the logs diverge. */
export const CONTEXT_ROWS = 2;
/** At most this many offsets are listed; the divergence comes first. */
export const MAX_ROWS = 40;

function tpOf(p: PartitionView): string {
  return `${p.topic}-${p.partition}`;
}

function findPartition(s: ClusterSnapshot, tp: string): PartitionView | undefined {
  return s.topics.flatMap((t) => t.partitions).find((p) => tpOf(p) === tp);
}

/** Unclean `leader.elected` events up to now, oldest first. */
export function uncleanElections(
  events: readonly TimelineEvent[],
  now: number,
  tp?: string,
): TimelineEvent[] {
  return events.filter(
    (e) =>
      e.at <= now &&
      e.kind === 'leader.elected' &&
      e.params.election === 'unclean' &&
      e.partition !== undefined &&
      (tp === undefined || e.partition === tp),
  );
}

/**
 * Whether a broker was registered in ZooKeeper at time t, which is what "live" means to the
 * controller (KAFKA.md 4.2): `broker.started` registers it, `session.expired` removes it.
 */
export function liveAt(events: readonly TimelineEvent[], brokerId: number, t: number): boolean {
  let live = false;
  for (const e of events) {
    if (e.at > t) break;
    if (e.broker !== brokerId) continue;
    if (e.kind === 'broker.started') live = true;
    else if (e.kind === 'session.expired') live = false;
  }
  return live;
}

function isDown(b: BrokerView | undefined): boolean {
  return !b || b.state === 'crashed' || b.state === 'notStarted' || b.state === 'stopped';
}

function cell(r: RecordView, lostIds: Set<string>): CompareRecord {
  return {
    offset: r.offset,
    value: r.value,
    key: r.key,
    leaderEpoch: r.leaderEpoch,
    recordId: r.recordId,
    lost: lostIds.has(r.recordId),
  };
}

/**
 * The comparison for the last unclean election of `tp` (or of the partition with the latest one
 * when `tp` is null or had none). The log before the election is rebuilt from what is left: the
 * records of epochs older than the election's (leader epochs only grow, so they were written
 * before it), plus the records that truncations since the election cut off.
 */
export function compareUnclean(
  s: ClusterSnapshot,
  events: readonly TimelineEvent[],
  tp: string | null,
): UncleanComparison | null {
  const all = uncleanElections(events, s.now);
  const mine = tp ? all.filter((e) => e.partition === tp) : [];
  const list = mine.length > 0 ? mine : all;
  const election = list[list.length - 1];
  if (!election?.partition) return null;
  const p = findPartition(s, election.partition);
  if (!p) return null;
  const epoch = Number(election.params.epoch);
  const leader = Number(election.params.leader);
  const at = election.at;
  const lostRecords = s.producedRecords.filter(
    (r) =>
      r.fate === 'lost' &&
      r.topic === p.topic &&
      r.partition === p.partition &&
      r.sentAt <= at &&
      r.offset !== null,
  );
  const lostIds = new Set(lostRecords.map((r) => r.recordId));

  const replicas: ReplicaComparison[] = p.replicas.map((id) => {
    const view = p.replicaViews.find((r) => r.brokerId === id);
    const truncations = (view?.truncations ?? []).filter((x) => x.at >= at);
    const old: RecordView[] = [];
    for (const x of truncations) for (const r of x.records) if (r.leaderEpoch < epoch) old.push(r);
    for (const r of view?.records ?? []) if (r.leaderEpoch < epoch) old.push(r);
    old.sort((a, b) => a.offset - b.offset);
    const before = new Map(old.map((r) => [r.offset, cell(r, lostIds)] as const));
    const now = new Map<number, CompareRecord>();
    for (const r of view?.records ?? []) now.set(r.offset, cell(r, lostIds));
    const leoNow = view?.logEndOffset ?? 0;
    // Where its log ended at the election: a later truncation started from there; otherwise the
    // first epoch at or after the election began there; otherwise nothing was written since.
    const epochStart = view?.leaderEpochCache.find((e) => e.epoch >= epoch)?.startOffset;
    const leoBefore = truncations[0]?.fromOffset ?? epochStart ?? leoNow;
    return {
      brokerId: id,
      chosen: id === leader,
      liveAtElection: liveAt(events, id, at),
      leoBefore,
      leoNow,
      downNow: isDown(s.brokers.find((b) => b.id === id)),
      before,
      now,
      truncations,
    };
  });

  const chosen = replicas.find((r) => r.chosen);
  const chosenLeo = chosen?.leoBefore ?? 0;
  const richer = replicas
    .filter((r) => !r.chosen && r.liveAtElection && r.leoBefore > chosenLeo)
    .sort((a, b) => b.leoBefore - a.leoBefore)[0];
  const lost = lostRecords.filter((r) => (r.offset ?? 0) >= chosenLeo);
  return {
    tp: tpOf(p),
    at,
    leader,
    epoch,
    assignment: p.replicas,
    replicas,
    moreData: richer ? { brokerId: richer.brokerId, leo: richer.leoBefore } : null,
    lost,
    offsets: rowsToShow(replicas, chosenLeo),
    count: list.length,
  };
}

/** From a little before the new leader's end (where logs diverge) to the end of the longest old log. */
export function rowsToShow(replicas: ReplicaComparison[], divergeAt: number): number[] {
  const end = Math.max(divergeAt, ...replicas.map((r) => r.leoBefore));
  const first = Math.max(0, divergeAt - CONTEXT_ROWS);
  const last = Math.min(end, first + MAX_ROWS);
  const rows: number[] = [];
  for (let o = first; o < last; o++) rows.push(o);
  return rows;
}

/**
 * For an offline partition (no leader): who an unclean election would pick, the first live
 * replica in assignment order (KAFKA.md 5.3, Election.leaderForOffline), and whether a live
 * replica holds more. Live here means the broker is up and reachable, as the view can tell.
 */
export function previewOffline(s: ClusterSnapshot, tp: string | null): OfflinePreview | null {
  const parts = s.topics.flatMap((t) => t.partitions);
  const p =
    parts.find((x) => tpOf(x) === tp && x.leader === null) ?? parts.find((x) => x.leader === null);
  if (!p) return null;
  const candidates = p.replicas.map((id) => {
    const b = s.brokers.find((x) => x.id === id);
    const view = p.replicaViews.find((r) => r.brokerId === id);
    return {
      brokerId: id,
      live: !!b && b.state === 'online' && !b.isolated && b.brokerEpoch !== null,
      inIsr: p.isr.includes(id),
      leo: view?.logEndOffset ?? 0,
    };
  });
  const pick = candidates.find((c) => c.live);
  const richer = candidates
    .filter((c) => c.live && pick && c.leo > pick.leo)
    .sort((a, b) => b.leo - a.leo)[0];
  return {
    tp: tpOf(p),
    assignment: p.replicas,
    isr: p.isr,
    candidates,
    wouldPick: pick?.brokerId ?? null,
    moreData: richer ? { brokerId: richer.brokerId, leo: richer.leo } : null,
  };
}

/** Offsets as short ranges: [5,6,7,9] → "5–7, 9". */
export function offsetRanges(offsets: readonly number[]): string {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const from = sorted[i]!;
    let to = from;
    while (sorted[i + 1] === to + 1) to = sorted[++i]!;
    parts.push(from === to ? String(from) : `${from}–${to}`);
    i++;
  }
  return parts.join(', ');
}
