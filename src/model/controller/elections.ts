// Controller elections: new and offline partitions, dead replicas leaving the ISR, preferred leaders.
import {
  initialLeaderAndIsr,
  offlinePartitionLeaderElection,
  partitionsToRebalance,
  preferredReplicaLeaderElection,
  removeReplicaFromIsr,
} from '../algorithms/election';
import { brokerBool, brokerNum, uncleanEnabled } from '../engine/config';
import type { CtrlWrite } from '../engine/messages';
import type { Broker, ControllerCtx, PartitionInfo, World } from '../engine/types';
import { partitionMachine } from '../machines/stateMachines';
import { checkedState } from '../machines/step';
import { queuedForDeletion } from './deletionQueue';
import { setReplicaState } from './replicaStates';

export { setReplicaState };

/**
 * LeaderAndIsr.newLeaderAndIsr (K@2.8.2): every leader or ISR change the controller makes bumps the
 * leader epoch, and the conditional ZooKeeper write bumps the zkVersion.
 */
export function newLeaderAndIsr<P extends { leaderEpoch: number; zkVersion: number }>(
  p: P,
  leader: number,
  isr: number[],
): P & { leader: number; isr: number[] } {
  return { ...p, leader, isr, leaderEpoch: p.leaderEpoch + 1, zkVersion: p.zkVersion + 1 };
}

export function liveSet(c: ControllerCtx): Set<number> {
  return new Set(Object.keys(c.live).map(Number));
}

export function setPartitionState(c: ControllerCtx, tp: string, to: string): boolean {
  const next = checkedState(partitionMachine, c.partitionStates[tp] ?? 'NonExistentPartition', to);
  if (next === null) return false;
  c.partitionStates[tp] = next;
  return true;
}

/**
 * A NewPartition goes Online through initializeLeaderAndIsrForPartitions: leader = first live
 * replica, ISR = the live replicas, epoch 0, and the state znode is created (KAFKA.md 5.2).
 */
export function initialWrite(
  c: ControllerCtx,
  tp: string,
  p: PartitionInfo,
  live: ReadonlySet<number>,
): CtrlWrite | null {
  const init = initialLeaderAndIsr(p.replicas, live);
  if (!init || !setPartitionState(c, tp, 'OnlinePartition')) return null;
  const info = { ...p, leader: init.leader, isr: init.isr, leaderEpoch: 0, zkVersion: 0 };
  return { info, why: 'new', prevIsr: [], prevLeader: -1, create: true };
}

/**
 * OfflinePartitionLeaderElectionStrategy (KAFKA.md 5.3): the first live ISR member, else with
 * `allowUnclean` the first live replica with ISR = [it]. The write is recorded in the cache.
 */
export function offlineWrite(
  c: ControllerCtx,
  tp: string,
  p: PartitionInfo,
  live: ReadonlySet<number>,
  allowUnclean: boolean,
): CtrlWrite | null {
  const r = offlinePartitionLeaderElection(p.replicas, p.isr, live, allowUnclean);
  if (!r || !setPartitionState(c, tp, 'OnlinePartition')) return null;
  const info = newLeaderAndIsr(p, r.leader, r.isr);
  c.partitions[tp] = info;
  return {
    info,
    why: r.unclean ? 'unclean' : 'clean',
    prevIsr: p.isr,
    prevLeader: p.leader,
    create: false,
  };
}

/**
 * PreferredReplicaPartitionLeaderElectionStrategy: the head of the assignment if it is alive and in
 * the ISR; the ISR stays, the epoch goes up (PartitionStateMachine.scala, leaderForPreferredReplica).
 */
export function preferredWrite(
  c: ControllerCtx,
  tp: string,
  p: PartitionInfo,
  live: ReadonlySet<number>,
): CtrlWrite | null {
  const preferred = preferredReplicaLeaderElection(p.replicas, p.isr, live);
  if (preferred === null || !setPartitionState(c, tp, 'OnlinePartition')) return null;
  const info = newLeaderAndIsr(p, preferred, p.isr);
  c.partitions[tp] = info;
  return { info, why: 'preferred', prevIsr: p.isr, prevLeader: p.leader, create: false };
}

/**
 * PartitionStateMachine.triggerOnlinePartitionStateChange: New and Offline partitions go Online
 * through initializeLeaderAndIsr or the offline election (KAFKA.md 5.2, 5.3). Topics queued for
 * deletion are left out.
 */
export function electNewAndOffline(
  w: World,
  b: Broker,
  only?: (tp: string) => boolean,
): CtrlWrite[] {
  const c = b.controller;
  if (!c) return [];
  const live = liveSet(c);
  const writes: CtrlWrite[] = [];
  for (const tp of Object.keys(c.partitions).sort()) {
    if (only && !only(tp)) continue;
    const p = c.partitions[tp];
    const state = c.partitionStates[tp];
    if (!p || (state !== 'NewPartition' && state !== 'OfflinePartition')) continue;
    if (queuedForDeletion(w, p.topic)) continue;
    const x =
      state === 'NewPartition'
        ? initialWrite(c, tp, p, live)
        : offlineWrite(c, tp, p, live, uncleanEnabled(w, p.topic));
    if (x) writes.push(x);
  }
  return writes;
}

/**
 * ZkReplicaStateMachine → OfflineReplica: doRemoveReplicasFromIsr for each dead replica (KAFKA.md 5.4).
 * `only` limits it to some partitions (topic deletion); without it, topics queued for deletion are
 * left out, as onBrokerFailure hands their replicas to the deletion manager.
 */
export function offlineReplicas(
  w: World,
  b: Broker,
  dead: number[],
  only?: (tp: string) => boolean,
): CtrlWrite[] {
  const c = b.controller;
  if (!c) return [];
  const writes: CtrlWrite[] = [];
  for (const tp of Object.keys(c.partitions).sort()) {
    if (only ? !only(tp) : queuedForDeletion(w, c.partitions[tp]?.topic ?? '')) continue;
    for (const id of dead) {
      const p = c.partitions[tp];
      if (!p || !p.replicas.includes(id)) continue;
      setReplicaState(c, tp, id, 'OfflineReplica');
      if (!p.isr.includes(id)) continue;
      const r = removeReplicaFromIsr(p.leader, p.isr, id);
      const info = newLeaderAndIsr(p, r.leader, r.isr);
      c.partitions[tp] = info;
      // A partition being deleted stays NonExistentPartition.
      if (r.leader < 0 && c.partitionStates[tp] !== 'NonExistentPartition')
        c.partitionStates[tp] = 'OfflinePartition';
      writes.push({ info, why: 'isr', prevIsr: p.isr, prevLeader: p.leader, create: false });
    }
  }
  return writes;
}

/** KafkaController.checkAndTriggerAutoLeaderRebalance (KAFKA.md 5.6); topics being deleted are left out. */
export function preferredElections(w: World, b: Broker): CtrlWrite[] {
  const c = b.controller;
  if (!c || !brokerBool(w, 'auto.leader.rebalance.enable')) return [];
  const live = liveSet(c);
  const list = Object.keys(c.partitions)
    .sort()
    .filter((key) => !queuedForDeletion(w, c.partitions[key]?.topic ?? ''))
    .map((key) => {
      const p = c.partitions[key];
      return { key, assignment: p?.replicas ?? [], leader: p?.leader ?? -1, isr: p?.isr ?? [] };
    });
  const keys = partitionsToRebalance(
    list,
    live,
    brokerNum(w, 'leader.imbalance.per.broker.percentage'),
  );
  const writes: CtrlWrite[] = [];
  for (const tp of keys) {
    const p = c.partitions[tp];
    const x = p ? preferredWrite(c, tp, p, live) : null;
    if (x) writes.push(x);
  }
  return writes;
}
