// English text of the lesson `why-kafka`.
export const whyKafka = {
  steps: {
    reasons: {
      body: 'Why do so many companies use Kafka? The notes list five reasons:\n\n- **high performance**\n- **scalability**\n- **fault tolerance**\n- **message retention**: read the data again later\n- **event-driven structure**: many readers of the same data\n\nThis lesson takes them one at a time, on the cluster you know: 3 brokers, the topic `orders` with 3 partitions, `producer-1` and the group `orders-app`.',
    },
    performance: {
      body: '**High performance**: the notes say Kafka handles millions of messages per second. That is a claim about **real hardware**. A well-known LinkedIn benchmark (2014) wrote about 2 million records per second to a cluster of three ordinary machines.\n\nWhere the speed comes from: Kafka appends to the end of files (sequential disk writes), leans on the operating system’s page cache, sends records in batches, and hands data from disk to the network without copying it through the application (zero-copy).\n\nThis simulation runs in your browser, slowed down so you can follow each record: a few records per second, as in the chart. It cannot show that speed, and it will not pretend to.',
    },
    scalability: {
      body: '**Scalability** comes from the distributed structure you saw in “Loose coupling and scale”: a topic’s partitions are spread over the brokers (the Leader column), and the consumers of a group share the partitions. To grow, you add partitions, and brokers to put them on, and consumers to read them.',
    },
    rewind: {
      body: '**Message retention**: Kafka does not delete a record when it is read. It keeps records for a set time (`retention.ms`, 7 days by default) or up to a size, whether anyone read them or not. So a consumer can go back and **read the data again**: to fix a bug and reprocess, or to fill a new database.\n\nA consumer group’s place in the log is just its committed offsets, and `kafka-consumer-groups.sh --reset-offsets` can move them. Kafka allows that only while the group has no running consumers.',
      task: 'Press **Stop consumers of orders-app**, then **Rewind orders-app to offset 0**.',
      hint: 'The rewind button stays disabled while the group has consumers: stop them first.',
      done: 'The group’s committed offsets are 0 on every partition, and its lag is the whole log. Nothing was deleted: the records are all still there.',
    },
    reread: {
      body: 'Now start the application again. It continues from its committed offsets, which are now 0.',
      task: 'Press **Start consumers of orders-app** and watch it read the whole log again.',
      hint: 'The Position column climbs back to the high watermark.',
      done: 'It read every record a second time. Reading does not use records up.',
    },
    'many-readers': {
      body: '**Event-driven structure**: many applications can read the same data. Each consumer group keeps its own offsets, so a new application reads the same stream without taking anything away from the others.',
      task: 'Press **Add a consumer group**, and watch the new group read `orders` from the start.',
      hint: 'The button is under the group cards. The new group starts at the earliest offset.',
      done: 'The new group read all of `orders` on its own, while `orders-app` kept reading at its own place. One stream, two independent readers.',
    },
    fault: {
      body: '**Fault tolerance**: each partition of `orders` has 3 copies (replicas) on 3 brokers: the backups the notes mention. ZooKeeper watches which brokers are alive, and when one dies, the controller makes another replica the leader.\n\nIn this lesson the ZooKeeper session timeout is 6 s (Kafka’s default is 18 s), so a crash is noticed sooner.',
      task: 'Crash any broker: press **Crash** in its row of the **Brokers** list (its full name is “Crash broker N”). Then wait until every partition has a leader again and new records are stored.',
      hint: 'Press Play if time is paused. After about 6 s the controller moves the dead broker’s leaderships to other replicas.',
      done: 'A broker is down, yet every partition has a live leader and the producer’s records are acknowledged again. No acknowledged record was lost.\n\nThe **Producer** view shows what the producer went through: an error while a leader was gone (**Last error**), then its records acknowledged again. Chapter 3 shows how this works in detail.',
    },
  },
};
