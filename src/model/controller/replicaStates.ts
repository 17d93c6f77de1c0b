// Replica state changes, including topic deletion's states (ReplicaStateMachine.scala, K@3.6.2).
import type { ControllerCtx } from '../engine/types';
import { replicaMachine } from '../machines/stateMachines';
import { checkedState } from '../machines/step';

/**
 * Valid previous states of the deletion states and of the transitions into and out of them
 * (ReplicaState.validPreviousStates in K@3.6.2:core/.../controller/ReplicaStateMachine.scala).
 * machines/stateMachines.ts has the other four states only.
 */
const DELETION_PREVIOUS: Record<string, readonly string[]> = {
  ReplicaDeletionStarted: ['OfflineReplica'],
  ReplicaDeletionSuccessful: ['ReplicaDeletionStarted'],
  ReplicaDeletionIneligible: ['OfflineReplica', 'ReplicaDeletionStarted'],
  NonExistentReplica: ['ReplicaDeletionSuccessful'],
  OnlineReplica: ['ReplicaDeletionIneligible'],
  OfflineReplica: ['ReplicaDeletionIneligible'],
};

const DELETION_STATES = new Set([
  'ReplicaDeletionStarted',
  'ReplicaDeletionSuccessful',
  'ReplicaDeletionIneligible',
]);

/** Kafka logs an invalid state change and leaves the replica as it was; so does this. */
export function setReplicaState(c: ControllerCtx, tp: string, id: number, to: string): boolean {
  const key = `${tp}@${id}`;
  const from = c.replicaStates[key] ?? 'NonExistentReplica';
  if (DELETION_STATES.has(from) || DELETION_STATES.has(to) || to === 'NonExistentReplica') {
    if (!(DELETION_PREVIOUS[to] ?? []).includes(from)) return false;
    c.replicaStates[key] = to;
    return true;
  }
  const next = checkedState(replicaMachine, from, to);
  if (next === null) return false;
  c.replicaStates[key] = next;
  return true;
}

export function replicaState(c: ControllerCtx, tp: string, id: number): string {
  return c.replicaStates[`${tp}@${id}`] ?? 'NonExistentReplica';
}
