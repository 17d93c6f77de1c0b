// Controller elections: new and offline partitions, dead replicas leaving the ISR, preferred leaders.
import {
  initialLeaderAndIsr,
  offlinePartitionLeaderElection,
  partitionsToRebalance,
  removeReplicaFromIsr,
} from '../algorithms/election';
import { brokerBool, brokerNum, uncleanEnabled } from '../engine/config';
import type { CtrlWrite } from '../engine/messages';
import type { Broker, ControllerCtx, World } from '../engine/types';
import { partitionMachine, replicaMachine } from '../machines/stateMachines';
import { checkedState } from '../machines/step';

/**
 * LeaderAndIsr.newLeaderAndIsr (K@2.8.2): every leader or ISR change the controller makes bumps the
 * leader epoch, and the conditional ZooKeeper write bumps the zkVersion.
 */
function newLeaderAndIsr<P extends { leaderEpoch: number; zkVersion: number }>(
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

export function setReplicaState(c: ControllerCtx, tp: string, id: number, to: string): void {
  const key = `${tp}@${id}`;
  const next = checkedState(replicaMachine, c.replicaStates[key] ?? 'NonExistentReplica', to);
  if (next !== null) c.replicaStates[key] = next;
}

/**
 * PartitionStateMachine.triggerOnlinePartitionStateChange: New and Offline partitions go Online
 * through initializeLeaderAndIsr or the offline election (KAFKA.md 5.2, 5.3).
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
    if (state === 'NewPartition') {
      const init = initialLeaderAndIsr(p.replicas, live);
      if (!init) continue;
      if (!setPartitionState(c, tp, 'OnlinePartition')) continue;
      const info = { ...p, leader: init.leader, isr: init.isr, leaderEpoch: 0, zkVersion: 0 };
      writes.push({ info, why: 'new', prevIsr: [], prevLeader: -1, create: true });
      continue;
    }
    const r = offlinePartitionLeaderElection(p.replicas, p.isr, live, uncleanEnabled(w, p.topic));
    if (!r) continue;
    setPartitionState(c, tp, 'OnlinePartition');
    const info = newLeaderAndIsr(p, r.leader, r.isr);
    c.partitions[tp] = info;
    writes.push({
      info,
      why: r.unclean ? 'unclean' : 'clean',
      prevIsr: p.isr,
      prevLeader: p.leader,
      create: false,
    });
  }
  return writes;
}

/** ZkReplicaStateMachine → OfflineReplica: doRemoveReplicasFromIsr for each dead replica (KAFKA.md 5.4). */
export function offlineReplicas(b: Broker, dead: number[]): CtrlWrite[] {
  const c = b.controller;
  if (!c) return [];
  const writes: CtrlWrite[] = [];
  for (const tp of Object.keys(c.partitions).sort()) {
    for (const id of dead) {
      const p = c.partitions[tp];
      if (!p || !p.replicas.includes(id)) continue;
      setReplicaState(c, tp, id, 'OfflineReplica');
      if (!p.isr.includes(id)) continue;
      const r = removeReplicaFromIsr(p.leader, p.isr, id);
      const info = newLeaderAndIsr(p, r.leader, r.isr);
      c.partitions[tp] = info;
      if (r.leader < 0) c.partitionStates[tp] = 'OfflinePartition';
      writes.push({ info, why: 'isr', prevIsr: p.isr, prevLeader: p.leader, create: false });
    }
  }
  return writes;
}

/** KafkaController.checkAndTriggerAutoLeaderRebalance (KAFKA.md 5.6). */
export function preferredElections(w: World, b: Broker): CtrlWrite[] {
  const c = b.controller;
  if (!c || !brokerBool(w, 'auto.leader.rebalance.enable')) return [];
  const live = liveSet(c);
  const list = Object.keys(c.partitions)
    .sort()
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
    const preferred = p?.replicas[0];
    if (!p || preferred === undefined) continue;
    const info = newLeaderAndIsr(p, preferred, p.isr);
    c.partitions[tp] = info;
    writes.push({ info, why: 'preferred', prevIsr: p.isr, prevLeader: p.leader, create: false });
  }
  return writes;
}
