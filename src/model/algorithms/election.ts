// The controller's leader choices (ZooKeeper mode): elections, ISR shrink on failure, auto rebalance.

/** Leader value meaning "no leader" (`LeaderAndIsr.NoLeader`, K@3.6.2:.../api/LeaderAndIsr.scala). */
export const NO_LEADER = -1;

/**
 * Leader after the old one went offline (PartitionLeaderElectionAlgorithms.offlinePartitionLeaderElection
 * in K@3.6.2:core/.../controller/PartitionStateMachine.scala; new ISR from Election.scala):
 * the first replica in assignment order that is alive and in the ISR, with ISR = ISR ∩ live in ISR
 * order. Failing that, and only with unclean.leader.election.enable, the first live replica becomes
 * leader with ISR = [it]. Otherwise null: the partition stays offline.
 */
export function offlinePartitionLeaderElection(
  assignment: number[],
  isr: number[],
  live: ReadonlySet<number>,
  uncleanEnabled: boolean,
): { leader: number; isr: number[]; unclean: boolean } | null {
  const clean = assignment.find((id) => live.has(id) && isr.includes(id));
  if (clean !== undefined) {
    return { leader: clean, isr: isr.filter((id) => live.has(id)), unclean: false };
  }
  if (!uncleanEnabled) return null;
  const unclean = assignment.find((id) => live.has(id));
  // Election.scala: a leader outside the ISR gets an ISR of just itself.
  return unclean === undefined ? null : { leader: unclean, isr: [unclean], unclean: true };
}

/** Preferred leader if it can lead now: the head of the assignment, alive and in the ISR (PartitionStateMachine.scala). */
export function preferredReplicaLeaderElection(
  assignment: number[],
  isr: number[],
  live: ReadonlySet<number>,
): number | null {
  const head = assignment[0];
  return head !== undefined && live.has(head) && isr.includes(head) ? head : null;
}

/** Leader during a reassignment: first replica of the target assignment alive and in the ISR (PartitionStateMachine.scala). */
export function reassignPartitionLeaderElection(
  reassignment: number[],
  isr: number[],
  live: ReadonlySet<number>,
): number | null {
  return reassignment.find((id) => live.has(id) && isr.includes(id)) ?? null;
}

/** Leader when the current one shuts down cleanly: first replica alive, in the ISR and not shutting down (PartitionStateMachine.scala). */
export function controlledShutdownLeaderElection(
  assignment: number[],
  isr: number[],
  live: ReadonlySet<number>,
  shuttingDown: ReadonlySet<number>,
): number | null {
  return assignment.find((id) => live.has(id) && isr.includes(id) && !shuttingDown.has(id)) ?? null;
}

/** ISR after a controlled-shutdown election: the shutting-down brokers are dropped (Election.scala leaderForControlledShutdown). */
export function controlledShutdownIsr(isr: number[], shuttingDown: ReadonlySet<number>): number[] {
  return isr.filter((id) => !shuttingDown.has(id));
}

/**
 * Leader and ISR of a new partition: leader = first live replica, ISR = all live replicas in
 * assignment order; null when none is alive (PartitionStateMachine.initializeLeaderAndIsrForPartitions).
 */
export function initialLeaderAndIsr(
  assignment: number[],
  live: ReadonlySet<number>,
): { leader: number; isr: number[] } | null {
  const liveReplicas = assignment.filter((id) => live.has(id));
  const leader = liveReplicas[0];
  return leader === undefined ? null : { leader, isr: liveReplicas };
}

/**
 * The controller taking a dead replica out of the ISR (ZkReplicaStateMachine.doRemoveReplicasFromIsr,
 * K@3.6.2:core/.../controller/ReplicaStateMachine.scala): the leader becomes -1 if it was that
 * replica, and the replica leaves the ISR unless it is the only member, so the ISR is never empty.
 * Partitions whose ISR lacks the replica are left as they are.
 */
export function removeReplicaFromIsr(
  leader: number,
  isr: number[],
  replica: number,
): { leader: number; isr: number[] } {
  if (!isr.includes(replica)) return { leader, isr: [...isr] };
  return {
    leader: leader === replica ? NO_LEADER : leader,
    isr: isr.length === 1 ? [...isr] : isr.filter((id) => id !== replica),
  };
}

/** A partition as the auto-rebalance check sees it; `key` is any stable id such as `orders-0`. */
export interface RebalancePartition {
  key: string;
  assignment: number[];
  leader: number;
  isr: number[];
}

/**
 * `KafkaController.checkAndTriggerAutoLeaderRebalance`: group partitions by preferred replica;
 * for each broker whose share of partitions led by someone else (a leaderless partition counts)
 * exceeds leader.imbalance.per.broker.percentage, return those partitions whose preferred replica is
 * alive and in the ISR. Keys come back in input order.
 */
export function partitionsToRebalance(
  partitions: RebalancePartition[],
  live: ReadonlySet<number>,
  imbalancePercentage = 10,
): string[] {
  const byPreferred = new Map<number, RebalancePartition[]>();
  for (const p of partitions) {
    const preferred = p.assignment[0];
    if (preferred === undefined) continue;
    const group = byPreferred.get(preferred) ?? [];
    group.push(p);
    byPreferred.set(preferred, group);
  }
  const chosen = new Set<string>();
  for (const [broker, group] of byPreferred) {
    const notPreferred = group.filter((p) => p.leader !== broker);
    // Kafka compares doubles, notPreferred/total > pct/100; cross-multiplying is the same test
    // without rounding (both sides of an equality round to the same double).
    if (notPreferred.length * 100 > imbalancePercentage * group.length) {
      for (const p of notPreferred) {
        if (preferredReplicaLeaderElection(p.assignment, p.isr, live) !== null) chosen.add(p.key);
      }
    }
  }
  return partitions.filter((p) => chosen.has(p.key)).map((p) => p.key);
}
