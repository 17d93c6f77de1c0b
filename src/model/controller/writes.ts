// Controller writes to ZooKeeper (fenced by the controller epoch) and the requests that follow them.
import { zkRequest } from '../broker/lifecycle';
import type { CtrlWrite, ZkOp } from '../engine/messages';
import { send } from '../engine/network';
import { emit } from '../engine/timeline';
import type { Broker, ControllerCtx, PartitionInfo, World } from '../engine/types';
import { checkLoss } from '../clients/ledger';
import { tpKey } from '../replication/log';
import { CONTROLLER_EPOCH, partitionStatePath, partitionStateJson } from '../zookeeper/znodes';
import { queuedForDeletion } from './deletionQueue';

export function liveIds(c: ControllerCtx): number[] {
  return Object.keys(c.live)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Every controller write carries a CheckOp on /controller_epoch's version (KafkaZkClient), so a zombie's write fails. */
export function epochCheck(c: ControllerCtx): ZkOp {
  return { op: 'check', path: CONTROLLER_EPOCH, version: c.epochZkVersion };
}

/** Queue partition-state writes: the controller's cache is updated now, requests follow the response. */
export function writePartitions(w: World, b: Broker, writes: CtrlWrite[]): void {
  const c = b.controller;
  if (!c || writes.length === 0) return;
  const ops: ZkOp[] = [epochCheck(c)];
  for (const x of writes) {
    const path = partitionStatePath(x.info.topic, x.info.partition);
    const data = partitionStateJson(x.info, c.epoch);
    if (x.create) ops.push({ op: 'create', path, data, ephemeral: false });
    else ops.push({ op: 'setData', path, data, version: x.info.zkVersion - 1 });
    c.partitions[tpKey(x.info.topic, x.info.partition)] = x.info;
  }
  zkRequest(w, b, ops, [], { p: 'ctrlWrite', writes, controllerEpoch: c.epoch });
}

export function sendLeaderAndIsr(w: World, b: Broker, to: number, parts: PartitionInfo[]): void {
  const c = b.controller;
  if (!c || parts.length === 0) return;
  send(w, 'LeaderAndIsr', b.node, `broker-${to}`, {
    t: 'lai',
    controllerId: b.id,
    controllerEpoch: c.epoch,
    parts,
  });
}

/**
 * UpdateMetadata to every live broker. Partitions of topics queued for deletion are left out: Kafka
 * sends them with leader -2 (LeaderAndIsr.LeaderDuringDelete) and MetadataCache drops them.
 */
export function sendUpdateMetadata(w: World, b: Broker, all: PartitionInfo[]): void {
  const c = b.controller;
  if (!c) return;
  const parts = all.filter((p) => !queuedForDeletion(w, p.topic));
  const live = liveIds(c);
  for (const id of live) {
    send(w, 'UpdateMetadata', b.node, `broker-${id}`, {
      t: 'um',
      controllerId: b.id,
      controllerEpoch: c.epoch,
      live,
      parts,
    });
  }
}

function timelineFor(w: World, x: CtrlWrite): void {
  // A topic being deleted loses its leaders on purpose: no offline or ISR events for it.
  if (queuedForDeletion(w, x.info.topic)) return;
  const tp = tpKey(x.info.topic, x.info.partition);
  const { leader, leaderEpoch, isr } = x.info;
  if (x.why === 'clean' || x.why === 'unclean' || x.why === 'preferred') {
    emit(
      w,
      'leader.elected',
      { leader, epoch: leaderEpoch, election: x.why },
      { broker: leader, partition: tp },
    );
  }
  if (x.why === 'isr' || x.why === 'clean' || x.why === 'unclean') {
    if (x.prevIsr.join(',') !== isr.join(',')) {
      emit(w, 'isr.shrink', { from: x.prevIsr.join(','), to: isr.join(',') }, { partition: tp });
    }
  }
  if (leader < 0 && x.prevLeader >= 0) {
    emit(w, 'partition.offline', { isr: isr.join(','), epoch: leaderEpoch }, { partition: tp });
  }
}

/** ZooKeeper accepted the writes: tell the replicas (LeaderAndIsr) and every broker (UpdateMetadata). */
export function onWritesCommitted(w: World, b: Broker, writes: CtrlWrite[]): void {
  const c = b.controller;
  if (!c) return;
  const perBroker: Record<number, PartitionInfo[]> = {};
  for (const x of writes) {
    timelineFor(w, x);
    // TopicDeletionManager stops these replicas with StopReplica instead (no LeaderAndIsr).
    if (queuedForDeletion(w, x.info.topic)) continue;
    for (const id of x.info.replicas) {
      if (c.live[id] === undefined) continue;
      const list = perBroker[id] ?? (perBroker[id] = []);
      const i = list.findIndex((p) => p.topic === x.info.topic && p.partition === x.info.partition);
      if (i >= 0) list[i] = x.info;
      else list.push(x.info);
    }
  }
  for (const id of liveIds(c)) sendLeaderAndIsr(w, b, id, perBroker[id] ?? []);
  const shown = writes.filter((x) => !queuedForDeletion(w, x.info.topic));
  if (shown.length > 0)
    sendUpdateMetadata(
      w,
      b,
      shown.map((x) => x.info),
    );
  for (const x of writes) {
    if (x.info.leader !== x.prevLeader && x.info.leader >= 0)
      checkLoss(w, tpKey(x.info.topic, x.info.partition));
  }
}
