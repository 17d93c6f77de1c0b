// The order in which kafka-leader-election.sh prints partitions: it collects them in Scala 2.13
// mutable.HashSet / HashMap (LeaderElectionCommand.electLeaders) and prints them in table order.

/** java.lang.String.hashCode. */
function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** org.apache.kafka.common.TopicPartition.hashCode. */
export function topicPartitionHash(topic: string, partition: number): number {
  const withPartition = (31 + partition) | 0;
  return (Math.imul(31, withPartition) + stringHash(topic)) | 0;
}

/**
 * Iteration order of a Scala 2.13 mutable.HashSet (or HashMap) holding `items`: a table of 16
 * buckets that doubles when an add would reach 3/4 full, buckets scanned in index order, each kept
 * sorted by the improved hash `h ^ (h >>> 16)`. From memory of scala/collection/mutable/HashSet.scala.
 */
export function scalaHashOrder<T>(items: readonly T[], hash: (item: T) => number): T[] {
  let buckets = 16;
  for (let count = 0; count < items.length; count++) {
    if (count + 1 >= Math.floor(buckets * 0.75)) buckets *= 2;
  }
  const keyed = items.map((item) => {
    const h = hash(item);
    const improved = h ^ (h >>> 16);
    return { item, improved, index: improved & (buckets - 1) };
  });
  keyed.sort((a, b) => a.index - b.index || a.improved - b.improved);
  return keyed.map((k) => k.item);
}
