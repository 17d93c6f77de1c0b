// The unpacked kafka_2.13-3.6.2.tgz: its top-level entries, bin/ scripts, the shipped config files
// and a short libs/ listing. Teaching simplification: script and jar sizes are illustrative, and
// only the five config files the course edits are reproduced (with their verbatim text).
import type { FileNode } from './filesTypes';
import { KAFKA_36_SCRIPTS } from './shellScripts';
import {
  CONSUMER_PROPERTIES,
  LOG4J_PROPERTIES,
  PRODUCER_PROPERTIES,
  SERVER_PROPERTIES,
  ZOOKEEPER_PROPERTIES,
} from './shippedConfigs';

function text(t: string): FileNode {
  return { kind: 'file', text: t, size: new TextEncoder().encode(t).length };
}

function opaque(size: number, note: string): FileNode {
  return { kind: 'file', text: null, size, note };
}

/** Kafka 3.6.2 libs (a few of its ~100 jars; ZooKeeper 3.8.4 per gradle/dependencies.gradle). */
const LIBS = [
  'kafka-clients-3.6.2.jar',
  'kafka-group-coordinator-3.6.2.jar',
  'kafka-metadata-3.6.2.jar',
  'kafka-raft-3.6.2.jar',
  'kafka-server-common-3.6.2.jar',
  'kafka-storage-3.6.2.jar',
  'kafka-tools-3.6.2.jar',
  'kafka_2.13-3.6.2.jar',
  'zookeeper-3.8.4.jar',
  'zookeeper-jute-3.8.4.jar',
];

function build(): Record<string, FileNode> {
  const files: Record<string, FileNode> = {
    '': { kind: 'dir' },
    LICENSE: opaque(
      14953,
      'LICENSE: the Apache License, Version 2.0, and the licenses of bundled libraries (not reproduced here).',
    ),
    NOTICE: opaque(
      28184,
      'NOTICE: the notices of Apache Kafka and its bundled libraries (not reproduced here).',
    ),
    'bin/windows': { kind: 'dir' },
    licenses: { kind: 'dir' },
    'site-docs/kafka_2.13-3.6.2-site-docs.tgz': opaque(
      3180000,
      'kafka_2.13-3.6.2-site-docs.tgz is a binary archive (the documentation site).',
    ),
    'config/server.properties': text(SERVER_PROPERTIES),
    'config/zookeeper.properties': text(ZOOKEEPER_PROPERTIES),
    'config/producer.properties': text(PRODUCER_PROPERTIES),
    'config/consumer.properties': text(CONSUMER_PROPERTIES),
    'config/log4j.properties': text(LOG4J_PROPERTIES),
  };
  for (const script of KAFKA_36_SCRIPTS) {
    files[`bin/${script}`] = opaque(
      script === 'kafka-run-class.sh' ? 10500 : 950,
      `bin/${script} is a shell script of Kafka 3.6.2 (it starts a Java class through kafka-run-class.sh); this simulator runs it but does not show its text.`,
    );
  }
  for (const jar of LIBS) {
    files[`libs/${jar}`] = opaque(
      jar.startsWith('kafka_2.13') ? 6200000 : 1500000,
      `libs/${jar} is a binary Java archive.`,
    );
  }
  return files;
}

/** Paths relative to the Kafka directory ('' is the directory itself). */
export const INSTALL_FILES: Readonly<Record<string, FileNode>> = build();
