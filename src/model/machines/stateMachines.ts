// Kafka's partition and replica state machines: valid previous states as in PartitionStateMachine.scala
// and ReplicaStateMachine.scala (K@3.6.2:core/src/main/scala/kafka/controller/).
import { setup } from 'xstate';

export const partitionMachine = setup({
  types: {
    events: {} as
      | { type: 'NewPartition' }
      | { type: 'OnlinePartition' }
      | { type: 'OfflinePartition' }
      | { type: 'NonExistentPartition' },
  },
}).createMachine({
  id: 'partition',
  initial: 'NonExistentPartition',
  states: {
    NonExistentPartition: { on: { NewPartition: 'NewPartition' } },
    NewPartition: {
      on: { OnlinePartition: 'OnlinePartition', OfflinePartition: 'OfflinePartition' },
    },
    OnlinePartition: {
      on: { OnlinePartition: 'OnlinePartition', OfflinePartition: 'OfflinePartition' },
    },
    OfflinePartition: {
      on: {
        OnlinePartition: 'OnlinePartition',
        OfflinePartition: 'OfflinePartition',
        NonExistentPartition: 'NonExistentPartition',
      },
    },
  },
});

// Teaching simplification: the deletion states (ReplicaDeletionStarted/Successful/Ineligible) are
// left out until topic deletion exists; a dead replica found at failover starts as OfflineReplica.
export const replicaMachine = setup({
  types: {
    events: {} as
      | { type: 'NewReplica' }
      | { type: 'OnlineReplica' }
      | { type: 'OfflineReplica' }
      | { type: 'NonExistentReplica' },
  },
}).createMachine({
  id: 'replica',
  initial: 'NonExistentReplica',
  states: {
    NonExistentReplica: { on: { NewReplica: 'NewReplica' } },
    NewReplica: { on: { OnlineReplica: 'OnlineReplica', OfflineReplica: 'OfflineReplica' } },
    OnlineReplica: { on: { OnlineReplica: 'OnlineReplica', OfflineReplica: 'OfflineReplica' } },
    OfflineReplica: { on: { OnlineReplica: 'OnlineReplica', OfflineReplica: 'OfflineReplica' } },
  },
});
