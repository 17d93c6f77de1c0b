// Broker side of the controller's requests: LeaderAndIsr (makeLeader/makeFollower), UpdateMetadata, Metadata.
import type { Body } from '../engine/messages';
import { send } from '../engine/network';
import type { Broker, Msg, PartitionInfo, Replica, World } from '../engine/types';
import { NEVER_MS, expirePurgatory, maybeIncrementHw } from '../replication/leader';
import { assignEpoch, logKey, tpKey } from '../replication/log';
import { addToFetcher, removeFromFetchers } from '../replication/follower';
import { storageOf } from '../storage/segments';

export function ensureReplica(b: Broker, info: PartitionInfo): Replica {
  const tp = tpKey(info.topic, info.partition);
  let r = b.replicas[tp];
  if (!r) {
    r = {
      logKey: logKey(tp, b.id),
      topic: info.topic,
      partition: info.partition,
      brokerId: b.id,
      leo: 0,
      hw: 0,
      logStart: 0,
      epochCache: [],
      role: 'none',
      leader: -1,
      leaderEpoch: -1,
      isr: [],
      pendingIsr: null,
      pendingIsrSentAt: 0,
      zkVersion: 0,
      replicas: info.replicas,
      leaderEpochStartOffset: 0,
      followers: {},
      purgatory: [],
      producerSeqs: {},
      truncations: [],
    };
    b.replicas[tp] = r;
  }
  return r;
}

/** Partition.makeLeader: new epoch in the cache at the LEO; followers' state reset (in ISR: caught up now). */
function makeLeader(w: World, b: Broker, r: Replica): void {
  removeFromFetchers(b, tpKey(r.topic, r.partition));
  r.role = 'leader';
  // Partition.makeLeader → maybeAssignEpochStartOffset: the new epoch starts at this LEO.
  assignEpoch(r, r.leaderEpoch, r.leo);
  r.leaderEpochStartOffset = r.leo;
  r.followers = {};
  for (const id of r.replicas) {
    if (id === b.id) continue;
    // Replica.resetReplicaState (K@2.8.2 Partition.makeLeader): ISR members count as caught up now.
    r.followers[id] = {
      leo: -1,
      lastCaughtUpTimeMs: r.isr.includes(id) ? w.now : NEVER_MS,
      lastFetchLeaderLogEndOffset: r.leo,
      lastFetchTimeMs: w.now,
    };
  }
  maybeIncrementHw(w, b, r);
}

export function handleLeaderAndIsr(w: World, b: Broker, body: Extract<Body, { t: 'lai' }>): void {
  // ReplicaManager.becomeLeaderOrFollower: STALE_CONTROLLER_EPOCH for an older controller.
  if (body.controllerEpoch < b.knownControllerEpoch) return;
  b.knownControllerEpoch = body.controllerEpoch;
  b.activeControllerId = body.controllerId;
  for (const info of body.parts) {
    const r = ensureReplica(b, info);
    // A new Log starts with one empty segment at its log start offset (LogLoader).
    storageOf(w, r.logKey, r.logStart);
    // Ignore a request whose leader epoch is not newer than the one this broker already has.
    if (info.leaderEpoch <= r.leaderEpoch) continue;
    const wasLeader = r.role === 'leader';
    r.leaderEpoch = info.leaderEpoch;
    r.leader = info.leader;
    r.isr = info.isr;
    r.zkVersion = info.zkVersion;
    r.replicas = info.replicas;
    r.pendingIsr = null;
    if (info.leader === b.id) makeLeader(w, b, r);
    else {
      if (wasLeader) expirePurgatory(w, b, r, true);
      r.followers = {};
      if (info.leader < 0) {
        r.role = 'none';
        removeFromFetchers(b, tpKey(info.topic, info.partition));
      } else {
        // Partition.makeFollower: no truncation here; the first fetch finds any divergence (KIP-320).
        r.role = 'follower';
        addToFetcher(w, b, info.leader, tpKey(info.topic, info.partition));
      }
    }
  }
}

export function handleUpdateMetadata(w: World, b: Broker, body: Extract<Body, { t: 'um' }>): void {
  if (body.controllerEpoch < b.knownControllerEpoch) return;
  b.knownControllerEpoch = body.controllerEpoch;
  b.activeControllerId = body.controllerId;
  b.liveBrokers = body.live;
  for (const p of body.parts) b.metadata[tpKey(p.topic, p.partition)] = p;
  void w;
}

/** Metadata request: answered from this broker's metadata cache (MetadataCache). */
export function handleMetadata(
  w: World,
  b: Broker,
  m: Msg,
  body: Extract<Body, { t: 'metadata' }>,
): void {
  const parts = Object.values(b.metadata).filter((p) => body.topics.includes(p.topic));
  send(w, 'MetadataResponse', b.node, m.from, {
    t: 'metadataResp',
    reqId: body.reqId,
    parts,
    live: b.liveBrokers,
  });
}
