// English text of the lesson `core-concepts`.
export const coreConcepts = {
  steps: {
    cast: {
      body: 'This chapter is about how Kafka is built and how it works. First, the cast: seven parts you will meet again in every lesson.\n\n- **producer** and **consumer**: the applications that write and read\n- **topic** and **partition**: where records are kept\n- **broker** and **cluster**: the servers that keep them\n- **ZooKeeper**: the service that manages the cluster\n\nThe diagram shows all of them, live. Each card below names one. You will meet each one by doing something with it.',
    },
    producer: {
      body: 'A **producer** is an application that sends messages (Kafka calls them **records**) to a broker.\n\nIn the diagram, `producer-1` is a producer. Right now it sends nothing on its own. You will send a record through it by hand.',
      task: 'In **Produce a record**, type any **Value** and press **Send**.',
      hint: 'The form is under the diagram. **Key (optional)** can stay empty.',
      done: 'The producer sent your record to a broker, and the broker acknowledged it. The **Producer** view shows your record: its partition, its offset, and **acknowledged**.',
    },
    'topic-partition': {
      body: 'Your record went to the **topic** `orders`. A topic is a named, logical place for records: like the **address on a parcel**, it says where a record belongs, not where it physically sits.\n\nA topic is split into **partitions**: `orders-0`, `orders-1`, `orders-2`. A partition is like a **parcel warehouse**, or a queue: records are kept in it in the order they arrive. Partitions let Kafka work in parallel: each can live on a different broker and be read by a different consumer.\n\nThe highlighted chips are the partitions. Each one also has copies on the other brokers (replicas, chapter 3).',
    },
    consumer: {
      body: 'A **consumer** is an application that reads records from the brokers. Consumers work in a **consumer group**: here, the group `orders-app`.\n\nReading does not remove a record. The group remembers how far it has read in each partition (its position) and asks for what comes next. The **Position** column of the **Consumer groups** view shows it.',
      task: 'Send one more record, and watch `orders-app` read it.',
      hint: 'Type a **Value** in **Produce a record** and press **Send**. The goal is met when the group’s **Position** in your record’s partition passes the record’s offset.',
      done: 'The consumer group read your record from the broker.',
    },
    broker: {
      body: 'A **broker** is a Kafka server. It stores partitions and answers producers and consumers. This cluster has three: brokers 1, 2 and 3.\n\nWhat happens when one of them dies?',
      task: 'Crash broker 2 (its **Crash** button, labelled “Crash broker 2”).',
      hint: 'The **Brokers** list under the diagram has one row per broker.',
      done: 'Broker 2 is down. It led `orders-2`: for now, nobody serves that partition.',
    },
    zookeeper: {
      body: '**ZooKeeper** is a distributed coordination service that manages Kafka’s cluster. Every broker keeps a session with it, and registers itself with an ephemeral znode `/brokers/ids/<id>`.\n\nA dead broker stops sending heartbeats. After `zookeeper.session.timeout.ms` (18 s, Kafka’s default) its session expires and its znode disappears. The controller sees that and moves the broker’s leaderships to the brokers that are still alive.',
      task: 'Press Play (if paused) and wait until ZooKeeper notices that broker 2 is gone and `orders-2` has a new leader.',
      hint: 'Speed up time with the speed selector: the session takes 18 s of simulated time to expire.',
      done: 'ZooKeeper dropped broker 2’s znode, and every partition has a live leader again.',
    },
    cluster: {
      body: 'A **cluster** is the group of Kafka servers that work together. One broker is down, but the cluster still has the data (every partition has copies on the other brokers) and still serves every partition.',
      task: 'Send one more record while broker 2 is down.',
      hint: 'Type a **Value** in **Produce a record** and press **Send**.',
      done: 'The cluster kept going without broker 2. That is the point of a cluster: no single server is essential.',
    },
  },
};
