// ElectLeaders (KIP-460): a preferred or unclean election the learner asks the controller for.
// Teaching simplification: the AdminClient's request reaches the controller at once.
import type { CtrlWrite } from '../engine/messages';
import type { World } from '../engine/types';
import { tpKey } from '../replication/log';
import { queuedForDeletion } from './deletionQueue';
import { initialWrite, liveSet, offlineWrite, preferredWrite } from './elections';
import { activeController } from './requests';
import { writePartitions } from './writes';

/**
 * KafkaController.processReplicaLeaderElection → onReplicaElection (K@3.6.2). Unknown partitions
 * and those of topics being deleted are skipped; a partition whose leader is already the preferred
 * replica (preferred) or alive (unclean) needs no election (ELECTION_NOT_NEEDED). The others go
 * OnlinePartition: a NewPartition through initializeLeaderAndIsr, the rest with
 * PreferredReplicaPartitionLeaderElectionStrategy or OfflinePartitionLeaderElectionStrategy(
 * allowUnclean = true), which ignores unclean.leader.election.enable. A failed election changes
 * nothing. `partitions` null = every partition. Without a controller nothing happens.
 */
export function electLeaders(
  w: World,
  electionType: 'preferred' | 'unclean',
  partitions: { topic: string; partition: number }[] | null,
): void {
  const b = activeController(w);
  const c = b?.controller;
  if (!b || !c) return;
  const keys =
    partitions === null
      ? Object.keys(c.partitions).sort()
      : [...new Set(partitions.map((p) => tpKey(p.topic, p.partition)))];
  const live = liveSet(c);
  const writes: CtrlWrite[] = [];
  for (const tp of keys) {
    const p = c.partitions[tp];
    if (!p || queuedForDeletion(w, p.topic)) continue;
    const needed =
      electionType === 'preferred'
        ? p.leader !== p.replicas[0]
        : p.leader < 0 || !live.has(p.leader);
    if (!needed) continue;
    const x =
      c.partitionStates[tp] === 'NewPartition'
        ? initialWrite(c, tp, p, live)
        : electionType === 'preferred'
          ? preferredWrite(c, tp, p, live)
          : offlineWrite(c, tp, p, live, true);
    if (x) writes.push(x);
  }
  writePartitions(w, b, writes);
}
