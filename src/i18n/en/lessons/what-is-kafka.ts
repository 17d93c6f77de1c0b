// English text of the lesson `what-is-kafka`.
export const whatIsKafka = {
  steps: {
    distributed: {
      body: 'Kafka is a **distributed** messaging system, built for large volumes of data.\n\nDistributed means it runs on several servers that work as one. Here there are three.',
    },
    broker: {
      body: 'Each server is a **Kafka broker**: a server that stores Kafka’s messages and serves the producers and consumers.\n\nThe view below lists the three brokers and their state. Every broker runs the same Kafka software; what differs is which data each one holds.',
    },
    topic: {
      body: 'Messages are organised by **topic**: a logical unit, best thought of as a **category**. Like the address on a parcel, the topic says where a message belongs.\n\n`producer-1` writes orders to the topic `orders`, and the group `orders-app` reads the topic `orders`. Neither names a broker.\n\nThe table lists the topic `orders` in 3 pieces, each on its own broker (the Leader column).',
    },
    'fan-out': {
      body: 'Kafka stores a topic in pieces called **partitions**: the unit of storage. Think of each partition as one parcel warehouse. The partitions of `orders` are spread over the brokers.\n\nA record with a **key** goes to the partition that the key’s hash picks (murmur2), so records with the same key always land in the same partition.\n\nThe **Producer** view lists each record with its partition (P0, P1, P2), in the colour of the broker that stores it. `producer-1` also sends records on its own; yours carry your values.',
      task: 'Send 3 records to `orders` with the keys `alice`, `dave` and `carol` (any values).',
      hint: 'In **Produce a record**, keep the topic `orders`, type a key and a value, and press **Send**. Repeat for each key.',
      done: 'The records landed in different partitions, on different brokers: the topic’s data is spread over the cluster.',
    },
    'create-topic': {
      body: 'Now make a topic of your own. When a topic is created, Kafka decides which broker stores each of its partitions.',
      task: 'Create a topic named `payments` with **3** partitions and replication factor **1**, then press **Create topic**.',
      hint: 'Fill in **Topic name**, **Partitions** and **Replication factor** in the **Create a topic** form. Replication (more copies of each partition) comes in chapter 3.',
      done: 'Kafka placed the partitions on the brokers in turn, round-robin. Each partition got a leader: the broker that stores it and serves it.',
    },
    parallel: {
      body: 'Partitions are also the unit of **parallel processing**. Consumers of one group split a topic’s partitions between them, and each reads its own partitions at the same time as the others.',
      task: 'Press **Add a consumer to orders-app**.',
      hint: 'The button is in the **Consumer groups** view. Then look at what each consumer reads.',
      done: 'The two consumers share the 3 partitions of `orders` and read them in parallel. More partitions allow more consumers working at once.',
    },
  },
};
