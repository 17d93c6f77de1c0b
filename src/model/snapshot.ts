// Reads the world into the plain ClusterSnapshot the views draw (cheap: log tails only).
import { accumulatorView } from './clients/accumulator';
import { activeController } from './controller/requests';
import { get, slice } from './engine/chunked';
import { LOG_DIRS } from './engine/config';
import { brokerById } from './engine/network';
import { summarize } from './engine/messages';
import { throughputSeries } from './engine/throughput';
import type { Group, Member, World } from './engine/types';
import { coordinatorPartition } from './algorithms/groupCoordinator';
import { logKey, tpKey } from './replication/log';
import { segmentFileName } from './algorithms/segmentNames';
import type { LogStorage, Segment } from './storage/types';
import type {
  BrokerState,
  ClusterSnapshot,
  ConsumerGroupView,
  ConsumerMemberView,
  PartitionView,
  ProducedRecordView,
  ReplicaState,
  ReplicaView,
  SegmentView,
  TopicView,
} from './snapshotTypes';
import { parsePartitionState, partitionStatePath } from './zookeeper/znodes';

const LEDGER_TAIL = 500;

export { LOG_DIRS };

/** Index entries a SegmentView lists (the last ones); the counts give the totals. */
export const SEGMENT_INDEX_VIEW_LIMIT = 64;

function segmentView(s: Segment, active: boolean): SegmentView {
  const offsetIndexEntries: SegmentView['offsetIndexEntries'] = [];
  for (let i = Math.max(0, s.offsetIndexLen - SEGMENT_INDEX_VIEW_LIMIT); i < s.offsetIndexLen; i++)
    offsetIndexEntries.push({
      relativeOffset: s.offsetIndex[2 * i] as number,
      position: s.offsetIndex[2 * i + 1] as number,
    });
  const timeIndexEntries: SegmentView['timeIndexEntries'] = [];
  for (let i = Math.max(0, s.timeIndexLen - SEGMENT_INDEX_VIEW_LIMIT); i < s.timeIndexLen; i++)
    timeIndexEntries.push({
      timestamp: s.timeIndex[2 * i] as number,
      relativeOffset: s.timeIndex[2 * i + 1] as number,
    });
  return {
    baseOffset: s.baseOffset,
    fileStem: segmentFileName(s.baseOffset, '.log').slice(0, -'.log'.length),
    sizeInBytes: s.size,
    batchCount: s.batchCount,
    recordCount: s.nextOffset - s.baseOffset,
    nextOffset: s.nextOffset,
    firstTimestamp: s.size > 0 && s.rollingBasedTimestamp >= 0 ? s.rollingBasedTimestamp : null,
    largestTimestamp: s.size > 0 && s.maxTimestampSoFar >= 0 ? s.maxTimestampSoFar : null,
    createdAt: s.createdAt,
    offsetIndexEntries,
    offsetIndexCount: s.offsetIndexLen,
    timeIndexEntries,
    timeIndexCount: s.timeIndexLen,
    active,
  };
}

function segmentViews(st: LogStorage | undefined): SegmentView[] {
  if (!st) return [];
  const n = st.segments.length;
  return st.segments.map((s, i) => segmentView(s, i === n - 1));
}

function partitionView(
  w: World,
  topic: string,
  partition: number,
  replicas: number[],
  window: number,
): PartitionView {
  const tp = tpKey(topic, partition);
  const node = w.zk.znodes[partitionStatePath(topic, partition)];
  const st = node ? parsePartitionState(node.data) : null;
  const ctl = activeController(w)?.controller ?? null;
  const replicaViews: ReplicaView[] = replicas.map((id) => {
    const b = brokerById(w, id);
    const r = b?.replicas[tp];
    const log = w.logs[logKey(tp, id)];
    const running = !!b && (b.machine.value === 'online' || b.machine.value === 'starting');
    const state = (ctl?.replicaStates[`${tp}@${id}`] ??
      (running ? 'OnlineReplica' : 'OfflineReplica')) as ReplicaState;
    const leo = r?.leo ?? 0;
    return {
      brokerId: id,
      state,
      role: r?.role ?? 'none',
      inIsr: st ? st.isr.includes(id) : false,
      logStartOffset: r?.logStart ?? 0,
      logEndOffset: leo,
      highWatermark: r?.hw ?? 0,
      leaderEpochCache: r ? r.epochCache.map((e) => ({ ...e })) : [],
      // Records below the log start offset were deleted (retention): not shown.
      records: log ? slice(log, Math.max(r?.logStart ?? 0, leo - window), leo) : [],
      truncations: r ? r.truncations.slice() : [],
      segments: segmentViews(w.storage[logKey(tp, id)]),
    };
  });
  const state =
    ctl?.partitionStates[tp] ??
    (st ? (st.leader >= 0 ? 'OnlinePartition' : 'OfflinePartition') : 'NewPartition');
  return {
    topic,
    partition,
    replicas: [...replicas],
    leader: st && st.leader >= 0 ? st.leader : null,
    leaderEpoch: st?.leaderEpoch ?? 0,
    isr: st ? [...st.isr] : [],
    zkVersion: node?.version ?? 0,
    state: state as PartitionView['state'],
    replicaViews,
  };
}

function topics(w: World, window: number): TopicView[] {
  return w.topicOrder.map((name) => {
    const t = w.topics[name];
    const assign = w.zk.znodes[`/brokers/topics/${name}`];
    const parsed = assign
      ? (JSON.parse(assign.data) as { partitions: Record<string, number[]> })
      : null;
    const configs: Record<string, string> = {};
    for (const [k, v] of Object.entries(t?.configs ?? {}))
      if (v !== undefined) configs[k] = String(v);
    const partitions: PartitionView[] = [];
    for (let p = 0; p < (t?.partitions ?? 0); p++) {
      partitions.push(partitionView(w, name, p, parsed?.partitions[String(p)] ?? [], window));
    }
    const markedForDeletion = t?.markedForDeletion === true;
    return { name, topicId: t?.topicId ?? '', configs, partitions, markedForDeletion };
  });
}

function isLive(g: Group): boolean {
  if (g.coord.state === 'Dead') return false;
  if (g.members.length > 0 || g.coord.members.length > 0) return true;
  for (const tp in g.offsets) if (g.offsets[tp]?.committed != null) return true;
  return false;
}

function memberStatus(m: Member): ConsumerMemberView['status'] {
  if (m.phase === 'crashed' || m.phase === 'left') return m.phase;
  return m.stalled ? 'stalled' : m.phase;
}

function tpView(g: Group, tp: string) {
  const o = g.offsets[tp];
  if (o) return { topic: o.topic, partition: o.partition };
  const i = tp.lastIndexOf('-');
  return { topic: tp.slice(0, i), partition: Number(tp.slice(i + 1)) };
}

function groupView(w: World, g: Group): ConsumerGroupView {
  const c = g.coord;
  const fetching = new Set<string>();
  for (const m of g.members)
    if (!m.stalled && m.phase !== 'crashed' && m.phase !== 'left')
      for (const tp of m.assignment) fetching.add(tp);
  return {
    groupId: g.groupId,
    state: c.state,
    generationId: g.generationId,
    protocol: g.protocol,
    coordinator: c.broker >= 0 ? c.broker : null,
    offsetsPartition: coordinatorPartition(g.groupId),
    leaderId: c.leaderId === '' ? null : c.leaderId,
    autoCommit: g.autoCommit,
    sessionTimeoutMs: g.sessionTimeoutMs,
    heartbeatIntervalMs: g.heartbeatIntervalMs,
    maxPollIntervalMs: g.maxPollIntervalMs,
    members: g.members.map((m) => {
      const cm = m.memberId === '' ? undefined : c.members.find((x) => x.memberId === m.memberId);
      return {
        memberId: m.memberId,
        clientId: m.clientId,
        assignment: m.assignment.map((tp) => tpView(g, tp)),
        revoked: m.revoked.map((tp) => tpView(g, tp)),
        status: memberStatus(m),
        lastHeartbeatAt: cm ? cm.lastHeartbeatAt : -1,
        sessionExpiresAt: cm ? cm.sessionExpiresAt : -1,
        // An application that polls calls poll() all the time: its last poll is now.
        lastPollAt: m.stalled || m.phase === 'crashed' || m.phase === 'left' ? m.lastPollAt : w.now,
      };
    }),
    offsets: Object.entries(g.offsets).map(([tp, o]) => ({
      topic: o.topic,
      partition: o.partition,
      position: o.position,
      committed: o.committed,
      // Where no polling consumer fetches (an Empty group; a crashed, stalled or departed owner; a
      // partition between owners) and where a slow application holds buffered records, show the
      // leader's HW, as kafka-consumer-groups.sh (ListOffsets) does: the lag grows as records arrive.
      highWatermark:
        g.ratePerMember !== undefined || !fetching.has(tp)
          ? Math.max(o.highWatermark, leaderHw(w, o.topic, o.partition))
          : o.highWatermark,
    })),
    consumed: g.consumed,
  };
}

export function buildSnapshot(w: World, window: number): ClusterSnapshot {
  const epochNode = w.zk.znodes['/controller_epoch'];
  const produced: ProducedRecordView[] = [];
  for (let i = Math.max(0, w.ledger.length - LEDGER_TAIL); i < w.ledger.length; i++) {
    const e = get(w.ledger, i);
    if (e) produced.push({ ...e });
  }
  return {
    now: w.now,
    logDirs: LOG_DIRS,
    controller: {
      brokerId: w.zk.znodes['/controller']
        ? (JSON.parse(w.zk.znodes['/controller'].data) as { brokerid: number }).brokerid
        : null,
      epoch: Number(epochNode?.data ?? 0),
    },
    brokers: w.brokers.map((b) => ({
      id: b.id,
      state: (b.machine.value === 'crashed' && b.stoppedCleanly
        ? 'stopped'
        : b.machine.value) as BrokerState,
      isolated: b.isolated,
      zkSessionId: b.sessionId,
      brokerEpoch: b.brokerEpoch,
      knownControllerEpoch: b.knownControllerEpoch,
      host: b.host,
      port: b.port,
      logDirs: b.logDirs,
      startedAt: b.startedAt,
    })),
    zookeeperRunning: w.zkRunning,
    startup: w.startup,
    zookeeper: {
      znodes: Object.keys(w.zk.znodes)
        .sort()
        .map((path) => {
          const z = w.zk.znodes[path];
          return {
            path,
            data: z?.data ?? '',
            ephemeralOwner: z?.ephemeralOwner ?? null,
            version: z?.version ?? 0,
            czxid: z?.czxid ?? 0,
          };
        }),
      sessions: Object.values(w.zk.sessions).map((s) => ({
        id: s.id,
        brokerId: s.brokerId,
        expiresAt: s.expiresAt,
        state: s.machine.value as 'connected' | 'expired' | 'closed',
      })),
    },
    topics: topics(w, window),
    // A closed producer is gone from the picture; its records keep their fates in producedRecords.
    producers: w.producers
      .filter((p) => !p.closed)
      .map((p) => ({
        id: p.id,
        topic: p.topic,
        acks: p.acks,
        recordsPerSec: p.recordsPerSec,
        sent: p.sent,
        acknowledged: p.acknowledged,
        failed: p.failed,
        inFlight: p.inFlight.reduce((n, f) => n + f.records.length, 0),
        lastError: p.lastError,
        batchSize: p.batchSize,
        lingerMs: p.lingerMs,
        accumulating: p.queue.length,
        batches: accumulatorView(w, p),
      })),
    producedRecords: produced,
    // A Dead group is gone from the coordinator (GroupMetadata: the last member leaving a group with
    // no committed offsets, e.g. a console consumer's generated group with auto-commit off).
    consumerGroups: w.groups.filter(isLive).map((g) => groupView(w, g)),
    inFlight: w.inFlight.toList().map((m) => ({
      id: m.id,
      kind: m.kind,
      from: m.from,
      to: m.to,
      sentAt: m.sentAt,
      arriveAt: m.arriveAt,
      summary: summarize(m.body),
    })),
    throughput: throughputSeries(w),
  };
}

/** The high watermark of a partition's leader replica, or -1 when no running broker leads it. */
function leaderHw(w: World, topic: string, partition: number): number {
  const tp = tpKey(topic, partition);
  for (const b of w.brokers) {
    const r = b.replicas[tp];
    if (r && r.role === 'leader' && b.machine.value === 'online') return r.hw;
  }
  return -1;
}
