// Java's String.hashCode and the coordinator lookup built on it: which broker coordinates a group.

/** Java `String.hashCode`: s[0]·31^(n−1) + … + s[n−1] over UTF-16 code units, wrapping as int32. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  }
  return h;
}

/** Kafka's `Utils.abs`: Integer.MIN_VALUE maps to 0, otherwise Math.abs (Utils.java; not toPositive). */
export function javaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

/**
 * The `__consumer_offsets` partition whose leader coordinates `groupId`:
 * `Utils.abs(groupId.hashCode) % offsets.topic.num.partitions` (default 50)
 * (K@3.6.2:core/.../coordinator/group/GroupMetadataManager.scala partitionFor).
 */
export function coordinatorPartition(groupId: string, numPartitions = 50): number {
  return javaAbs(javaStringHashCode(groupId)) % numPartitions;
}
