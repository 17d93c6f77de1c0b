// English text of the lesson `coupling-and-scale`.
export const couplingAndScale = {
  steps: {
    decoupled: {
      body: 'The notes name two traits of a messaging system. The first: a **stable structure**. Because the exchange is asynchronous, the systems are **loosely coupled**.\n\nHere `producer-1` writes 6 records per second to the topic `orders`. The application `orders-app` reads them, but it can handle only **5 records per second** per consumer. Neither side knows the other exists: both only know the topic.\n\nThe chart shows records per second produced (green) and consumed (purple). The consumer is a little slower, so its **lag** creeps up.',
    },
    'add-producer': {
      body: 'A second service starts sending orders too. With loose coupling, nobody else has to change.',
      task: 'Press **Add a producer to orders** under the chart.',
      hint: 'The button is in the **Records per second** view. Press Play if time is paused.',
      done: '`producer-2` writes to the same topic, and production doubled to about 12 records per second. The consumer did not change, restart or even notice. It still reads 5 per second, so its lag now grows fast.',
    },
    'scale-claim': {
      body: 'The second trait in the notes: **great scalability** — “add brokers and performance grows linearly”.\n\nWhat Kafka actually does: a topic is split into **partitions**, and the partitions are spread over the brokers. Here `orders` has 3 partitions, and each broker leads one of them (the Leader column). Producers write to each partition’s leader, and consumers read from it, so the work is shared by 3 machines.\n\nSo adding brokers helps only when there are partitions, and clients, to spread onto them. Let’s find the limit from the reading side.',
    },
    'add-consumers': {
      body: 'Within one consumer group, Kafka gives each partition to **one** consumer. More consumers can split the partitions between them and read in parallel.',
      task: 'Press **Add a consumer to orders-app** twice, so the group runs 3 consumers. Then watch the purple line.',
      hint: 'The button is in the **Consumer groups** view. Each press starts one more consumer; the group rebalances and shares out the partitions.',
      done: 'Each consumer now reads one partition, and the group reads about **15 records per second**: three times one consumer. It is faster than the producers, so the lag shrinks.\n\nEach press was a rebalance. In **Consumer groups**, the **Owner** column shows the partitions moving to the new consumers, each in its consumer’s colour.',
    },
    idle: {
      body: 'Will a fourth consumer make it faster still?',
      task: 'Press **Add a consumer to orders-app** once more, for 4 consumers.',
      hint: 'Look at the members list: what does the new consumer read?',
      done: 'The fourth consumer is **idle**: 3 partitions keep at most 3 consumers of a group busy. The throughput did not move. **Partitions are the unit of parallelism.**',
    },
    brokers: {
      body: 'Back to the notes’ claim. Kafka scales **by partitions**: a topic’s partitions spread over the brokers, and the consumers of a group spread over the partitions.\n\nAdding a broker to a running cluster moves nothing by itself. It takes load only when partitions are placed on it: new topics, more partitions, or moving existing ones with `kafka-reassign-partitions.sh`. So throughput grows **roughly** linearly with brokers — when partitions and clients spread evenly over them and nothing else (network, disks) is the bottleneck first.',
    },
  },
};
