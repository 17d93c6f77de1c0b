// Deep copy of plain world data. Frozen objects (records, sent messages, timeline events) are
// immutable by convention, together with everything they hold, so copies share them.
//
// Copies keep the originals' shapes: arrays by `slice` (same elements kind) and objects by spread
// (same hidden class), so code running on a restored world sees the objects it was optimised for.
import type { EpochEntry } from '../snapshotTypes';
import type {
  Broker,
  CoordGroup,
  CoordMember,
  Group,
  GroupOffset,
  MachineState,
  Member,
  ParkedFetch,
  QEvent,
  Replica,
} from './types';
import type { OutRecord, Producer, ProducerInFlight } from './clientTypes';

export function deepClone<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out = v.slice();
    for (let i = 0; i < out.length; i++) {
      const x: unknown = out[i];
      if (typeof x === 'object' && x !== null) out[i] = deepClone(x);
    }
    return out as T;
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(k, deepClone(x));
    return m as T;
  }
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const k in out) {
    const x = out[k];
    if (typeof x === 'object' && x !== null) out[k] = deepClone(x);
  }
  return out as T;
}

// Copies of the hot shapes written as object literals with their creators' keys in the same order.
// A literal gets the hidden class of every literal with those keys in that order, while a spread
// copy of a literal gets another one: code optimised on the original world would see new shapes
// after every restore and deoptimise (seeks right after a restore ran several times slower).
// A missing field is a type error here; a different key order only costs speed.

/**
 * A copy of a queue entry (engine/heap.ts makeEvent). A task is never changed once scheduled (a
 * periodic task is scheduled again as is), so the copy shares it.
 */
export function cloneQEvent(e: QEvent): QEvent {
  return { at: e.at, seq: e.seq, type: e.type, a: e.a, s: e.s, task: e.task };
}

function cloneMachine(m: MachineState): MachineState {
  return { value: m.value, context: deepClone(m.context) };
}

/** replication/log.ts assignEpoch. */
function cloneEpochEntry(e: EpochEntry): EpochEntry {
  return { epoch: e.epoch, startOffset: e.startOffset };
}

/** replication/serveFetch.ts handleFetch. The body is the Fetch message's, never changed: shared. */
function cloneParked(p: ParkedFetch): ParkedFetch {
  return {
    id: p.id,
    from: p.from,
    reqId: p.reqId,
    consumer: p.consumer,
    deadline: p.deadline,
    tps: deepClone(p.tps),
    body: p.body,
  };
}

/** A copy of a replica (broker/leaderAndIsr.ts ensureReplica). */
export function cloneReplica(r: Replica): Replica {
  return {
    logKey: r.logKey,
    topic: r.topic,
    partition: r.partition,
    brokerId: r.brokerId,
    leo: r.leo,
    hw: r.hw,
    logStart: r.logStart,
    epochCache: r.epochCache.map(cloneEpochEntry),
    role: r.role,
    leader: r.leader,
    leaderEpoch: r.leaderEpoch,
    isr: deepClone(r.isr),
    pendingIsr: deepClone(r.pendingIsr),
    pendingIsrSentAt: r.pendingIsrSentAt,
    zkVersion: r.zkVersion,
    replicas: deepClone(r.replicas),
    leaderEpochStartOffset: r.leaderEpochStartOffset,
    followers: deepClone(r.followers),
    purgatory: deepClone(r.purgatory),
    producerSeqs: deepClone(r.producerSeqs),
    truncations: deepClone(r.truncations),
  };
}

/** A copy of a broker (engine/world.ts newBroker). */
export function cloneBroker(b: Broker): Broker {
  const replicas: Record<string, Replica> = {};
  for (const tp in b.replicas) replicas[tp] = cloneReplica(b.replicas[tp] as Replica);
  return {
    id: b.id,
    node: b.node,
    machine: cloneMachine(b.machine),
    controllerMachine: cloneMachine(b.controllerMachine),
    incarnation: b.incarnation,
    periodicGen: b.periodicGen,
    isolated: b.isolated,
    sessionId: b.sessionId,
    brokerEpoch: b.brokerEpoch,
    knownControllerEpoch: b.knownControllerEpoch,
    activeControllerId: b.activeControllerId,
    replicas,
    fetchers: deepClone(b.fetchers),
    parked: b.parked.map(cloneParked),
    nextParkId: b.nextParkId,
    parkTimerAt: b.parkTimerAt,
    metadata: deepClone(b.metadata),
    liveBrokers: deepClone(b.liveBrokers),
    controller: deepClone(b.controller),
    nextReqId: b.nextReqId,
    host: b.host,
    port: b.port,
    logDirs: b.logDirs,
    startedAt: b.startedAt,
    stoppedCleanly: b.stoppedCleanly,
  };
}

/** clients/coordinator/offsets.ts, clients/offsetCommit.ts. */
function cloneGroupOffset(o: GroupOffset): GroupOffset {
  return {
    topic: o.topic,
    partition: o.partition,
    position: o.position,
    committed: o.committed,
    highWatermark: o.highWatermark,
    resolved: o.resolved,
  };
}

/** clients/consumer.ts createGroup. */
function cloneMember(m: Member): Member {
  return {
    memberId: m.memberId,
    clientId: m.clientId,
    assignment: deepClone(m.assignment),
    leaders: deepClone(m.leaders),
    inFlightReq: deepClone(m.inFlightReq),
    inFlightAt: deepClone(m.inFlightAt),
    metaInFlight: m.metaInFlight,
    metaSentAt: m.metaSentAt,
    nextReqId: m.nextReqId,
    throttle:
      m.throttle === undefined
        ? undefined
        : {
            budget: m.throttle.budget,
            at: m.throttle.at,
            kickAt: m.throttle.kickAt,
            next: m.throttle.next,
            buffered: deepClone(m.throttle.buffered),
          },
    generation: m.generation,
    revoked: m.revoked.slice(),
    lastAssignment: m.lastAssignment.slice(),
    phase: m.phase,
    stalled: m.stalled,
    coordinator: m.coordinator,
    groupReq: m.groupReq,
    groupReqAt: m.groupReqAt,
    hbReq: m.hbReq,
    hbSentAt: m.hbSentAt,
    nextHbAt: m.nextHbAt,
    lastPollAt: m.lastPollAt,
    rejoinNeeded: m.rejoinNeeded,
    rejoinReason: m.rejoinReason,
    initializing: m.initializing.slice(),
    offsetFetchReq: m.offsetFetchReq,
    assignedCounts: deepClone(m.assignedCounts),
  };
}

/** clients/coordinator/joinSync.ts handleJoinGroup. */
function cloneCoordMember(m: CoordMember): CoordMember {
  return {
    memberId: m.memberId,
    clientId: m.clientId,
    owned: m.owned.slice(),
    ownedGeneration: m.ownedGeneration,
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    sessionTimeoutMs: m.sessionTimeoutMs,
    joinReq: m.joinReq,
    syncReq: m.syncReq,
    assignment: m.assignment.slice(),
    lastHeartbeatAt: m.lastHeartbeatAt,
    sessionExpiresAt: m.sessionExpiresAt,
  };
}

/** clients/coordinator/groupState.ts newCoordGroup. */
function cloneCoordGroup(c: CoordGroup): CoordGroup {
  return {
    state: c.state,
    broker: c.broker,
    members: c.members.map(cloneCoordMember),
    pending: c.pending.slice(),
    pendingExpiresAt: c.pendingExpiresAt.slice(),
    leaderId: c.leaderId,
    rebalanceDeadline: c.rebalanceDeadline,
    initialDelayAt: c.initialDelayAt,
  };
}

/** A copy of a consumer group (clients/consumer.ts createGroup). */
export function cloneGroup(g: Group): Group {
  const offsets: Record<string, GroupOffset> = {};
  for (const tp in g.offsets) offsets[tp] = cloneGroupOffset(g.offsets[tp] as GroupOffset);
  return {
    groupId: g.groupId,
    reset: g.reset,
    autoCommit: g.autoCommit,
    autoCommitIntervalMs: g.autoCommitIntervalMs,
    nextCommitAt: g.nextCommitAt,
    fetchMaxWaitMs: g.fetchMaxWaitMs,
    topics: deepClone(g.topics),
    members: g.members.map(cloneMember),
    offsets,
    consumed: g.consumed,
    generationId: g.generationId,
    ratePerMember: g.ratePerMember,
    clientSeq: g.clientSeq,
    strategies: g.strategies.slice(),
    protocol: g.protocol,
    sessionTimeoutMs: g.sessionTimeoutMs,
    heartbeatIntervalMs: g.heartbeatIntervalMs,
    maxPollIntervalMs: g.maxPollIntervalMs,
    coord: cloneCoordGroup(g.coord),
  };
}

/** clients/producer.ts produceRecord. */
function cloneOutRecord(r: OutRecord): OutRecord {
  if (Object.isFrozen(r)) return r;
  return {
    ledger: r.ledger,
    partition: r.partition,
    seq: r.seq,
    pidGen: r.pidGen,
    createdAt: r.createdAt,
    notBefore: r.notBefore,
    appendedAt: r.appendedAt,
  };
}

/** clients/producer.ts trySend. */
function cloneProducerInFlight(f: ProducerInFlight): ProducerInFlight {
  if (Object.isFrozen(f)) return f;
  return {
    reqId: f.reqId,
    broker: f.broker,
    sentAt: f.sentAt,
    records: Object.isFrozen(f.records) ? f.records : f.records.map(cloneOutRecord),
  };
}

/** A copy of a producer (clients/producer.ts createProducer). */
export function cloneProducer(p: Producer): Producer {
  return {
    id: p.id,
    requestTimeoutMs: p.requestTimeoutMs,
    deliveryTimeoutMs: p.deliveryTimeoutMs,
    retryBackoffMs: p.retryBackoffMs,
    batchSize: p.batchSize,
    lingerMs: p.lingerMs,
    lingerArmedAt: p.lingerArmedAt,
    tickGen: p.tickGen,
    metaSentAt: p.metaSentAt,
    topic: p.topic,
    acks: p.acks,
    recordsPerSec: p.recordsPerSec,
    keys: deepClone(p.keys),
    count: p.count,
    sticky: deepClone(p.sticky),
    keyPartitions: deepClone(p.keyPartitions),
    leaders: deepClone(p.leaders),
    numPartitions: p.numPartitions,
    metaInFlight: p.metaInFlight,
    metaWanted: p.metaWanted,
    bootstrapCursor: p.bootstrapCursor,
    nextSeq: deepClone(p.nextSeq),
    pidGens: deepClone(p.pidGens),
    queue: Object.isFrozen(p.queue) ? p.queue : p.queue.map(cloneOutRecord),
    inFlight: Object.isFrozen(p.inFlight) ? p.inFlight : p.inFlight.map(cloneProducerInFlight),
    nextReqId: p.nextReqId,
    sent: p.sent,
    acknowledged: p.acknowledged,
    failed: p.failed,
    lastError: p.lastError,
    failingPartitions: deepClone(p.failingPartitions),
    retryArmedAt: p.retryArmedAt,
    closed: p.closed,
  };
}
