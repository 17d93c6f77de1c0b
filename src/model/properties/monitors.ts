// Property tests, part 2: the invariant monitors. A Monitor watches ClusterSnapshots taken at many
// instants of one run (in time order) and collects violations of Kafka's replication, election and
// controller rules, one list per property. It reads only the public snapshot (snapshotTypes.ts), so
// it checks what a learner sees. Each rule names the Kafka source or KAFKA.md section it comes from;
// monitors.test.ts feeds each one a hand-made violating snapshot to show it can fail.
import type {
  ClusterSnapshot,
  PartitionView,
  ProducedRecordView,
  RecordView,
  ReplicaView,
} from '../snapshotTypes';

export type PropertyName =
  | 'healed'
  | 'noAckedLoss'
  | 'oneLeaderPerEpoch'
  | 'leaderInIsr'
  | 'hwWithinIsr'
  | 'consumerBelowHw'
  | 'strongIsr'
  | 'epochCache'
  | 'noDuplicates'
  | 'oneControllerPerEpoch';

export const PROPERTY_NAMES: readonly PropertyName[] = [
  'healed',
  'noAckedLoss',
  'oneLeaderPerEpoch',
  'leaderInIsr',
  'hwWithinIsr',
  'consumerBelowHw',
  'strongIsr',
  'epochCache',
  'noDuplicates',
  'oneControllerPerEpoch',
];

/** Keep the first few violations of each property; one is enough to fail, a few help to debug. */
const MAX_KEPT = 5;

const tpKey = (topic: string, partition: number): string => `${topic}-${partition}`;

/** Kafka's partition state znode (TopicPartitionStateZNode, KAFKA.md 4.1). */
const partitionStatePath = (topic: string, partition: number): string =>
  `/brokers/topics/${topic}/partitions/${partition}/state`;

function onlineBrokers(s: ClusterSnapshot): Set<number> {
  return new Set(s.brokers.filter((b) => b.state === 'online').map((b) => b.id));
}

/** The epoch a replica that believes it leads is leading: the newest entry of its epoch cache. */
export function leadingEpoch(r: ReplicaView): number | null {
  const last = r.leaderEpochCache[r.leaderEpochCache.length - 1];
  return last === undefined ? null : last.epoch;
}

/** The recordId at `offset` in a replica's record window (records are contiguous by offset). */
function idAt(r: ReplicaView, offset: number): string | undefined {
  const first = r.records[0];
  if (!first) return undefined;
  const rec = r.records[offset - first.offset];
  return rec && rec.offset === offset ? rec.recordId : undefined;
}

function replicaOf(p: PartitionView, broker: number): ReplicaView | undefined {
  return p.replicaViews.find((r) => r.brokerId === broker);
}

export class Monitor {
  readonly violations: Record<PropertyName, string[]> = {
    healed: [],
    noAckedLoss: [],
    oneLeaderPerEpoch: [],
    leaderInIsr: [],
    hwWithinIsr: [],
    consumerBelowHw: [],
    strongIsr: [],
    epochCache: [],
    noDuplicates: [],
    oneControllerPerEpoch: [],
  };
  /** Number of snapshots observed. */
  samples = 0;
  /** Records seen acknowledged at any instant, by recordId (the ledger keeps only the last 500). */
  readonly acknowledged = new Map<string, ProducedRecordView>();
  private readonly zkLeaderByEpoch = new Map<string, number | null>();
  private readonly claimedLeaderByEpoch = new Map<string, number>();
  private readonly lastZkEpoch = new Map<string, number>();
  private readonly maxHw = new Map<string, number>();
  private readonly controllerByEpoch = new Map<number, number>();
  private lastControllerEpoch = Number.NEGATIVE_INFINITY;

  private fail(property: PropertyName, at: number, message: string): void {
    const list = this.violations[property];
    if (list.length < MAX_KEPT) list.push(`t=${at}: ${message}`);
  }

  /** Feed the snapshot of one instant; instants must come in non-decreasing time order. */
  observe(s: ClusterSnapshot): void {
    this.samples += 1;
    this.checkLedger(s);
    this.checkLeaders(s);
    this.checkHighWatermark(s);
    this.checkConsumers(s);
    this.checkCommitted(s);
    this.checkEpochCaches(s);
    this.checkDuplicates(s);
    this.checkController(s);
  }

  // Property 2 (running part). KAFKA.md 1.5 and 3.5: with acks=all and min.insync.replicas=2 an
  // acknowledged record is on at least two replicas, and with clean elections only (5.3) a new
  // leader always comes from the ISR, so it is never lost. A record's fate never goes back from
  // `acknowledged` to pending or failed (the producer completes a send exactly once), and it must
  // never become `lost`.
  private checkLedger(s: ClusterSnapshot): void {
    for (const rec of s.producedRecords) {
      const seen = this.acknowledged.get(rec.recordId);
      if (rec.fate === 'lost') {
        this.fail('noAckedLoss', s.now, `record ${rec.recordId} (${describeRecord(rec)}) is lost`);
      } else if (rec.fate === 'acknowledged') {
        if (rec.offset === null) {
          this.fail('noAckedLoss', s.now, `acknowledged record ${rec.recordId} has no offset`);
        } else if (seen && seen.offset !== rec.offset) {
          this.fail(
            'noAckedLoss',
            s.now,
            `record ${rec.recordId} acknowledged at offset ${seen.offset}, now ${rec.offset}`,
          );
        }
        if (!seen) this.acknowledged.set(rec.recordId, rec);
      } else if (seen) {
        this.fail(
          'noAckedLoss',
          s.now,
          `record ${rec.recordId} was acknowledged, its fate is now ${rec.fate}`,
        );
      }
    }
  }

  // Property 3. At most one leader per partition per leader epoch. The controller bumps the epoch on
  // every leader change it writes (KAFKA.md 3.4, LeaderAndIsr.newLeaderAndIsr; 5.4 for leader -1),
  // so (partition, leaderEpoch) → leader is a function over the whole run, and the epoch in the
  // partition state znode never decreases. On the brokers' side, a replica that believes it leads
  // has stamped its leader epoch into its epoch cache (Partition.makeLeader →
  // maybeAssignEpochStartOffset, KAFKA.md 3.4), so two brokers claiming the same epoch, or a broker
  // claiming an epoch the controller gave to someone else, is a split brain within one epoch.
  // (Two brokers may both believe they lead at one instant, a zombie with an older epoch; that is
  // allowed: the epoch is what fences it.)
  private checkLeaders(s: ClusterSnapshot): void {
    const online = onlineBrokers(s);
    const znodes = new Set(s.zookeeper.znodes.map((z) => z.path));
    for (const t of s.topics) {
      for (const p of t.partitions) {
        const tp = tpKey(p.topic, p.partition);
        // Before the controller first writes the partition state znode (KAFKA.md 4.1) the
        // partition has no leader, epoch or ISR yet; the controller-side checks start from it.
        const written = znodes.has(partitionStatePath(p.topic, p.partition));
        const key = `${tp}@${p.leaderEpoch}`;
        const known = this.zkLeaderByEpoch.get(key);
        if (!written) {
          // Nothing written yet: only the brokers' own claims below are checked.
        } else if (known === undefined) {
          this.zkLeaderByEpoch.set(key, p.leader);
          const claimed = this.claimedLeaderByEpoch.get(key);
          if (claimed !== undefined && p.leader !== claimed) {
            this.fail(
              'oneLeaderPerEpoch',
              s.now,
              `${tp} epoch ${p.leaderEpoch}: broker ${claimed} acted as leader, controller wrote leader ${p.leader}`,
            );
          }
        } else if (known !== p.leader) {
          this.fail(
            'oneLeaderPerEpoch',
            s.now,
            `${tp} epoch ${p.leaderEpoch}: controller leader was ${known}, now ${p.leader}`,
          );
        }
        const last = this.lastZkEpoch.get(tp);
        if (written && last !== undefined && p.leaderEpoch < last) {
          this.fail(
            'oneLeaderPerEpoch',
            s.now,
            `${tp}: leader epoch went back from ${last} to ${p.leaderEpoch}`,
          );
        }
        if (written) this.lastZkEpoch.set(tp, Math.max(last ?? p.leaderEpoch, p.leaderEpoch));

        for (const r of p.replicaViews) {
          if (r.role !== 'leader' || !online.has(r.brokerId)) continue;
          const epoch = leadingEpoch(r);
          if (epoch === null) {
            this.fail(
              'oneLeaderPerEpoch',
              s.now,
              `${tp}: broker ${r.brokerId} leads with an empty leader-epoch cache`,
            );
            continue;
          }
          const ekey = `${tp}@${epoch}`;
          const other = this.claimedLeaderByEpoch.get(ekey);
          if (other !== undefined && other !== r.brokerId) {
            this.fail(
              'oneLeaderPerEpoch',
              s.now,
              `${tp} epoch ${epoch}: brokers ${other} and ${r.brokerId} both acted as leader`,
            );
          }
          if (other === undefined) this.claimedLeaderByEpoch.set(ekey, r.brokerId);
          const zk = this.zkLeaderByEpoch.get(ekey);
          if (zk !== undefined && zk !== r.brokerId) {
            this.fail(
              'oneLeaderPerEpoch',
              s.now,
              `${tp} epoch ${epoch}: broker ${r.brokerId} acts as leader, controller wrote leader ${zk}`,
            );
          }
        }

        // LeaderInIsr (KafkaReplication.tla): the leader the controller wrote is in the ISR it wrote;
        // a sole ISR member that dies stays in the ISR with leader none (KAFKA.md 5.4).
        if (p.leader !== null && !p.isr.includes(p.leader)) {
          this.fail(
            'leaderInIsr',
            s.now,
            `${tp}: leader ${p.leader} not in ISR [${p.isr.join(',')}] (epoch ${p.leaderEpoch})`,
          );
        }
        if (written && p.isr.length === 0) {
          this.fail('leaderInIsr', s.now, `${tp}: empty ISR (epoch ${p.leaderEpoch})`);
        }
      }
    }
  }

  // Property 4. The high watermark never exceeds the LEO of an ISR member. Does it hold at every
  // instant, or only once the leader's view of the ISR has caught up? Kafka 3.6 computes the
  // leader's HW as the min LEO over the *maximal* ISR (committed ISR plus pending additions,
  // KIP-497; KAFKA.md 3.2): during a pending shrink the leader still counts the leaving replica,
  // and a pending addition counts before the controller writes it. The controller itself only
  // ever removes replicas (dead brokers, elections), never adds them. So the ISR in the partition
  // state znode is always a subset of the current leader's maximal ISR, even while the leader's
  // own copy of the ISR is stale. The LEO the leader uses for a follower is the fetch offset it
  // last reported, ≤ the follower's real LEO, and an ISR follower never truncates below the HW
  // (StrongIsr). Hence AsyncIsr.tla's ValidHighWatermark holds at every instant for the
  // controller's ISR: for the live leader the controller named, HW ≤ LEO of every live member of
  // the ISR it wrote (PartitionView.isr, mirrored by ReplicaView.inIsr), and every replica's
  // HW ≤ its own LEO (KAFKA.md 3.1). It would *not* hold under the pre-2.7 rule where a leader
  // shrinks its local ISR and advances the HW before the ZooKeeper write, nor for a zombie leader's
  // stale ISR, which is why the controller's ISR is the one checked. Replicas of crashed brokers
  // are skipped (they hold no in-memory state until they restart).
  private checkHighWatermark(s: ClusterSnapshot): void {
    const online = onlineBrokers(s);
    for (const t of s.topics) {
      for (const p of t.partitions) {
        const tp = tpKey(p.topic, p.partition);
        for (const r of p.replicaViews) {
          if (!online.has(r.brokerId)) continue;
          if (r.highWatermark > r.logEndOffset) {
            this.fail(
              'hwWithinIsr',
              s.now,
              `${tp}: broker ${r.brokerId} HW ${r.highWatermark} > its own LEO ${r.logEndOffset}`,
            );
          }
        }
        if (p.leader === null || !online.has(p.leader)) continue;
        const leader = replicaOf(p, p.leader);
        if (!leader || leader.role !== 'leader') continue;
        const members = new Set<number>([
          ...p.isr,
          ...p.replicaViews.filter((r) => r.inIsr).map((r) => r.brokerId),
        ]);
        for (const id of members) {
          if (!online.has(id)) continue;
          const m = replicaOf(p, id);
          if (!m) continue;
          if (leader.highWatermark > m.logEndOffset) {
            this.fail(
              'hwWithinIsr',
              s.now,
              `${tp} epoch ${p.leaderEpoch}: leader ${p.leader} HW ${leader.highWatermark} > LEO ${m.logEndOffset} of ISR member ${id} (ISR [${p.isr.join(',')}])`,
            );
          }
        }
      }
    }
  }

  // StrongIsr (KafkaReplication.tla / Kip320.tla, KAFKA.md 3.6): for the leader the controller
  // named, acting as leader on a live broker, every live member of the controller's ISR holds
  // exactly the leader's records below the leader's HW. This is what makes consumer-visible data
  // survive any clean election. And (part of property 2, only meaningful with clean elections)
  // committed records are never rewritten: any two replicas agree on every offset below both of
  // their HWs, since a replica's HW only covers records some leader had committed (KAFKA.md 3.1).
  // Snapshots must carry whole logs (trace.ts asks for a large record window).
  private checkCommitted(s: ClusterSnapshot): void {
    const online = onlineBrokers(s);
    for (const t of s.topics) {
      for (const p of t.partitions) {
        const tp = tpKey(p.topic, p.partition);
        const leader = p.leader === null ? undefined : replicaOf(p, p.leader);
        if (leader && p.leader !== null && online.has(p.leader) && leader.role === 'leader') {
          for (const id of p.isr) {
            const m = replicaOf(p, id);
            if (!m || id === p.leader || !online.has(id)) continue;
            const from = Math.max(leader.logStartOffset, m.logStartOffset);
            for (let o = from; o < leader.highWatermark; o++) {
              if (idAt(m, o) !== idAt(leader, o)) {
                this.fail(
                  'strongIsr',
                  s.now,
                  `${tp} epoch ${p.leaderEpoch}: ISR member ${id} has ${idAt(m, o) ?? 'nothing'} at offset ${o}, below leader ${p.leader}'s HW ${leader.highWatermark}, where the leader has ${idAt(leader, o) ?? 'nothing'}`,
                );
                break;
              }
            }
          }
        }
        const rs = p.replicaViews;
        for (let i = 0; i < rs.length; i++) {
          for (let j = i + 1; j < rs.length; j++) {
            const a = rs[i];
            const b = rs[j];
            if (!a || !b) continue;
            const from = Math.max(a.logStartOffset, b.logStartOffset);
            const to = Math.min(a.highWatermark, b.highWatermark);
            for (let o = from; o < to; o++) {
              if (idAt(a, o) !== idAt(b, o)) {
                this.fail(
                  'noAckedLoss',
                  s.now,
                  `${tp}: committed offset ${o} differs: broker ${a.brokerId} has ${idAt(a, o) ?? 'nothing'} (HW ${a.highWatermark}), broker ${b.brokerId} has ${idAt(b, o) ?? 'nothing'} (HW ${b.highWatermark})`,
                );
                break;
              }
            }
          }
        }
      }
    }
  }

  // Leader-epoch bookkeeping (KAFKA.md 3.4, KIP-101): a replica's leader-epoch cache (the
  // leader-epoch-checkpoint file) is strictly increasing in both epoch and start offset
  // (LeaderEpochFileCache.assign drops entries that are not, maybeTruncateNonMonotonicEntries),
  // no entry starts beyond the log end, and every record carries the epoch of the cache entry that
  // covers its offset (followers assign entries from the batches' partitionLeaderEpoch). Truncation
  // by epoch (KIP-279/320) relies on exactly this.
  private checkEpochCaches(s: ClusterSnapshot): void {
    for (const t of s.topics) {
      for (const p of t.partitions) {
        const tp = tpKey(p.topic, p.partition);
        for (const r of p.replicaViews) {
          const c = r.leaderEpochCache;
          const text = () => c.map((e) => `${e.epoch}@${e.startOffset}`).join(',');
          for (let k = 1; k < c.length; k++) {
            const a = c[k - 1];
            const b = c[k];
            if (a && b && (b.epoch <= a.epoch || b.startOffset <= a.startOffset)) {
              this.fail(
                'epochCache',
                s.now,
                `${tp} broker ${r.brokerId}: epoch cache [${text()}] is not strictly increasing (LEO ${r.logEndOffset})`,
              );
              break;
            }
          }
          const last = c[c.length - 1];
          if (last && last.startOffset > r.logEndOffset) {
            this.fail(
              'epochCache',
              s.now,
              `${tp} broker ${r.brokerId}: epoch cache [${text()}] starts an epoch beyond LEO ${r.logEndOffset}`,
            );
          }
          let i = 0;
          for (const rec of r.records) {
            while (i + 1 < c.length && (c[i + 1]?.startOffset ?? Infinity) <= rec.offset) i++;
            const cover = c[i];
            if (!cover || cover.startOffset > rec.offset || cover.epoch !== rec.leaderEpoch) {
              this.fail(
                'epochCache',
                s.now,
                `${tp} broker ${r.brokerId}: record at offset ${rec.offset} has leader epoch ${rec.leaderEpoch}, the epoch cache [${text()}] says ${cover && cover.startOffset <= rec.offset ? cover.epoch : 'none'}`,
              );
              break;
            }
          }
        }
      }
    }
  }

  // Idempotent producer (KAFKA.md 1.6): from Kafka 3.0 a producer with acks=all has
  // enable.idempotence=true, so a retried batch is acknowledged without being written again (the
  // broker keeps the last 5 batches per producer id, and the producer never has more than
  // max.in.flight.requests.per.connection=5 unacknowledged batches per connection); an older
  // sequence is refused with OUT_OF_ORDER_SEQUENCE_NUMBER, never appended twice. So no record
  // appears twice in a replica's log. Only meaningful when every producer uses acks=all.
  private checkDuplicates(s: ClusterSnapshot): void {
    for (const t of s.topics) {
      for (const p of t.partitions) {
        for (const r of p.replicaViews) {
          const seen = new Map<string, number>();
          for (const rec of r.records) {
            const first = seen.get(rec.recordId);
            if (first === undefined) {
              seen.set(rec.recordId, rec.offset);
              continue;
            }
            this.fail(
              'noDuplicates',
              s.now,
              `${tpKey(p.topic, p.partition)} broker ${r.brokerId}: record ${rec.recordId} is in the log twice, at offsets ${first} and ${rec.offset}`,
            );
            break;
          }
        }
      }
    }
  }

  // Property 5. Consumers never read past the high watermark (KAFKA.md 3.1: a consumer fetch reads
  // up to the HW). A group's position is the next offset to read, so the records it has consumed
  // are those below it, and each was below the HW of the leader that served it. The *current*
  // leader's HW can lag behind that right after a failover (a new leader's HW is its follower HW
  // and only advances once its ISR followers fetch, KAFKA-2334), so the instant rule is:
  // position ≤ the highest HW any replica of the partition has shown so far. The committed offset
  // is a position the group had, so the same bound holds for it. After the run settles, the plain
  // rule position ≤ leader HW is checked too (finish()).
  private checkConsumers(s: ClusterSnapshot): void {
    for (const t of s.topics) {
      for (const p of t.partitions) {
        const tp = tpKey(p.topic, p.partition);
        let hw = this.maxHw.get(tp) ?? 0;
        for (const r of p.replicaViews) hw = Math.max(hw, r.highWatermark);
        this.maxHw.set(tp, hw);
      }
    }
    for (const g of s.consumerGroups) {
      for (const o of g.offsets) {
        const tp = tpKey(o.topic, o.partition);
        const hw = this.maxHw.get(tp) ?? 0;
        if (o.position > hw) {
          this.fail(
            'consumerBelowHw',
            s.now,
            `group ${g.groupId} ${tp}: position ${o.position} > highest HW so far ${hw}`,
          );
        }
        if (o.committed !== null && o.committed > hw) {
          this.fail(
            'consumerBelowHw',
            s.now,
            `group ${g.groupId} ${tp}: committed ${o.committed} > highest HW so far ${hw}`,
          );
        }
      }
    }
  }

  // Property 6. One controller per controller epoch (KAFKA.md 4.3: the controller is elected through
  // the /controller znode and each election increments /controller_epoch; brokers fence requests
  // with an older epoch). So controllerEpoch → controller id is a function over the run, the epoch
  // never decreases, and no broker has accepted a request from an epoch that was never elected.
  private checkController(s: ClusterSnapshot): void {
    const { brokerId, epoch } = s.controller;
    if (epoch < this.lastControllerEpoch) {
      this.fail(
        'oneControllerPerEpoch',
        s.now,
        `controller epoch went back from ${this.lastControllerEpoch} to ${epoch}`,
      );
    }
    this.lastControllerEpoch = Math.max(this.lastControllerEpoch, epoch);
    if (brokerId !== null) {
      const known = this.controllerByEpoch.get(epoch);
      if (known === undefined) this.controllerByEpoch.set(epoch, brokerId);
      else if (known !== brokerId) {
        this.fail(
          'oneControllerPerEpoch',
          s.now,
          `controller epoch ${epoch}: controller was broker ${known}, now broker ${brokerId}`,
        );
      }
    }
    const znode = s.zookeeper.znodes.find((z) => z.path === '/controller_epoch');
    const zkEpoch = znode ? Number(znode.data) : null;
    for (const b of s.brokers) {
      const ceiling = zkEpoch ?? this.lastControllerEpoch;
      if (b.knownControllerEpoch > ceiling) {
        this.fail(
          'oneControllerPerEpoch',
          s.now,
          `broker ${b.id} accepted controller epoch ${b.knownControllerEpoch}, but the highest elected is ${ceiling}`,
        );
      }
    }
  }

  /**
   * The end of a healed run. Property 2: every record ever seen acknowledged is in the current
   * leader's log at its offset, below the HW, and every live ISR member holds the leader's
   * records below the HW (StrongIsr, KafkaReplication.tla). Property 5: position ≤ leader HW.
   * Needs a snapshot whose record window covers whole logs.
   */
  finish(s: ClusterSnapshot): void {
    this.observe(s);
    const online = onlineBrokers(s);
    for (const rec of s.producedRecords) {
      if (rec.fate === 'acknowledged' && !this.acknowledged.has(rec.recordId)) {
        this.acknowledged.set(rec.recordId, rec);
      }
    }
    const partitions = new Map<string, PartitionView>();
    for (const t of s.topics)
      for (const p of t.partitions) partitions.set(tpKey(p.topic, p.partition), p);

    // Liveness after the heal (KAFKA.md 4.2, 3.3, 5.5): a broker restarted and reconnected
    // registers again (at the latest once its old session expires), and its replicas catch up and
    // rejoin the ISR. 35 virtual seconds after the heal (more than the session timeout plus
    // replica.socket.timeout.ms, after which a fetch lost to an isolation is resent) every broker
    // is online and every ISR is full.
    for (const b of s.brokers) {
      if (b.state !== 'online' || b.isolated) {
        this.fail(
          'healed',
          s.now,
          `broker ${b.id} is ${b.state}${b.isolated ? ' and isolated' : ''} after the heal`,
        );
      }
    }
    for (const [tp, p] of partitions) {
      const full = [...p.replicas].sort().join(',');
      if ([...p.isr].sort().join(',') !== full) {
        this.fail(
          'healed',
          s.now,
          `${tp} ISR [${p.isr.join(',')}] is not all of [${full}] after the heal`,
        );
      }
    }

    const leaderLogs = new Map<
      string,
      { leader: ReplicaView; byOffset: Map<number, RecordView> }
    >();
    for (const [tp, p] of partitions) {
      const leader = p.leader === null ? undefined : replicaOf(p, p.leader);
      // Liveness after the heal (KAFKA.md 5.3–5.5): with every broker back, each partition has a
      // leader the controller wrote, on an online broker that acts as leader (LeaderAndIsr reached
      // it). Without one, property 2 cannot be checked for that partition.
      if (p.leader === null || !leader || !online.has(p.leader) || leader.role !== 'leader') {
        const broker = s.brokers.find((b) => b.id === p.leader);
        this.fail(
          'healed',
          s.now,
          `${tp} has no acting leader after the heal: controller wrote leader ${p.leader} (epoch ${p.leaderEpoch}, ISR [${p.isr.join(',')}], ${p.state}); that broker is ${broker?.state ?? 'absent'} and its replica's role is ${leader?.role ?? 'absent'}`,
        );
        continue;
      }
      const byOffset = new Map(leader.records.map((r) => [r.offset, r]));
      leaderLogs.set(tp, { leader, byOffset });
      const firstShown = leader.records[0]?.offset ?? leader.logEndOffset;
      if (firstShown > leader.logStartOffset) {
        throw new Error(`record window too small: ${tp} shows offsets from ${firstShown}`);
      }
      for (const id of p.isr) {
        const m = replicaOf(p, id);
        if (!m || !online.has(id) || id === p.leader) continue;
        const theirs = new Map(m.records.map((r) => [r.offset, r]));
        for (let o = leader.logStartOffset; o < leader.highWatermark; o++) {
          if (theirs.get(o)?.recordId !== byOffset.get(o)?.recordId) {
            this.fail(
              'noAckedLoss',
              s.now,
              `${tp}: ISR member ${id} has ${theirs.get(o)?.recordId ?? 'nothing'} at offset ${o} below HW ${leader.highWatermark}, leader ${p.leader} has ${byOffset.get(o)?.recordId ?? 'nothing'}`,
            );
            break;
          }
        }
      }
    }

    for (const rec of this.acknowledged.values()) {
      const tp = tpKey(rec.topic, rec.partition);
      const log = leaderLogs.get(tp);
      if (!log || rec.offset === null) continue;
      const found = log.byOffset.get(rec.offset);
      if (found?.recordId !== rec.recordId) {
        // A record acknowledged with an offset it does not have breaks the producer contract
        // (RecordMetadata.offset) even if the record itself survived elsewhere in the log.
        const elsewhere = log.leader.records.find((r) => r.recordId === rec.recordId);
        this.fail(
          'noAckedLoss',
          s.now,
          `acknowledged ${rec.recordId} (${describeRecord(rec)}): leader ${log.leader.brokerId}'s offset ${rec.offset} holds ${found?.recordId ?? 'nothing'} (LEO ${log.leader.logEndOffset}); the record is ${elsewhere ? `at offset ${elsewhere.offset} instead` : 'missing from the log'}`,
        );
      } else if (rec.offset >= log.leader.highWatermark) {
        this.fail(
          'noAckedLoss',
          s.now,
          `acknowledged ${rec.recordId} at offset ${rec.offset} is not below leader HW ${log.leader.highWatermark}`,
        );
      }
    }

    for (const g of s.consumerGroups) {
      for (const o of g.offsets) {
        const tp = tpKey(o.topic, o.partition);
        const log = leaderLogs.get(tp);
        if (log && o.position > log.leader.highWatermark) {
          this.fail(
            'consumerBelowHw',
            s.now,
            `after the heal, group ${g.groupId} ${tp}: position ${o.position} > leader HW ${log.leader.highWatermark}`,
          );
        }
      }
    }
  }
}

function describeRecord(r: ProducedRecordView): string {
  return `${r.topic}-${r.partition}@${r.offset ?? '?'}, sent at ${r.sentAt}`;
}
