// The scripts Kafka 3.6's binary distribution ships in bin/ (kafka_2.13-3.6.2.tgz), so the shell can
// tell a real tool it does not simulate from a file that does not exist.

export const KAFKA_36_SCRIPTS: readonly string[] = [
  'connect-distributed.sh',
  'connect-mirror-maker.sh',
  'connect-plugin-path.sh',
  'connect-standalone.sh',
  'kafka-acls.sh',
  'kafka-broker-api-versions.sh',
  'kafka-cluster.sh',
  'kafka-configs.sh',
  'kafka-console-consumer.sh',
  'kafka-console-producer.sh',
  'kafka-consumer-groups.sh',
  'kafka-consumer-perf-test.sh',
  'kafka-delegation-tokens.sh',
  'kafka-delete-records.sh',
  'kafka-dump-log.sh',
  'kafka-e2e-latency.sh',
  'kafka-features.sh',
  'kafka-get-offsets.sh',
  'kafka-jmx.sh',
  'kafka-leader-election.sh',
  'kafka-log-dirs.sh',
  'kafka-metadata-quorum.sh',
  'kafka-metadata-shell.sh',
  'kafka-mirror-maker.sh',
  'kafka-producer-perf-test.sh',
  'kafka-reassign-partitions.sh',
  'kafka-replica-verification.sh',
  'kafka-run-class.sh',
  'kafka-server-start.sh',
  'kafka-server-stop.sh',
  'kafka-storage.sh',
  'kafka-streams-application-reset.sh',
  'kafka-topics.sh',
  'kafka-transactions.sh',
  'kafka-verifiable-consumer.sh',
  'kafka-verifiable-producer.sh',
  'trogdor.sh',
  'zookeeper-security-migration.sh',
  'zookeeper-server-start.sh',
  'zookeeper-server-stop.sh',
  'zookeeper-shell.sh',
];

/** The one sentence for a real Kafka 3.6 script this simulator does not run. */
export function notSimulated(script: string): string {
  return `${script} is part of Kafka 3.6, but this simulator does not run it.`;
}
