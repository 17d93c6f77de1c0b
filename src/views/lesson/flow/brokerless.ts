// Brokerless pub/sub next to Kafka, derived from one run: which records a subscriber that is only
// reachable while online would have received, and where the same records stand in Kafka.
import type { Scenario } from '../../../model/scenarioTypes';
import type { ConsumerGroupView, ProducedRecordView } from '../../../model/snapshotTypes';

/** A stretch of virtual time [from, to) in which the application had at least one instance running; to = null: still running. */
export interface OnlineInterval {
  from: number;
  to: number | null;
}

/**
 * When group `groupId` had members, from the scenario: its start (a scenario group from 0, or its
 * group.create action) and every group.scale action up to `now` (later actions have not happened yet).
 */
export function onlineIntervals(
  scenario: Scenario,
  groupId: string,
  now: number,
): OnlineInterval[] {
  const changes: { at: number; members: number }[] = [];
  const spec = scenario.consumerGroups.find((g) => g.groupId === groupId);
  if (spec) changes.push({ at: 0, members: spec.members });
  for (const a of scenario.actions) {
    if (a.at > now) break;
    if (a.type === 'group.create' && a.group.groupId === groupId && changes.length === 0)
      changes.push({ at: a.at, members: a.group.members });
    if (a.type === 'group.scale' && a.groupId === groupId && changes.length > 0)
      changes.push({ at: a.at, members: a.members });
  }
  const out: OnlineInterval[] = [];
  let open: number | null = null;
  for (const c of changes) {
    if (c.members > 0 && open === null) open = c.at;
    if (c.members === 0 && open !== null) {
      if (c.at > open) out.push({ from: open, to: c.at });
      open = null;
    }
  }
  if (open !== null) out.push({ from: open, to: null });
  return out;
}

/** The gaps between online intervals, from 0 to `now`: when the consumer was offline. */
export function offlineIntervals(online: readonly OnlineInterval[], now: number): OnlineInterval[] {
  const out: OnlineInterval[] = [];
  let t = 0;
  for (const o of online) {
    if (o.from > t) out.push({ from: t, to: o.from });
    t = o.to ?? now;
  }
  if (t < now) out.push({ from: t, to: null });
  return out;
}

export function isOnlineAt(intervals: readonly OnlineInterval[], t: number): boolean {
  return intervals.some((i) => t >= i.from && (i.to === null || t < i.to));
}

/** Where one record stands in each lane. */
export interface LaneRecord {
  recordId: string;
  sentAt: number;
  /**
   * Without a broker the publisher sends straight to the subscribers connected at that moment
   * (Redis Pub/Sub: "fire and forget"); a subscriber that is offline never gets it.
   */
  brokerless: 'delivered' | 'dropped';
  /** In Kafka: read (offset below the group's position), waiting in the partition log, or not yet written. */
  kafka: 'read' | 'waiting' | 'sending';
}

export interface LaneSummary {
  records: LaneRecord[];
  delivered: number;
  dropped: number;
  read: number;
  waiting: number;
}

/**
 * Both lanes for the records of `topic`. A record counts in Kafka as read once the group's
 * position on its partition has passed its offset (the position is the next offset to read).
 * Teaching simplification: network latency is ignored for the brokerless lane (records are
 * delivered at the instant they are sent).
 */
export function compareLanes(
  produced: readonly ProducedRecordView[],
  topic: string,
  group: ConsumerGroupView | undefined,
  intervals: readonly OnlineInterval[],
): LaneSummary {
  const positions = new Map<number, number>();
  for (const o of group?.offsets ?? [])
    if (o.topic === topic) positions.set(o.partition, o.position);
  const records: LaneRecord[] = [];
  let delivered = 0;
  let read = 0;
  let waiting = 0;
  for (const r of produced) {
    if (r.topic !== topic || r.fate === 'failed') continue;
    const online = isOnlineAt(intervals, r.sentAt);
    if (online) delivered++;
    let kafka: LaneRecord['kafka'] = 'sending';
    if (r.offset !== null && r.fate !== 'lost') {
      kafka = r.offset < (positions.get(r.partition) ?? 0) ? 'read' : 'waiting';
      if (kafka === 'read') read++;
      else waiting++;
    }
    records.push({
      recordId: r.recordId,
      sentAt: r.sentAt,
      brokerless: online ? 'delivered' : 'dropped',
      kafka,
    });
  }
  return { records, delivered, dropped: records.length - delivered, read, waiting };
}
