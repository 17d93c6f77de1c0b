// Which __consumer_offsets partition, and so which broker, coordinates a consumer group.

/**
 * `coordinatorPartition(groupId, offsetsTopicPartitions = 50)` =
 * `Utils.abs(groupId.hashCode) % offsets.topic.num.partitions`
 * (K@3.6.2:core/.../coordinator/group/GroupMetadataManager.scala partitionFor); the leader of that
 * partition is the group coordinator. It already lived in javaHash.ts (used by the terminal), so
 * this module re-exports the same binding rather than a second copy.
 */
export { coordinatorPartition } from './javaHash';

/** Default `offsets.topic.num.partitions` (K@3.6.2:core/.../coordinator/group/OffsetConfig.scala). */
export const DEFAULT_OFFSETS_TOPIC_PARTITIONS = 50;
