// Broker start-up, ZooKeeper session and registration, crash: the effects of the broker machine.
import { createKafkaPaths } from '../engine/world';
import { brokerNum } from '../engine/config';
import type { Body, ZkOp, ZkPurpose } from '../engine/messages';
import { dropMessages, send } from '../engine/network';
import { cancelTimersOf, scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import type { Broker, World } from '../engine/types';
import { registerEffects } from '../machines/step';
import { ZK_NODE } from '../zookeeper/tree';
import { brokerIdPath, brokerInfoJson } from '../zookeeper/znodes';
import { INITIAL_TASK_DELAY_MS } from '../storage/retention';
import { brokerFromEntity, isRunning, stepBroker, stepController } from './entities';

export function zkRequest(
  w: World,
  b: Broker,
  ops: ZkOp[],
  watch: string[],
  purpose: ZkPurpose,
): void {
  send(w, 'ZkRequest', b.node, ZK_NODE, {
    t: 'zkReq',
    reqId: b.nextReqId++,
    sessionId: b.sessionId ?? 0,
    ops,
    watch,
    purpose,
  });
}

/** The in-memory state a crash wipes; logs, leader-epoch cache and HW checkpoint stay on disk. */
function wipeMemory(w: World, b: Broker): void {
  b.incarnation++;
  b.sessionId = null;
  b.brokerEpoch = null;
  b.knownControllerEpoch = 0;
  b.activeControllerId = -1;
  for (const r of Object.values(b.replicas)) {
    r.role = 'none';
    r.leader = -1;
    r.leaderEpoch = -1;
    r.isr = [];
    r.pendingIsr = null;
    r.followers = {};
    r.purgatory = [];
  }
  b.fetchers = {};
  b.parked = [];
  b.parkTimerAt = -1;
  b.metadata = {};
  b.liveBrokers = [];
  b.controller = null;
  b.controllerMachine = { value: 'notController', context: b.controllerMachine.context };
  cancelTimersOf(w, `controller:${b.id}`);
  dropMessages(w, (_from, to) => to === b.node);
}

export function zkSessionExpired(w: World, b: Broker): void {
  // KafkaController's session expiration handler: resign, then re-register and re-elect.
  if (b.controllerMachine.value === 'active') stepController(w, b, 'RESIGN');
  b.sessionId = null;
  b.brokerEpoch = null;
  stepBroker(w, b, 'SESSION_EXPIRED');
}

export function brokerZkResponse(w: World, b: Broker, body: Extract<Body, { t: 'zkResp' }>): void {
  const purpose = body.purpose;
  if (purpose.p === 'connect') {
    if (b.sessionId !== null || body.error) return;
    b.sessionId = body.sessionId;
    // The ZooKeeper client pings every sessionTimeout/3 (ClientCnxn: readTimeout/2, readTimeout = 2/3).
    // The ping loop is tied to this session: a new session starts a new loop.
    scheduleTask(w, w.now + pingInterval(w), {
      t: 'zkPing',
      broker: b.id,
      incarnation: body.sessionId,
    });
    stepBroker(w, b, 'CONNECTED');
  } else if (purpose.p === 'register') {
    if (body.sessionId !== b.sessionId) return;
    // KafkaZkClient.checkedEphemeralCreate: a NODEEXISTS owned by this very session is a success
    // (a re-sent registration); owned by another session it is a failure.
    const own = w.zk.znodes[brokerIdPath(b.id)];
    if (body.error === 'NODEEXISTS' && own?.ephemeralOwner === b.sessionId) {
      b.brokerEpoch = own.czxid;
      stepBroker(w, b, 'REGISTERED');
    } else if (body.error === 'SESSION_EXPIRED') zkSessionExpired(w, b);
    else if (body.error) stepBroker(w, b, 'REGISTER_FAILED');
    else {
      b.brokerEpoch = body.results[0] ?? null;
      stepBroker(w, b, 'REGISTERED');
    }
  } else if (purpose.p === 'elect') {
    if (b.controllerMachine.value !== 'electing') return;
    if (body.error) {
      b.activeControllerId = body.results[0] ?? -1;
      stepController(w, b, 'LOST');
    } else {
      const epoch = body.results[0] ?? 0;
      b.controller = {
        epoch,
        epochZkVersion: w.zk.znodes['/controller_epoch']?.version ?? 0,
        live: {},
        partitions: {},
        partitionStates: {},
        replicaStates: {},
        topics: [],
      };
      b.activeControllerId = b.id;
      b.knownControllerEpoch = Math.max(b.knownControllerEpoch, epoch);
      stepController(w, b, 'WON');
    }
  }
}

function pingInterval(w: World): number {
  return Math.floor(brokerNum(w, 'zookeeper.session.timeout.ms') / 3);
}

export function zkPingTask(w: World, b: Broker, sessionId: number): void {
  if (sessionId !== b.sessionId || !isRunning(b)) return;
  send(w, 'ZkHeartbeat', b.node, ZK_NODE, { t: 'ping', sessionId });
  scheduleTask(w, w.now + pingInterval(w), { t: 'zkPing', broker: b.id, incarnation: sessionId });
}

export function brokerPong(w: World, b: Broker, body: Extract<Body, { t: 'pong' }>): void {
  if (body.expired && body.sessionId === b.sessionId) zkSessionExpired(w, b);
}

registerEffects({
  connectZk: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    if (b.sessionId === null) zkRequest(w, b, [], [], { p: 'connect' });
  },
  retryStartup: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    if (b.sessionId === null) zkRequest(w, b, [], [], { p: 'connect' });
    else if (b.brokerEpoch === null) sendRegistration(w, b);
  },
  registerBroker: (w, entity) => {
    // Teaching simplification: the paths are created at once, not by a round of ZooKeeper requests.
    createKafkaPaths(w);
    sendRegistration(w, brokerFromEntity(w, entity));
  },
});

/** KafkaZkClient.registerBroker: an ephemeral /brokers/ids/N whose czxid is the broker epoch. */
function sendRegistration(w: World, b: Broker): void {
  const data = brokerInfoJson(b.host, b.port, w.now);
  zkRequest(w, b, [{ op: 'create', path: brokerIdPath(b.id), data, ephemeral: true }], [], {
    p: 'register',
  });
}

registerEffects({
  onlineEffects: (w, entity) => {
    const b = brokerFromEntity(w, entity);
    emit(w, 'broker.started', { brokerEpoch: b.brokerEpoch ?? -1 }, { broker: b.id });
    const inc = ++b.periodicGen;
    // ReplicaManager schedules isr-expiration every replica.lag.time.max.ms / 2.
    const lag = brokerNum(w, 'replica.lag.time.max.ms');
    scheduleTask(w, w.now + lag / 2, { t: 'isrExpiration', broker: b.id, incarnation: inc });
    scheduleTask(w, w.now + 1000, { t: 'brokerTick', broker: b.id, incarnation: inc });
    // LogManager.startup (K@3.6.2): kafka-log-retention after InitialTaskDelayMs, then every
    // log.retention.check.interval.ms (read-only: read once per start).
    scheduleTask(w, w.now + INITIAL_TASK_DELAY_MS, {
      t: 'logRetention',
      broker: b.id,
      incarnation: inc,
      periodMs: brokerNum(w, 'log.retention.check.interval.ms'),
    });
    if (b.controllerMachine.value !== 'active') stepController(w, b, 'ELECT');
  },
  crashEffects: (w, entity) => {
    wipeMemory(w, brokerFromEntity(w, entity));
  },
});
