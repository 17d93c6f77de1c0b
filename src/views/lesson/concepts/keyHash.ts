// The default partitioner's arithmetic for one key, step by step, so a view can show each number.
import { murmur2, toPositive, utf8 } from '../../../model/algorithms';

export interface KeyHashSteps {
  /** The key's UTF-8 bytes (StringSerializer). */
  bytes: number[];
  /** Utils.murmur2 of the bytes, a signed int32. */
  hash: number;
  /** Utils.toPositive(hash): the sign bit cleared (hash & 0x7fffffff), not Math.abs. */
  positive: number;
  /** positive % numPartitions (BuiltInPartitioner.partitionForKey, KAFKA.md 1.1). */
  partition: number;
}

export function keyHashSteps(key: string, numPartitions: number): KeyHashSteps {
  const bytes = Array.from(utf8(key));
  const hash = murmur2(Uint8Array.from(bytes));
  const positive = toPositive(hash);
  return { bytes, hash, positive, partition: positive % Math.max(1, numPartitions) };
}

/** Bytes as two-digit hex, space separated, e.g. `75 73 65 72`. */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
