// The processes a learner starts and stops from the terminal: ZooKeeper and Kafka brokers
// (bin/zookeeper-server-start.sh, bin/kafka-server-start.sh, bin/kafka-server-stop.sh).
import { brokerNum } from '../engine/config';
import { brokerById } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import { emit } from '../engine/timeline';
import type { Broker, World } from '../engine/types';
import { newBroker } from '../engine/world';
import type { ScenarioAction } from '../scenarioTypes';
import { stepSession } from '../zookeeper/server';
import { isRunning, stepBroker } from './entities';

/** Shipped server.properties: zookeeper.connection.timeout.ms=18000 (KAFKA.md 7.6). */
export const ZK_CONNECTION_TIMEOUT_MS = 18000;

export function startZooKeeper(w: World): void {
  if (w.zkRunning) return;
  w.zkRunning = true;
  emit(w, 'zookeeper.started', {});
}

/**
 * Teaching simplification: ZooKeeper stops only when no broker process runs (the terminal says
 * so); Kafka's brokers would otherwise keep retrying a lost ZooKeeper for as long as it is down.
 */
export function stopZooKeeper(w: World): void {
  if (!w.zkRunning || w.brokers.some(isRunning)) return;
  w.zkRunning = false;
  emit(w, 'zookeeper.stopped', {});
}

type BrokerStart = Extract<ScenarioAction, { type: 'broker.start' }>;

/**
 * kafka-server-start.sh: a new broker id joins (kept in id order), a stopped or crashed one starts
 * again. The file's broker settings apply cluster-wide (one set of settings: a simplification).
 */
export function startBroker(w: World, a: Omit<BrokerStart, 'at'>): void {
  let b = brokerById(w, a.broker);
  if (b && isRunning(b)) return;
  Object.assign(w.brokerConfigs, a.configs);
  if (!b) {
    b = newBroker(a.broker, brokerNum(w, 'leader.imbalance.check.interval.seconds') * 1000);
    const at = w.brokers.findIndex((x) => x.id > a.broker);
    if (at < 0) w.brokers.push(b);
    else w.brokers.splice(at, 0, b);
  }
  b.host = 'localhost';
  b.port = a.port;
  b.logDirs = a.logDirs;
  b.startedAt = w.now;
  b.stoppedCleanly = false;
  const event = b.machine.value === 'notStarted' ? 'START' : 'RESTART';
  if (!stepBroker(w, b, event)) return;
  if (event === 'RESTART') emit(w, 'broker.restarted', {}, { broker: b.id });
  if (w.startup === 'manual') {
    scheduleTask(w, w.now + ZK_CONNECTION_TIMEOUT_MS, {
      t: 'zkConnectTimeout',
      broker: b.id,
      incarnation: b.incarnation,
    });
  }
}

/** Kafka exits when ZooKeeper did not answer in time (ZooKeeperClientTimeoutException). */
export function zkConnectTimeout(w: World, b: Broker, incarnation: number): void {
  if (b.incarnation !== incarnation || b.machine.value !== 'starting' || b.sessionId !== null)
    return;
  if (!stepBroker(w, b, 'CRASH')) return;
  b.stoppedCleanly = true;
  emit(w, 'broker.startFailed', {}, { broker: b.id });
}

/**
 * kafka-server-stop.sh (SIGTERM): a clean shutdown. Teaching simplification: instead of Kafka's
 * ControlledShutdown request, its ZooKeeper session closes at once (KafkaServer.shutdown closes the
 * zkClient), so the controller sees it leave immediately rather than after the session timeout.
 */
export function stopBroker(w: World, id: number): void {
  const b = brokerById(w, id);
  if (!b || !isRunning(b)) return;
  const session = b.sessionId;
  if (!stepBroker(w, b, 'CRASH')) return;
  b.stoppedCleanly = true;
  if (session !== null && w.zkRunning) stepSession(w, session, { type: 'CLOSE' });
  emit(w, 'broker.stopped', {}, { broker: b.id });
}
