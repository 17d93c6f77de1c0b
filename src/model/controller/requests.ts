// The controller's requests from brokers (AlterIsr) and the answers to its own ZooKeeper writes.
import { stepController } from '../broker/entities';
import { zkRequest } from '../broker/lifecycle';
import type { Body } from '../engine/messages';
import { brokerById, send } from '../engine/network';
import { emit } from '../engine/timeline';
import type { Broker, World } from '../engine/types';
import { tpKey } from '../replication/log';
import { CONTROLLER, partitionStateJson, partitionStatePath } from '../zookeeper/znodes';
import { electNewAndOffline } from './elections';
import { onDeletionWritesCommitted } from './topicDeletion';
import { epochCheck, onWritesCommitted, sendUpdateMetadata, writePartitions } from './writes';

/** AlterIsr (KIP-497): the controller validates the leader epoch and zkVersion, then writes ZooKeeper. */
export function controllerAlterIsr(
  w: World,
  b: Broker,
  from: string,
  body: Extract<Body, { t: 'alterIsr' }>,
): void {
  const c = b.controller;
  const p = c?.partitions[tpKey(body.info.topic, body.info.partition)];
  const reject = (error: string): void => {
    send(w, 'AlterIsrResponse', b.node, from, {
      t: 'alterIsrResp',
      reqId: body.reqId,
      error,
      info: body.info,
    });
  };
  if (!c || b.controllerMachine.value !== 'active') return reject('NOT_CONTROLLER');
  if (!p) return reject('UNKNOWN_TOPIC_OR_PARTITION');
  if (p.leader !== body.brokerId || p.leaderEpoch !== body.info.leaderEpoch)
    return reject('FENCED_LEADER_EPOCH');
  if (p.zkVersion !== body.info.zkVersion) return reject('INVALID_UPDATE_VERSION');
  // The leader epoch does not change on an ISR-only change; the zkVersion does (KAFKA.md 3.3).
  const info = { ...p, isr: body.info.isr, zkVersion: p.zkVersion + 1 };
  c.partitions[tpKey(p.topic, p.partition)] = info;
  const path = partitionStatePath(p.topic, p.partition);
  zkRequest(
    w,
    b,
    [
      epochCheck(c),
      { op: 'setData', path, data: partitionStateJson(info, c.epoch), version: p.zkVersion },
    ],
    [],
    {
      p: 'alterIsr',
      info: { ...info, isr: p.isr },
      leaderNode: from,
      reqId: body.reqId,
      controllerEpoch: c.epoch,
    },
  );
}

/** Responses to the controller's own ZooKeeper writes. A failed write means another controller took over. */
export function controllerZkResponse(
  w: World,
  b: Broker,
  body: Extract<Body, { t: 'zkResp' }>,
): void {
  const c = b.controller;
  const purpose = body.purpose;
  if (purpose.p !== 'ctrlWrite' && purpose.p !== 'alterIsr') return;
  if (!c || purpose.controllerEpoch !== c.epoch) return;
  if (body.error) {
    // ControllerMovedException: the epoch check failed, so resign (KafkaController.triggerControllerMove).
    if (b.controllerMachine.value === 'active') stepController(w, b, 'RESIGN');
    return;
  }
  if (purpose.p === 'ctrlWrite') {
    onWritesCommitted(w, b, purpose.writes);
    onDeletionWritesCommitted(w, b, purpose.writes);
    return;
  }
  const prev = purpose.info;
  const info = c.partitions[tpKey(prev.topic, prev.partition)];
  if (!info) return;
  send(w, 'AlterIsrResponse', b.node, purpose.leaderNode, {
    t: 'alterIsrResp',
    reqId: purpose.reqId,
    error: null,
    info,
  });
  sendUpdateMetadata(w, b, [info]);
  const grew = info.isr.length > prev.isr.length;
  emit(
    w,
    grew ? 'isr.expand' : 'isr.shrink',
    { from: prev.isr.join(','), to: info.isr.join(',') },
    { partition: tpKey(prev.topic, prev.partition) },
  );
}

/** The controller ZooKeeper names in /controller, if that broker holds the role (a zombie does not count). */
export function activeController(w: World): Broker | undefined {
  const node = w.zk.znodes[CONTROLLER];
  if (!node) return undefined;
  const b = brokerById(w, (JSON.parse(node.data) as { brokerid: number }).brokerid);
  return b && b.controllerMachine.value === 'active' && b.controller !== null ? b : undefined;
}

/** processTopicUncleanLeaderElectionEnable: retry offline partitions once unclean election is allowed. */
export function retryOfflineElections(w: World): void {
  const b = activeController(w);
  if (b) writePartitions(w, b, electNewAndOffline(w, b));
}
