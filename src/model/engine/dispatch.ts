// Routes each arriving message and each due task to the code that handles it.
import { zkConnectTimeout } from '../broker/process';
import { deliverTimer, isOnline, isRunning } from '../broker/entities';
import { handleLeaderAndIsr, handleMetadata, handleUpdateMetadata } from '../broker/leaderAndIsr';
import { brokerPong, brokerZkResponse, zkPingTask } from '../broker/lifecycle';
import { consumerResponse, groupTick } from '../clients/consumer';
import { memberKick } from '../clients/consumerFetch';
import { joinDelayDue } from '../clients/coordinator/groupState';
import { handleGroupRequest, isGroupRequest } from '../clients/coordinator/handleRequest';
import { memberTimer } from '../clients/heartbeatThread';
import { producerLinger, producerTick, requestMetadata, trySend } from '../clients/producer';
import { producerResponse, producerSweep } from '../clients/producerResponses';
import { brokerWatch } from '../controller/controller';
import { controllerAlterIsr, controllerZkResponse } from '../controller/requests';
import { checkFetcherTimeouts, handleFetchResponse, sendFetch } from '../replication/follower';
import {
  expirePendingIsr,
  expirePurgatory,
  maybeShrinkIsr,
  onAlterIsrResponse,
} from '../replication/leader';
import { handleProduce } from '../replication/produce';
import { cleanupLogs } from '../storage/retention';
import { expireParked, handleFetch } from '../replication/serveFetch';
import { zkReceive } from '../zookeeper/server';
import { ZK_NODE } from '../zookeeper/tree';
import { brokerNum } from './config';
import { brokerNumber, brokerOf, brokerById } from './network';
import { scheduleTask } from './scheduler';
import type { Broker, Group, Member, Msg, QEvent, Task, World } from './types';

function toBroker(w: World, b: Broker, m: Msg): void {
  const body = m.body;
  switch (body.t) {
    case 'zkResp':
      brokerZkResponse(w, b, body);
      controllerZkResponse(w, b, body);
      return;
    case 'pong':
      brokerPong(w, b, body);
      return;
    case 'watch':
      brokerWatch(w, b, body);
      return;
    default:
  }
  if (!isRunning(b)) return;
  switch (body.t) {
    case 'produce':
      // Counts what the leader appends in the throughput series (engine/throughput.ts).
      handleProduce(w, b, m, body);
      break;
    case 'fetch':
      handleFetch(w, b, m, body);
      break;
    case 'fetchResp':
      handleFetchResponse(w, b, brokerNumber(m.from), body);
      break;
    case 'lai':
      handleLeaderAndIsr(w, b, body);
      break;
    case 'um':
      handleUpdateMetadata(w, b, body);
      break;
    case 'metadata':
      handleMetadata(w, b, m, body);
      break;
    case 'alterIsr':
      controllerAlterIsr(w, b, m.from, body);
      break;
    case 'alterIsrResp':
      onAlterIsrResponse(w, b, body.error, body.info);
      break;
    default:
      if (isGroupRequest(body)) handleGroupRequest(w, b, m.from, body);
  }
}

// Derived cache, not world data: per world, client node id → producer index (>= 0) or
// -(1 + group index * 65536 + member index). Validated on every use and rebuilt on a miss.
const clientRoutes = new WeakMap<World, Map<string, number>>();

function buildRoutes(w: World): Map<string, number> {
  const r = new Map<string, number>();
  for (let i = 0; i < w.producers.length; i++) {
    const p = w.producers[i];
    if (p && !r.has(p.id)) r.set(p.id, i);
  }
  for (let gi = 0; gi < w.groups.length; gi++) {
    const ms = (w.groups[gi] as Group).members;
    for (let mi = 0; mi < ms.length; mi++) {
      const id = (ms[mi] as Member).clientId;
      if (!r.has(id)) r.set(id, -(1 + gi * 65536 + mi));
    }
  }
  clientRoutes.set(w, r);
  return r;
}

function routeOk(w: World, to: string, code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code >= 0) return w.producers[code]?.id === to;
  const k = -code - 1;
  return w.groups[Math.floor(k / 65536)]?.members[k % 65536]?.clientId === to;
}

function toClient(w: World, m: Msg): void {
  let routes = clientRoutes.get(w);
  let code = routes?.get(m.to);
  if (!routeOk(w, m.to, code)) {
    routes = buildRoutes(w);
    code = routes.get(m.to);
    if (code === undefined) return;
  }
  if ((code as number) >= 0) {
    producerResponse(w, code as number, m.body);
    return;
  }
  const k = -(code as number) - 1;
  const g = w.groups[Math.floor(k / 65536)] as Group;
  consumerResponse(w, g, g.members[k % 65536] as Member, m.from, m.body);
}

export function deliver(w: World, id: number): void {
  const m = w.inFlight.get(id);
  if (!m) return;
  w.inFlight.delete(id);
  const b = brokerOf(w, m.to);
  if (b) {
    if (b.isolated || b.machine.value === 'crashed' || b.machine.value === 'notStarted') return;
    toBroker(w, b, m);
  } else if (m.to === ZK_NODE) {
    // Nothing listens on :2181 until ZooKeeper starts (an empty machine): the request is lost.
    if (w.zkRunning) zkReceive(w, m);
  } else toClient(w, m);
}

function brokerTask(w: World, task: Task & { broker: number }): void {
  const b = brokerById(w, task.broker);
  if (!b) return;
  switch (task.t) {
    case 'zkPing':
      zkPingTask(w, b, task.incarnation);
      return;
    case 'zkConnectTimeout':
      zkConnectTimeout(w, b, task.incarnation);
      return;
    case 'fetchExpire':
      expireParked(w, b, task.parkId);
      return;
    case 'fetcherRetry':
      if (task.incarnation === b.incarnation && isOnline(b)) sendFetch(w, b, task.leader);
      return;
    case 'isrExpiration':
      if (task.incarnation !== b.periodicGen || b.machine.value === 'crashed') return;
      maybeShrinkIsr(w, b);
      scheduleTask(w, w.now + brokerNum(w, 'replica.lag.time.max.ms') / 2, task);
      return;
    case 'logRetention':
      // LogManager.startup schedules cleanupLogs at a fixed period (K@3.6.2).
      if (task.incarnation !== b.periodicGen || b.machine.value === 'crashed') return;
      cleanupLogs(w, b);
      scheduleTask(w, w.now + task.periodMs, task);
      return;
    case 'brokerTick':
      if (task.incarnation !== b.periodicGen || b.machine.value === 'crashed') return;
      // Teaching simplification: DelayedProduce timeouts are checked once a second.
      for (const r of Object.values(b.replicas))
        if (r.role === 'leader') expirePurgatory(w, b, r, false);
      checkFetcherTimeouts(w, b);
      expirePendingIsr(w, b);
      scheduleTask(w, w.now + 1000, task);
      return;
    default:
  }
}

function runTask(w: World, task: Task): void {
  switch (task.t) {
    case 'producerTick':
      producerTick(w, task.producer, task.gen);
      return;
    case 'producerRetry':
      trySend(w, task.producer);
      return;
    case 'producerMeta':
      requestMetadata(w, task.producer);
      return;
    case 'producerSweep':
      producerSweep(w, task.producer);
      return;
    case 'producerLinger':
      producerLinger(w, task.producer, task.at);
      return;
    case 'groupTick':
      groupTick(w, task.group);
      return;
    case 'memberKick':
      memberKick(w, task.group, task.clientId, task.at);
      return;
    case 'memberHeartbeat':
      memberTimer(w, task.group, task.clientId, task.at);
      return;
    case 'groupJoinDelay':
      joinDelayDue(w, task.group, task.at);
      return;
    default:
      brokerTask(w, task);
  }
}

export function processEvent(w: World, e: QEvent): void {
  if (e.type === 0) deliver(w, e.a);
  else if (e.type === 1) {
    const t = w.timers[e.s];
    if (!t || t.seq !== e.seq) return;
    delete w.timers[e.s];
    deliverTimer(w, t.entity, t.event);
  } else if (e.task) runTask(w, e.task);
}
