// English text of the lesson `first-topic`.
export const firstTopic = {
  steps: {
    create: {
      body: 'ZooKeeper runs in terminal 1 and broker 0 in terminal 2, as the last lesson left them. Terminal 3 is free for commands.\n\nEvents live in a **topic**. Create one with `kafka-topics.sh`. `--bootstrap-server` tells the tool where a broker listens.',
      task: 'In terminal 3, type `bin/kafka-topics.sh --create --topic quickstart-events --bootstrap-server localhost:9092`.',
      hint: 'Click the **Terminal 3** tab (or press **+**), then type the command. Tab completes flags.',
      done: '`Created topic quickstart-events.` It appears in the diagram. No `--partitions` given, so it got `num.partitions` from the broker: 1.',
    },
    describe: {
      body: '`--describe` shows each partition: its **leader**, its **replicas**, and its **ISR** (in-sync replicas). With one broker, all three are broker 0.',
      task: 'Type `bin/kafka-topics.sh --describe --topic quickstart-events --bootstrap-server localhost:9092`.',
      hint: 'Press ↑ to get the create command back, and change `--create` to `--describe`.',
      done: '`Leader: 0  Replicas: 0  Isr: 0`. The same table is drawn below the terminal. `--list` would print just the names.',
    },
    produce: {
      body: 'The **console producer** sends each line you type as one event. It keeps reading lines until you press Ctrl+C.',
      task: 'Type `bin/kafka-console-producer.sh --topic quickstart-events --bootstrap-server localhost:9092`. At the `>` prompt, type two events, for example `This is my first event` and `This is my second event`.',
      hint: 'After the producer starts, each line you type and send with Enter is one event.',
      done: 'Two events are in the partition’s log, at offsets 0 and 1. Watch the log view: the high watermark moved.',
    },
    consume: {
      body: 'The **console consumer** prints events as it reads them. By default it starts at the end and waits for new events. `--from-beginning` starts at the first offset instead.',
      task: 'Press Ctrl+C to stop the producer. Then type `bin/kafka-console-consumer.sh --topic quickstart-events --from-beginning --bootstrap-server localhost:9092`.',
      hint: 'Ctrl+C stops the running command in the active terminal. Then type the consumer command.',
      done: 'Both events are printed. Events stay in Kafka after they are read: run the consumer again and it reads them again.',
    },
    group: {
      body: 'A consumer with `--group` joins a **consumer group**. The group stores how far it has read: its committed offset. Stop the consumer and the offsets stay in Kafka.',
      task: 'Ctrl+C the consumer. Run it again with `--group quickstart-group`, wait for the events, Ctrl+C. Then type `bin/kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group quickstart-group`.',
      hint: 'Add `--group quickstart-group` to the consumer command. The describe shows CURRENT-OFFSET, LOG-END-OFFSET and LAG.',
      done: 'CURRENT-OFFSET is where the group will go on; LAG is how many events it has not read yet. Produce more events and describe again: the lag grows.',
    },
    wrap: {
      body: 'You did the Kafka quickstart: start ZooKeeper and a broker, create a topic, write events, read them, and see a group’s offsets.\n\nTry more in the terminal: `--list`, `--property print.key=true`, or `bin/kafka-server-stop.sh` and watch the partition go offline.',
    },
  },
};
