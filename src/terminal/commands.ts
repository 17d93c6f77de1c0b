// The programs this terminal runs: each simulated bin/ script and PATH program with its option names
// (for Tab), and the handler of each foreground process kind.
import type { ProcessHandlers, ProgramEntry, Registry } from './commandsTypes';
import {
  CONSOLE_CONSUMER_OPTION_NAMES,
  consoleConsumerProcess,
  kafkaConsoleConsumer,
} from './consoleConsumerRun';
import {
  CONSOLE_PRODUCER_OPTION_NAMES,
  consoleProducerProcess,
  kafkaConsoleProducer,
} from './consoleProducer';
import { CONSUMER_GROUPS_OPTION_NAMES } from './commandsConsumerGroups';
import { zookeeperShellOperands } from './commandsZookeeperShell';
import { kafkaConsumerGroups } from './consumerGroups';
import { listDir } from './files';
import { KAFKA_CONFIGS_OPTION_NAMES, kafkaConfigs } from './kafkaConfigs';
import { KAFKA_LEADER_ELECTION_OPTION_NAMES, kafkaLeaderElection } from './kafkaLeaderElection';
import { KAFKA_TOPICS_OPTION_NAMES, kafkaTopics } from './kafkaTopics';
import {
  KAFKA_SERVER_START_OPTION_NAMES,
  KAFKA_SERVER_STOP_OPTION_NAMES,
  kafkaServerStart,
  kafkaServerStop,
} from './serversKafka';
import { kafkaProcess } from './serversKafkaProcess';
import {
  ZOOKEEPER_START_OPTION_NAMES,
  ZOOKEEPER_STOP_OPTION_NAMES,
  zookeeperProcess,
  zookeeperServerStart,
  zookeeperServerStop,
} from './serversZookeeper';
import { BUILTIN_NAMES } from './shellBuiltins';
import { CAT_OPTION_NAMES, cat, LS_OPTION_NAMES, ls } from './shellFiles';
import {
  ZOOKEEPER_SHELL_OPTION_NAMES,
  zookeeperShell,
  zookeeperShellProcess,
} from './zookeeperShell';

const SCRIPTS: Readonly<Record<string, ProgramEntry>> = {
  'kafka-configs.sh': { command: kafkaConfigs, options: KAFKA_CONFIGS_OPTION_NAMES },
  'kafka-console-consumer.sh': {
    command: kafkaConsoleConsumer,
    options: CONSOLE_CONSUMER_OPTION_NAMES,
  },
  'kafka-console-producer.sh': {
    command: kafkaConsoleProducer,
    options: CONSOLE_PRODUCER_OPTION_NAMES,
  },
  'kafka-consumer-groups.sh': {
    command: kafkaConsumerGroups,
    options: CONSUMER_GROUPS_OPTION_NAMES,
  },
  'kafka-leader-election.sh': {
    command: kafkaLeaderElection,
    options: KAFKA_LEADER_ELECTION_OPTION_NAMES,
  },
  'kafka-server-start.sh': {
    command: kafkaServerStart,
    options: KAFKA_SERVER_START_OPTION_NAMES,
    operands: 'files',
  },
  'kafka-server-stop.sh': { command: kafkaServerStop, options: KAFKA_SERVER_STOP_OPTION_NAMES },
  'kafka-topics.sh': { command: kafkaTopics, options: KAFKA_TOPICS_OPTION_NAMES },
  'zookeeper-server-start.sh': {
    command: zookeeperServerStart,
    options: ZOOKEEPER_START_OPTION_NAMES,
    operands: 'files',
  },
  'zookeeper-shell.sh': {
    command: zookeeperShell,
    options: ZOOKEEPER_SHELL_OPTION_NAMES,
    operands: zookeeperShellOperands,
  },
  'zookeeper-server-stop.sh': {
    command: zookeeperServerStop,
    options: ZOOKEEPER_STOP_OPTION_NAMES,
  },
};

const PATH: Readonly<Record<string, ProgramEntry>> = {
  cat: { command: cat, options: CAT_OPTION_NAMES, operands: 'files' },
  ls: { command: ls, options: LS_OPTION_NAMES, operands: 'files' },
};

const HANDLERS: ProcessHandlers = {
  'console-consumer': consoleConsumerProcess,
  'console-producer': consoleProducerProcess,
  kafka: kafkaProcess,
  zookeeper: zookeeperProcess,
  'zookeeper-shell': zookeeperShellProcess,
};

export const DEFAULT_REGISTRY: Registry = {
  scripts: SCRIPTS,
  path: PATH,
  handlers: HANDLERS,
  listDir,
};

/** Every name the terminal runs: built-ins, PATH programs and the simulated bin/ scripts. */
export const TERMINAL_PROGRAMS: readonly string[] = [
  ...BUILTIN_NAMES,
  ...Object.keys(PATH).sort(),
  ...Object.keys(SCRIPTS)
    .sort()
    .map((s) => `bin/${s}`),
];
