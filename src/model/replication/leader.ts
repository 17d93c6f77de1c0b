// Leader-side replication state: follower fetch bookkeeping, high watermark, ISR expand and shrink.
import { brokerNum, minIsr } from '../engine/config';
import { brokerNode, send } from '../engine/network';
import type { Broker, FollowerState, PendingProduce, Replica, World } from '../engine/types';
import { wakeParked } from './serveFetch';
import { tpKey } from './log';

/**
 * "Never": Kafka's clock is epoch milliseconds, so its initial 0 is a time long past; on a virtual
 * clock that starts at 0 it would look recent for the first replica.lag.time.max.ms.
 */
export const NEVER_MS = Number.MIN_SAFE_INTEGER;

/** Replica.updateFetchState: lastCaughtUpTimeMs from this fetch or the previous one (K@2.8.2 Replica.scala). */
export function updateFollowerFetchState(
  w: World,
  r: Replica,
  follower: number,
  fetchOffset: number,
): void {
  let fs: FollowerState | undefined = r.followers[follower];
  if (!fs) {
    fs = {
      leo: -1,
      lastCaughtUpTimeMs: NEVER_MS,
      lastFetchLeaderLogEndOffset: 0,
      lastFetchTimeMs: NEVER_MS,
    };
    r.followers[follower] = fs;
  }
  if (fetchOffset >= r.leo) fs.lastCaughtUpTimeMs = Math.max(fs.lastCaughtUpTimeMs, w.now);
  else if (fetchOffset >= fs.lastFetchLeaderLogEndOffset)
    fs.lastCaughtUpTimeMs = Math.max(fs.lastCaughtUpTimeMs, fs.lastFetchTimeMs);
  fs.leo = fetchOffset;
  fs.lastFetchLeaderLogEndOffset = r.leo;
  fs.lastFetchTimeMs = w.now;
}

/** The maximal ISR: committed ISR plus pending additions (KIP-497, AsyncIsr.tla). */
function inMaximalIsr(r: Replica, id: number): boolean {
  return r.isr.includes(id) || (r.pendingIsr !== null && r.pendingIsr.includes(id));
}

/** Partition.maybeIncrementLeaderHW (KAFKA.md 3.2): min LEO over ISR and recently caught-up followers. */
export function maybeIncrementHw(w: World, b: Broker, r: Replica): void {
  let candidate = r.leo;
  for (const id of r.replicas) {
    if (id === b.id) continue;
    const fs = r.followers[id];
    const leo = fs ? fs.leo : -1;
    if (leo >= candidate) continue;
    // Pure reads, so the config is read only for a follower behind the candidate.
    if (
      inMaximalIsr(r, id) ||
      (fs !== undefined && w.now - fs.lastCaughtUpTimeMs <= brokerNum(w, 'replica.lag.time.max.ms'))
    )
      candidate = leo;
  }
  if (candidate > r.hw) {
    r.hw = candidate;
    completePurgatory(w, b, r);
    wakeParked(w, b, tpKey(r.topic, r.partition), true);
  }
}

/** DelayedProduce completion: HW past the request's last offset (Partition.checkEnoughReplicasReachOffset). */
export function completePurgatory(w: World, b: Broker, r: Replica): void {
  // Requests wait in offset order, so the completed ones are a prefix.
  let done = 0;
  while (done < r.purgatory.length && r.hw > (r.purgatory[done] as PendingProduce).lastOffset) {
    const p = r.purgatory[done++] as PendingProduce;
    const enough = r.isr.length >= minIsr(w, r.topic);
    send(w, 'ProduceResponse', b.node, p.msgFrom, {
      t: 'produceResp',
      reqId: p.reqId,
      error: enough ? null : 'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
      baseOffset: p.baseOffset,
      offsets: p.offsets,
    });
  }
  if (done === 1) r.purgatory.shift();
  else if (done > 0) r.purgatory.splice(0, done);
}

/** Fail everything waiting in purgatory (leadership lost) or past its timeout (REQUEST_TIMED_OUT). */
export function expirePurgatory(w: World, b: Broker, r: Replica, all: boolean): void {
  if (r.purgatory.length === 0) return;
  const keep = [];
  for (const p of r.purgatory) {
    if (all || w.now >= p.deadline) {
      send(w, 'ProduceResponse', b.node, p.msgFrom, {
        t: 'produceResp',
        reqId: p.reqId,
        error: all ? 'NOT_LEADER_OR_FOLLOWER' : 'REQUEST_TIMED_OUT',
        baseOffset: p.baseOffset,
        offsets: p.offsets,
      });
    } else keep.push(p);
  }
  r.purgatory = keep;
}

function sendAlterIsr(w: World, b: Broker, r: Replica, isr: number[]): void {
  if (b.activeControllerId < 0) return;
  r.pendingIsr = isr;
  r.pendingIsrSentAt = w.now;
  send(w, 'AlterIsr', b.node, brokerNode(b.activeControllerId), {
    t: 'alterIsr',
    reqId: b.nextReqId++,
    brokerId: b.id,
    info: {
      topic: r.topic,
      partition: r.partition,
      replicas: r.replicas,
      leader: b.id,
      leaderEpoch: r.leaderEpoch,
      isr,
      zkVersion: r.zkVersion,
    },
  });
}

/** Partition.maybeExpandIsr: LEO ≥ HW and ≥ the leader epoch's start offset; appended at the end. */
export function maybeExpandIsr(w: World, b: Broker, r: Replica, follower: number): void {
  if (r.pendingIsr !== null || r.isr.includes(follower)) return;
  const fs = r.followers[follower];
  if (!fs || fs.leo < r.hw || fs.leo < r.leaderEpochStartOffset) return;
  sendAlterIsr(w, b, r, [...r.isr, follower]);
}

/**
 * An AlterIsr that got no answer is dropped after the request timeout so the change is retried
 * with the controller the broker knows now. Teaching simplification: Kafka's AlterIsrManager
 * retries through its controller channel; checked here once a second.
 */
export function expirePendingIsr(w: World, b: Broker): void {
  for (const r of Object.values(b.replicas)) {
    if (r.pendingIsr !== null && w.now - r.pendingIsrSentAt > ALTER_ISR_TIMEOUT_MS)
      r.pendingIsr = null;
  }
}

const ALTER_ISR_TIMEOUT_MS = 30000;

/** isr-expiration task: drop followers whose LEO ≠ leader LEO for longer than replica.lag.time.max.ms. */
export function maybeShrinkIsr(w: World, b: Broker): void {
  const lag = brokerNum(w, 'replica.lag.time.max.ms');
  for (const r of Object.values(b.replicas)) {
    if (r.role !== 'leader' || r.pendingIsr !== null) continue;
    const out = r.isr.filter((id) => {
      if (id === b.id) return false;
      const fs = r.followers[id];
      if (!fs) return false;
      return fs.leo !== r.leo && w.now - fs.lastCaughtUpTimeMs > lag;
    });
    if (out.length > 0)
      sendAlterIsr(
        w,
        b,
        r,
        r.isr.filter((id) => !out.includes(id)),
      );
  }
}

/** AlterIsr response: adopt the committed ISR and zkVersion (the leader epoch is unchanged). */
export function onAlterIsrResponse(
  w: World,
  b: Broker,
  error: string | null,
  info: { topic: string; partition: number; isr: number[]; zkVersion: number; leaderEpoch: number },
): void {
  const r = b.replicas[tpKey(info.topic, info.partition)];
  if (!r || r.role !== 'leader') return;
  r.pendingIsr = null;
  if (error || info.leaderEpoch !== r.leaderEpoch) return;
  r.isr = info.isr;
  r.zkVersion = info.zkVersion;
  maybeIncrementHw(w, b, r);
}
