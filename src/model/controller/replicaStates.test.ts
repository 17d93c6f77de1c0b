import { describe, expect, it } from 'vitest';
import type { ControllerCtx } from '../engine/types';
import { replicaState, setReplicaState } from './replicaStates';

const ctx = (): ControllerCtx => ({
  epoch: 1,
  epochZkVersion: 1,
  live: {},
  partitions: {},
  partitionStates: {},
  replicaStates: {},
  topics: [],
});

// ReplicaState.validPreviousStates, K@3.6.2 core/.../controller/ReplicaStateMachine.scala.
describe('replica states of topic deletion', () => {
  it('goes Offline → DeletionStarted → DeletionSuccessful → NonExistent', () => {
    const c = ctx();
    c.replicaStates['t-0@1'] = 'OnlineReplica';
    expect(setReplicaState(c, 't-0', 1, 'ReplicaDeletionStarted')).toBe(false);
    expect(setReplicaState(c, 't-0', 1, 'OfflineReplica')).toBe(true);
    expect(setReplicaState(c, 't-0', 1, 'ReplicaDeletionStarted')).toBe(true);
    expect(setReplicaState(c, 't-0', 1, 'OnlineReplica')).toBe(false);
    expect(setReplicaState(c, 't-0', 1, 'ReplicaDeletionSuccessful')).toBe(true);
    expect(setReplicaState(c, 't-0', 1, 'OfflineReplica')).toBe(false);
    expect(setReplicaState(c, 't-0', 1, 'NonExistentReplica')).toBe(true);
    expect(replicaState(c, 't-0', 1)).toBe('NonExistentReplica');
  });

  it('an ineligible replica comes back Online or Offline, never straight to Successful', () => {
    const c = ctx();
    c.replicaStates['t-0@2'] = 'OfflineReplica';
    expect(setReplicaState(c, 't-0', 2, 'ReplicaDeletionIneligible')).toBe(true);
    expect(setReplicaState(c, 't-0', 2, 'ReplicaDeletionSuccessful')).toBe(false);
    expect(setReplicaState(c, 't-0', 2, 'OnlineReplica')).toBe(true);
    expect(setReplicaState(c, 't-0', 2, 'NonExistentReplica')).toBe(false);
    expect(replicaState(c, 't-0', 2)).toBe('OnlineReplica');
  });
});
