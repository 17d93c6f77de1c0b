// English text of the lesson `consumer-groups`.
export const consumerGroups = {
  steps: {
    members: {
      body: 'A **consumer group** is one application reading a topic, run as several **consumers** (its members). They share the work: within the group, each partition goes to exactly one member.\n\nHere `orders-app` runs two consumers over the 4 partitions of `orders`. One broker is the group’s **coordinator**. When a member joins or leaves, it starts a **rebalance**: a new **generation** with a new assignment.\n\nThe **assignor** named in `partition.assignment.strategy` decides who gets what. Kafka 3’s default list is `range, cooperative-sticky`; the members vote, and `range` wins. Range gives each member a block of neighbouring partitions.',
    },
    join: {
      body: 'Start a third consumer. The group has to share out the partitions again.',
      task: 'Press **Add a consumer to orders-app**.',
      hint: 'The button is in the **Consumer groups** view, under the group’s offsets.',
      done: 'A rebalance: the generation went up, and range split the 4 partitions 2, 1 and 1. Every partition still has exactly one owner. Range is **eager**: during the rebalance every member gave up all its partitions, then started again from the committed offsets.',
    },
    leave: {
      body: 'Now one consumer goes away: the application scales down, or an instance crashes. (A crashed consumer is noticed only when its heartbeats stop for `session.timeout.ms`, 45 s in Kafka 3. You will try that later in this lesson.)',
      task: 'Press **Remove a consumer from orders-app**.',
      hint: 'Same view as before. The group keeps at least one consumer here.',
      done: 'Another rebalance: its partitions went to the members left. The leaving consumer committed its positions as it closed, so the others continue exactly where it stopped.',
    },
    stop: {
      body: 'How far a group has read in each partition is its **committed offset**: the next offset to read, which Kafka keeps in `__consumer_offsets`. Consumers commit as they go (`enable.auto.commit`, every 5 s by default).\n\n**Lag** is how far behind the group is: the partition’s end (its high watermark) minus the committed offset.\n\nStop the whole application. The producer keeps writing.',
      task: 'Press **Stop consumers of orders-app** and watch the lag grow to 8 or more.',
      hint: 'The group’s line shows the total lag; its offsets show it per partition. Press Play if time is paused.',
      done: 'The group is `Empty`: no member runs. Its committed offsets stay in Kafka, and the new records wait in the partitions.',
    },
    resume: {
      body: 'Start the application again. Where will it begin: at the start of the topic, at its end, or where it stopped?',
      task: 'Press **Start consumers of orders-app** and watch the lag.',
      hint: 'The button is where **Stop consumers of orders-app** was.',
      done: 'It continued from the committed offsets: it read the records that waited, none twice, and caught up. The lag left is read but not committed yet (hatched); the next auto-commit clears it. `auto.offset.reset` applies only to a group with no committed offset.',
    },
    cooperative: {
      body: 'A new run: the same group, now with `partition.assignment.strategy=cooperative-sticky`.\n\nIt leaves as many partitions where they are as it can. The others move in **two rounds**: first the old owner **revokes** the partition, then a follow-up rebalance hands it to the new owner. Meanwhile the other members keep reading, and no partition ever has two owners.\n\nThis run’s network is slowed to 200 ms a hop, so you can see the two rounds.',
      task: 'At speed 1×, press **Add a consumer to orders-app**. Watch the members list for **revoking**.',
      hint: 'The first round lasts under a second. If you missed it, press **Restart this step** and watch again.',
      done: 'Two generations: in the first, one member revoked a partition while the others kept reading; in the second, the new consumer got it. At every moment, each partition had one owner.',
    },
    coordinator: {
      body: 'A new run: two consumers again, with `range`. Who runs the rebalances? One broker: the group’s **coordinator**.\n\nIt is the leader of one partition of the internal topic `__consumer_offsets`, picked from the group id: `abs(hashCode("orders-app")) % 50` = 5. Partition 5 is led by **broker 3**. The group’s committed offsets are stored there too.\n\nA new consumer asks **FindCoordinator**, then sends **JoinGroup** and **SyncGroup** to broker 3. Once in the group, each member sends it a **Heartbeat** every `heartbeat.interval.ms` (3 s). The network is slowed to 200 ms a hop again, so you can follow them.',
      task: 'At speed 1×, press **Add a consumer to orders-app**. Watch its messages go to broker 3, then the heartbeats.',
      hint: 'In the diagram, the group’s messages travel between `orders-app` and broker 3. Each member’s bar in **Consumer groups** restarts with every heartbeat.',
      done: 'The new consumer joined through broker 3 and got its partitions. Since then every member has sent broker 3 a heartbeat. Each member’s bar shows the time since its last one.',
    },
    crash: {
      body: 'Now a consumer dies without a word (`kill -9`, or a power cut). It sends no **LeaveGroup**, so the coordinator does not know.\n\nThe coordinator waits for its heartbeat. Only after `session.timeout.ms` without one (**45 s**, the default since Kafka 3.0) does it remove the member and rebalance. Until then, nobody reads the dead member’s partitions.',
      task: 'Press **Crash** on one of the consumers. Then speed up time (20× or 60×) and watch its clock run out.',
      hint: 'The **Crash** buttons are on each member’s line in **Consumer groups**. The bar under the crashed member counts down to its removal.',
      done: 'For 45 s the dead consumer kept its partitions. Then its session expired: the coordinator removed it, and the rebalance gave its partitions to the others. They continue from the committed offsets.',
    },
    commit: {
      body: 'One more run, with `enable.auto.commit=false`: the application commits only when it decides to (`commitSync()`), for example after saving its results.\n\nWatch **Position** and **Committed**. The position moves on as the consumers read, but nothing is committed yet, so the lag shows `-`.',
      task: 'Let the consumers read for a few seconds, then press **Commit now (orders-app)**.',
      hint: 'The button is in the group’s card. Each consumer sends an **OffsetCommit** with its positions to broker 3.',
      done: 'Each consumer committed its positions: **Committed** has numbers now, and so does the lag (high watermark − committed). Until the next commit, the position runs ahead again: the hatched part of the bar. If a consumer crashed now, the next owner of its partitions would read those records again.',
    },
    assignors: {
      body: 'The four assignors Kafka ships:\n\n- `range`: per topic, a block of neighbouring partitions for each member.\n- `roundrobin`: all partitions dealt out one at a time.\n- `sticky`: balanced, and keeps partitions where they were; still eager.\n- `cooperative-sticky`: the same goal, moved in two rounds without stopping the group.\n\nWhatever the assignor, a group keeps the same rules. A partition has one owner in the group. Consumers beyond the partition count sit idle. Committed offsets carry the group across restarts and rebalances. A member stays in the group only while the coordinator hears its heartbeats. Another group reads the same topic on its own, with its own offsets.',
    },
  },
};
