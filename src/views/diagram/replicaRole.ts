// Derives how a replica is drawn (leader / in-sync / out-of-sync / offline) from the snapshot.
import type {
  BrokerState,
  BrokerView,
  PartitionView,
  ReplicaView,
} from '../../model/snapshotTypes';
import type { ReplicaRole } from '../theme';

/** `orders-0`: Kafka's own topic-partition name. */
export function partitionName(p: { topic: string; partition: number }): string {
  return `${p.topic}-${p.partition}`;
}

/**
 * The controller's record (the partition state znode) decides leader and ISR; a replica on a
 * broker that is down, or that the controller marked OfflineReplica, is offline.
 */
export function replicaRole(
  partition: PartitionView,
  replica: ReplicaView,
  /** The hosting broker when known; without it, only the controller's replica state counts. */
  broker?: BrokerView,
): ReplicaRole {
  const brokerDown = broker !== undefined && isBrokerDown(broker.state);
  if (brokerDown || replica.state === 'OfflineReplica') return 'offline';
  if (partition.leader === replica.brokerId) return 'leader';
  return partition.isr.includes(replica.brokerId) ? 'insync' : 'outOfSync';
}

/** Replicas in display order: the leader first, then assignment order. */
export function orderedReplicas(partition: PartitionView): ReplicaView[] {
  const rank = (r: ReplicaView) => {
    if (r.brokerId === partition.leader) return -1;
    const i = partition.replicas.indexOf(r.brokerId);
    return i === -1 ? partition.replicas.length : i;
  };
  return [...partition.replicaViews].sort((a, b) => rank(a) - rank(b) || a.brokerId - b.brokerId);
}

export type BrokerDisplayState =
  'online' | 'crashed' | 'stopped' | 'starting' | 'isolated' | 'notStarted';

/** No broker process: never started, killed, or shut down cleanly. Its replicas are offline. */
export function isBrokerDown(state: BrokerState | BrokerDisplayState): boolean {
  return state === 'crashed' || state === 'stopped' || state === 'notStarted';
}

export function brokerDisplayState(broker: BrokerView): BrokerDisplayState {
  if (broker.state === 'crashed') return 'crashed';
  if (broker.state === 'stopped') return 'stopped';
  if (broker.state === 'notStarted') return 'notStarted';
  if (broker.isolated) return 'isolated';
  return broker.state === 'starting' ? 'starting' : 'online';
}
