// Kafka's pure algorithms for the model: hashing, randomness, placement, elections, names, group coordination and partition assignors.
export * from './murmur2';
export * from './prng';
export * from './replicaAssignment';
export * from './stickyPartitioner';
export * from './election';
export * from './hash';
export * from './javaHash';
export * from './topicName';
export * from './segmentNames';
export * from './groupCoordinator';
export * from './assignors';
