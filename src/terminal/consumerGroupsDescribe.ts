// kafka-consumer-groups.sh --describe: the offsets, members and state views, laid out exactly as
// ConsumerGroupCommand.scala (Kafka 3.6/3.7, ConsumerGroupService.printOffsets/printMembers/printStates) prints them.
import { offsetsReplicas } from '../model/clients/coordinatorBroker';
import type { ClusterSnapshot, ConsumerGroupView } from '../model/snapshotTypes';

/** ConsumerGroupCommand.MISSING_COLUMN_VALUE. */
export const MISSING = '-';

/**
 * The client's address as the coordinator records it (`InetAddress.toString()`).
 * Teaching simplification: every simulated client runs on the learner's machine.
 */
export const CLIENT_HOST = '/127.0.0.1';

/** The port of every broker's PLAINTEXT listener (model/zookeeper/znodes.ts registers `broker-N:9092`). */
const BROKER_PORT = 9092;

/** Java's `%-Ns`: left-justified, padded with spaces to at least n characters. */
export function padRight(s: string, n: number): string {
  return s.padEnd(n, ' ');
}

/**
 * The broker coordinating `groupId`: the model's coordinator for a group it has (the leader of
 * `__consumer_offsets` partition `abs(groupId.hashCode) % 50`, GroupMetadataManager.partitionFor;
 * KAFKA.md 6.1). For a group the model does not have, the same layout the model uses
 * (model/clients/coordinatorBroker.ts): its first replica that is online and reachable; null when
 * none is.
 */
export function groupCoordinator(snapshot: ClusterSnapshot, groupId: string): number | null {
  const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
  if (group) return group.coordinator;
  const replicas = offsetsReplicas(
    snapshot.brokers.map((b) => b.id),
    groupId,
  );
  const up = (id: number) =>
    snapshot.brokers.some((b) => b.id === id && b.state === 'online' && !b.isolated);
  return replicas.find(up) ?? null;
}

/** The members the coordinator knows (an instance still looking for it, or gone, is not one). */
function knownMembers(group: ConsumerGroupView | undefined) {
  return (group?.members ?? []).filter((m) => m.sessionExpiresAt >= 0);
}

/** ConsumerGroupCommand's coordinator column: `host:port (id)`. */
export function coordinatorText(brokerId: number): string {
  return `broker-${brokerId}:${BROKER_PORT} (${brokerId})`;
}

/** What ListOffsets(latest, read_uncommitted) returns: the leader's high watermark (KAFKA.md 6.4). */
export function latestOffset(
  snapshot: ClusterSnapshot,
  topic: string,
  partition: number,
): number | null {
  const p = snapshot.topics
    .find((t) => t.name === topic)
    ?.partitions.find((x) => x.partition === partition);
  if (!p || p.leader === null) return null;
  return p.replicaViews.find((r) => r.brokerId === p.leader)?.highWatermark ?? null;
}

/** What ListOffsets(earliest) returns: the leader's log start offset. */
export function earliestOffset(
  snapshot: ClusterSnapshot,
  topic: string,
  partition: number,
): number | null {
  const p = snapshot.topics
    .find((t) => t.name === topic)
    ?.partitions.find((x) => x.partition === partition);
  if (!p || p.leader === null) return null;
  return p.replicaViews.find((r) => r.brokerId === p.leader)?.logStartOffset ?? null;
}

/**
 * shouldPrintMemberState: the line(s) printed before a view for the group's state (stderr for
 * Empty/rebalancing, stdout for the error), and whether the view follows.
 */
function stateLines(groupId: string, group: ConsumerGroupView | undefined, rows: number) {
  if (!group || group.state === 'Dead') {
    // A group the coordinator does not know is described as Dead.
    return { before: ['', `Error: Consumer group '${groupId}' does not exist.`], print: false };
  }
  const before =
    group.state === 'Empty'
      ? ['', `Consumer group '${groupId}' has no active members.`]
      : group.state === 'Stable'
        ? []
        : ['', `Warning: Consumer group '${groupId}' is rebalancing.`];
  return { before, print: rows > 0 };
}

interface OffsetRow {
  topic: string;
  partition: number;
  current: number | null;
  logEnd: number | null;
  consumerId: string;
  host: string;
  clientId: string;
}

function offsetRows(snapshot: ClusterSnapshot, group: ConsumerGroupView): OffsetRow[] {
  const committed = (topic: string, partition: number) =>
    group.offsets.find((o) => o.topic === topic && o.partition === partition)?.committed ?? null;
  const row = (topic: string, partition: number, who: [string, string, string]): OffsetRow => ({
    topic,
    partition,
    current: committed(topic, partition),
    logEnd: latestOffset(snapshot, topic, partition),
    consumerId: who[0],
    host: who[1],
    clientId: who[2],
  });
  // Members with partitions, most partitions first (stable), each one's partitions by number.
  const members = knownMembers(group)
    .filter((m) => m.assignment.length > 0)
    .sort((a, b) => b.assignment.length - a.assignment.length);
  const rows: OffsetRow[] = [];
  for (const m of members) {
    const tps = [...m.assignment].sort((a, b) => a.partition - b.partition);
    for (const tp of tps)
      rows.push(row(tp.topic, tp.partition, [m.memberId, CLIENT_HOST, m.clientId]));
  }
  // Then committed offsets no member owns, with `-` for the member columns.
  const assigned = (t: string, p: number) => rows.some((r) => r.topic === t && r.partition === p);
  const unowned = group.offsets
    .filter((o) => o.committed !== null && !assigned(o.topic, o.partition))
    .sort((a, b) => a.partition - b.partition || a.topic.localeCompare(b.topic));
  for (const o of unowned) rows.push(row(o.topic, o.partition, [MISSING, MISSING, MISSING]));
  return rows;
}

const num = (n: number | null) => (n === null ? MISSING : String(n));

/** `--describe [--offsets]`. */
export function describeOffsets(snapshot: ClusterSnapshot, groupId: string): string[] {
  const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
  const rows = group ? offsetRows(snapshot, group) : [];
  const { before, print } = stateLines(groupId, group, rows.length);
  if (!print) return before;
  const w = (values: string[]) => Math.max(15, ...values.map((v) => v.length));
  const gw = w([groupId]);
  const tw = w(rows.map((r) => r.topic));
  const cw = w(rows.map((r) => r.consumerId));
  const hw = w(rows.map((r) => r.host));
  // `%-Gs %-Ts %-10s %-15s %-15s %-15s %-Cs %-Hs %s`
  const fmt = (c: string[]) =>
    [
      padRight(c[0] ?? '', gw),
      padRight(c[1] ?? '', tw),
      padRight(c[2] ?? '', 10),
      padRight(c[3] ?? '', 15),
      padRight(c[4] ?? '', 15),
      padRight(c[5] ?? '', 15),
      padRight(c[6] ?? '', cw),
      padRight(c[7] ?? '', hw),
      c[8] ?? '',
    ].join(' ');
  const header = fmt(
    ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG'].concat([
      'CONSUMER-ID',
      'HOST',
      'CLIENT-ID',
    ]),
  );
  const body = rows.map((r) => {
    // getLag: only with both a committed offset and a log end offset.
    const lag = r.current !== null && r.logEnd !== null ? String(r.logEnd - r.current) : MISSING;
    return fmt(
      [groupId, r.topic, String(r.partition), num(r.current), num(r.logEnd), lag].concat([
        r.consumerId,
        r.host,
        r.clientId,
      ]),
    );
  });
  return [...before, '', header, ...body];
}

/** `--describe --members [--verbose]`. No static members in the model: no GROUP-INSTANCE-ID column. */
export function describeMembers(
  snapshot: ClusterSnapshot,
  groupId: string,
  verbose: boolean,
): string[] {
  const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
  const members = knownMembers(group);
  const { before, print } = stateLines(groupId, group, members.length);
  if (!print) return before;
  const w = (values: string[]) => Math.max(15, ...values.map((v) => v.length));
  const gw = w([groupId]);
  const cw = w(members.map((m) => m.memberId));
  const hw = w([CLIENT_HOST]);
  const kw = w(members.map((m) => m.clientId));
  // shortFormat `%-Gs %-Cs %-Hs %-Ks %-15s ` (note the trailing space), then ASSIGNMENT if verbose.
  const fmt = (c: string[]) =>
    `${padRight(c[0] ?? '', gw)} ${padRight(c[1] ?? '', cw)} ${padRight(c[2] ?? '', hw)} ` +
    `${padRight(c[3] ?? '', kw)} ${padRight(c[4] ?? '', 15)} `;
  const header =
    fmt(['GROUP', 'CONSUMER-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS']) +
    (verbose ? 'ASSIGNMENT' : '');
  const body = members.map((m) => {
    const row = fmt([groupId, m.memberId, CLIENT_HOST, m.clientId, String(m.assignment.length)]);
    return verbose ? row + assignmentText(m.assignment) : row;
  });
  return [...before, '', header, ...body];
}

/** `topic(0,2), other(1)`: grouped by topic, partitions sorted, topics sorted; `-` when none. */
export function assignmentText(assignment: { topic: string; partition: number }[]): string {
  if (assignment.length === 0) return MISSING;
  const byTopic = new Map<string, number[]>();
  for (const tp of assignment)
    byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
  return [...byTopic.entries()]
    .map(([t, ps]) => `${t}(${[...ps].sort((a, b) => a - b).join(',')})`)
    .sort()
    .join(', ');
}

/**
 * `--describe --state`. The assignor is the group's protocol, chosen by its members' vote (the 3.x
 * default [RangeAssignor, CooperativeStickyAssignor] picks range, KAFKA.md 6.3); an Empty group
 * has no protocol, so the column is empty.
 */
export function describeState(snapshot: ClusterSnapshot, groupId: string): string[] {
  const group = snapshot.consumerGroups.find((g) => g.groupId === groupId);
  const { before } = stateLines(groupId, group, 1);
  if (!group || group.state === 'Dead') return before;
  const coordinatorId = groupCoordinator(snapshot, groupId);
  const coordinator = coordinatorId === null ? MISSING : coordinatorText(coordinatorId);
  const members = knownMembers(group).length;
  const strategy = members > 0 ? group.protocol : '';
  // `%-Cs %-25s %-20s %-15s %s` with C = max(25, coordinator length), applied from GROUP on.
  const cw = Math.max(25, coordinator.length);
  const fmt = (c: string[]) =>
    `${padRight(c[0] ?? '', cw)} ${padRight(c[1] ?? '', 25)} ${padRight(c[2] ?? '', 20)} ` +
    `${padRight(c[3] ?? '', 15)} ${c[4] ?? ''}`;
  return [
    ...before,
    '',
    fmt(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS']),
    fmt([groupId, coordinator, strategy, group.state, String(members)]),
  ];
}
