// Follower fetchers: one per (follower, leader broker), as ReplicaFetcherThread; KIP-320 truncation.
import { brokerNum, REPLICA_SOCKET_TIMEOUT_MS, replicaFetchWaitMaxMs } from '../engine/config';
import type { Body, FetchPartReq, FetchPartResp } from '../engine/messages';
import { brokerById, brokerNode, send } from '../engine/network';
import { scheduleTask } from '../engine/scheduler';
import type { Broker, Replica, World } from '../engine/types';
import { checkLoss } from '../clients/ledger';
import { emit } from '../engine/timeline';
import {
  appendFetched,
  endOffsetForEpoch,
  latestEpoch,
  logKey,
  maybeIncrementLogStartOffset,
  truncateFullyAndStartAt,
  truncateTo,
} from './log';

/** replica.fetch.backoff.ms (KafkaConfig, 1000): pause after a failed fetch. */
const FETCH_BACKOFF_MS = 1000;

export function removeFromFetchers(b: Broker, tp: string): void {
  for (const f of Object.values(b.fetchers)) {
    const i = f.tps.indexOf(tp);
    if (i >= 0) f.tps.splice(i, 1);
    // ReplicaFetcherManager.shutdownIdleFetcherThreads: a fetcher with nothing to fetch stops, so
    // following that leader again starts a fresh one instead of waiting on a request long lost.
    // A late response to the old request is ignored (its reqId is stale, or nothing is in flight).
    if (f.tps.length === 0) f.inFlight = false;
  }
}

export function addToFetcher(w: World, b: Broker, leader: number, tp: string): void {
  removeFromFetchers(b, tp);
  let f = b.fetchers[leader];
  if (!f) {
    f = { leader, tps: [], inFlight: false, reqId: 0, sentAt: 0, leaderIncarnation: 0 };
    b.fetchers[leader] = f;
  }
  f.tps.push(tp);
  f.tps.sort();
  sendFetch(w, b, leader);
}

export function sendFetch(w: World, b: Broker, leader: number): void {
  const f = b.fetchers[leader];
  if (!f || f.inFlight || f.tps.length === 0) return;
  // An array of the exact size (cut if a partition has no replica): one pushed to from empty
  // would take a 16-slot backing store per request.
  const tps = f.tps;
  const parts = new Array<FetchPartReq>(tps.length);
  let k = 0;
  for (let i = 0; i < tps.length; i++) {
    const tp = tps[i] as string;
    const r = b.replicas[tp];
    if (r) parts[k++] = { tp, offset: r.leo, lastFetchedEpoch: latestEpoch(r) };
  }
  if (k < parts.length) parts.length = k;
  f.inFlight = true;
  f.reqId++;
  f.sentAt = w.now;
  f.leaderIncarnation = brokerById(w, leader)?.incarnation ?? 0;
  send(w, 'Fetch', b.node, brokerNode(leader), {
    t: 'fetch',
    reqId: f.reqId,
    replicaId: b.id,
    maxWaitMs: replicaFetchWaitMaxMs(w),
    reset: 'earliest',
    parts,
  });
}

/** AbstractFetcherThread.truncateOnFetchResponse → getOffsetTruncationState (KIP-279/320). */
function truncateOnDiverging(w: World, r: Replica, d: { epoch: number; endOffset: number }): void {
  const mine = endOffsetForEpoch(r, d.epoch);
  let to: number;
  if (d.epoch < 0 || d.endOffset < 0) to = r.hw;
  else if (mine.epoch === d.epoch) to = Math.min(d.endOffset, mine.endOffset, r.leo);
  else to = Math.min(mine.endOffset < 0 ? r.hw : mine.endOffset, r.leo);
  truncateTo(w, r, Math.max(to, r.logStart));
}

/**
 * AbstractFetcherThread.fetchOffsetAndTruncate (K@3.6.2) after OFFSET_OUT_OF_RANGE. Kafka asks the
 * leader's latest and earliest offsets with ListOffsets; here the error response carries them
 * (its leo and logStart). A leader log ending below this LEO: truncate to it. A leader log starting
 * past this LEO (its segments went to retention while this replica was behind):
 * truncateFullyAndStartAt the leader's log start offset. Otherwise the fetch is retried.
 */
function fetchOffsetAndTruncate(w: World, r: Replica, leader: number, p: FetchPartResp): void {
  if (p.leo < r.leo) {
    truncateTo(w, r, Math.max(p.leo, r.logStart));
    return;
  }
  if (p.logStart <= r.leo) return;
  const deleted = truncateFullyAndStartAt(w, r, p.logStart, w.logs[logKey(p.tp, leader)]);
  if (deleted < 0) return;
  emit(
    w,
    'log.segmentsDeleted',
    { count: deleted, newLogStartOffset: r.logStart, reason: 'logStartOffset' },
    { broker: r.brokerId, partition: p.tp },
  );
}

export function handleFetchResponse(
  w: World,
  b: Broker,
  leader: number,
  body: Extract<Body, { t: 'fetchResp' }>,
): void {
  const f = b.fetchers[leader];
  if (!f || body.reqId !== f.reqId || !f.inFlight) return;
  f.inFlight = false;
  let failed = 0;
  for (const p of body.parts) {
    const r = b.replicas[p.tp];
    if (!r || r.role !== 'follower' || r.leader !== leader) continue;
    if (p.error === 'OFFSET_OUT_OF_RANGE') {
      fetchOffsetAndTruncate(w, r, leader, p);
      continue;
    }
    if (p.error !== null) {
      failed++;
      continue;
    }
    if (p.diverging) {
      truncateOnDiverging(w, r, p.diverging);
      checkLoss(w, p.tp);
      continue;
    }
    // Whole batches from the one at the LEO, as one append (UnifiedLog.appendAsFollower).
    appendFetched(w, r, p.records);
    // ReplicaFetcherThread: follower HW = min(leader HW, own LEO).
    r.hw = Math.max(r.logStart, Math.min(p.hw, r.leo));
    // ReplicaFetcherThread.processPartitionData (K@3.6.2): the leader's log start offset is taken
    // (LeaderOffsetIncremented); the segments below it go at this broker's next retention check.
    maybeIncrementLogStartOffset(r, p.logStart);
  }
  if (failed > 0 && failed === body.parts.length) {
    scheduleTask(w, w.now + FETCH_BACKOFF_MS, {
      t: 'fetcherRetry',
      broker: b.id,
      leader,
      incarnation: b.incarnation,
    });
  } else sendFetch(w, b, leader);
}

/**
 * Fetches lost on the wire are abandoned after replica.socket.timeout.ms and resent; a leader
 * whose process died or restarted closed the connection, which the fetcher notices at once.
 */
export function checkFetcherTimeouts(w: World, b: Broker): void {
  const maxWait = brokerNum(w, 'replica.fetch.wait.max.ms');
  for (const f of Object.values(b.fetchers)) {
    const leader = brokerById(w, f.leader);
    const gone =
      !leader || leader.incarnation !== f.leaderIncarnation || leader.machine.value === 'crashed';
    if (f.inFlight && (gone || w.now - f.sentAt > REPLICA_SOCKET_TIMEOUT_MS + maxWait)) {
      f.inFlight = false;
      sendFetch(w, b, f.leader);
    }
  }
}
