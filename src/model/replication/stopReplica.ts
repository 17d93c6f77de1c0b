// Broker side of topic deletion: StopReplica with deletePartition=true and the metadata it drops.
import type { Broker, World } from '../engine/types';
import { removeFromFetchers } from './follower';
import { expirePurgatory } from './leader';
import { logKey } from './log';
import { wakeParked } from './serveFetch';

/**
 * ReplicaManager.stopReplicas with deletePartition=true (K@3.6.2): the fetcher stops, requests
 * waiting on the partition complete, the partition is forgotten and its log deleted (Kafka renames
 * the directory `-delete` and removes it after file.delete.delay.ms; here it goes at once).
 */
export function deleteReplica(w: World, b: Broker, tp: string): void {
  removeFromFetchers(b, tp);
  const r = b.replicas[tp];
  if (r) {
    if (r.role === 'leader') expirePurgatory(w, b, r, true);
    delete b.replicas[tp];
  }
  const key = r ? r.logKey : logKey(tp, b.id);
  delete w.logs[key];
  delete w.storage[key];
  // Parked fetches of the partition answer now (its part with an error), as
  // completeDelayedFetchOrProduceRequests does.
  wakeParked(w, b, tp, true);
  wakeParked(w, b, tp, false);
}

/** MetadataCache drops a partition whose UpdateMetadata says LeaderDuringDelete. */
export function forgetTopicMetadata(b: Broker, topic: string): void {
  for (const tp of Object.keys(b.metadata))
    if (b.metadata[tp]?.topic === topic) delete b.metadata[tp];
}
