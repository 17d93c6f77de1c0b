// How often clients refresh metadata without being asked to.

/**
 * metadata.max.age.ms (CommonClientConfigs, default 300000): a client refreshes its metadata at
 * least this often, which is how producers and consumers learn of partitions added to a topic.
 */
export const METADATA_MAX_AGE_MS = 300000;
