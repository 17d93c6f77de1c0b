// Iteration order of Java's HashMap/HashSet, which the sticky assignors' results depend on.
import { javaStringHashCode } from '../javaHash';
import type { TopicPartition } from './types';

/** `HashMap.hash`: the hashCode with its high half folded into the low half (JDK 8+). */
function spread(h: number): number {
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Table size of a `new HashMap<>()` after `size` puts: starts at 16 and doubles whenever size
 * exceeds 0.75 of it (HashMap.putVal/resize). Buckets of 8+ colliding keys, which would also
 * resize or treeify, are ignored: they need deliberately colliding keys.
 */
export function javaHashMapCapacity(size: number): number {
  let cap = 16;
  while (size > cap * 0.75) cap *= 2;
  return cap;
}

/**
 * Keys in the order a Java HashMap filled by `put` in `keys` order iterates them: by bucket
 * (spread(hash) & (capacity − 1)), and within a bucket in insertion order (resizes keep it).
 */
export function javaHashMapOrder<T>(keys: readonly T[], hash: (key: T) => number): T[] {
  const mask = javaHashMapCapacity(keys.length) - 1;
  return keys
    .map((key, i) => ({ key, i, bucket: spread(hash(key)) & mask }))
    .sort((a, b) => a.bucket - b.bucket || a.i - b.i)
    .map((e) => e.key);
}

/** String keys, hashed with Java's String.hashCode. */
export function javaStringHashMapOrder(keys: readonly string[]): string[] {
  return javaHashMapOrder(keys, javaStringHashCode);
}

/** `TopicPartition.hashCode` (3.6.2): 31·(31·1 + partition) + topic.hashCode(), in int32. */
export function topicPartitionHashCode(tp: TopicPartition): number {
  return (Math.imul(31, 31 + tp.partition) + javaStringHashCode(tp.topic)) | 0;
}
