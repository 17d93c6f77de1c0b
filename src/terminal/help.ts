// What `help` prints: our own short words on what runs in this terminal. One constant, so a view can
// show a translated version later; the shell's own messages stay English, as on a real machine.

export const HELP_LINES: readonly string[] = [
  'This terminal is a simulated Linux shell in ~/kafka_2.13-3.6.2 (Kafka 3.6.2, ZooKeeper mode).',
  'Its commands drive the simulated cluster; Kafka tools print what Kafka prints.',
  '',
  'Kafka tools (run them as bin/<name>):',
  '  zookeeper-server-start.sh, zookeeper-server-stop.sh    start or stop ZooKeeper',
  '  kafka-server-start.sh, kafka-server-stop.sh            start or stop a broker',
  '  kafka-topics.sh                                        create, list, describe, alter topics',
  '  kafka-configs.sh                                       read and change topic or broker configs',
  '  kafka-console-producer.sh                              type messages into a topic',
  '  kafka-console-consumer.sh                              print the messages of a topic',
  '  kafka-consumer-groups.sh                               list, describe, reset consumer groups',
  '  kafka-leader-election.sh                               move leadership back to preferred replicas',
  '  zookeeper-shell.sh                                     browse the znodes ZooKeeper keeps',
  '',
  'Shell commands: cat, ls, cd, pwd, echo, clear, history, help, exit.',
  'Tab completes commands, options, topics, groups and file names; Ctrl+C stops a running tool.',
];
