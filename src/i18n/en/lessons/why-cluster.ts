// English text of the lesson `why-cluster`.
export const whyCluster = {
  steps: {
    cluster: {
      body: 'A Kafka **cluster** is several brokers working as one. This one has three: brokers 1, 2 and 3.\n\nTwo topics live on them:\n\n- `orders`: 3 partitions, each kept on all three brokers (replication factor 3).\n- `logs`: 1 partition, kept on broker 3 only (replication factor 1).\n\nA producer writes to each. In the Partitions table, **Replicas** lists the brokers that hold a copy of each partition.',
    },
    throughput: {
      body: 'Why several brokers? First, **throughput**: a cluster handles more data at once.\n\nEach partition of `orders` has its leader on a different broker (the **Leader** column). Producers and consumers talk to the leader, so the three brokers share the work. More brokers and partitions, more records handled at the same time.',
    },
    crash: {
      body: 'Now a broker fails. `logs-0` has a single copy, on broker 3. Broker 3 also holds copies of every `orders` partition.\n\nWhat happens to each topic?',
      task: 'Press **Crash broker 3** in the Brokers list.',
      hint: 'The Brokers list is under the diagram: broker 3’s row has a **Crash** button.',
      done: 'Broker 3 is down. Kafka has not noticed yet.',
    },
    available: {
      body: 'Kafka notices a dead broker when its ZooKeeper session expires: after `zookeeper.session.timeout.ms`, 18 seconds by default. Then the partitions that broker 3 led get new leaders, chosen among the brokers that hold a copy.',
      task: 'Press Play if paused, and wait until `logs-0` shows Leader **none** and every `orders` partition has a leader. Speed up time to wait less.',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: '`logs-0` is offline: its only copy is on a dead broker, so nobody can write or read it. `orders` goes on with leaders on brokers 1 and 2. That is **high availability**: one broker fails, and the whole system does not stop.',
    },
    safety: {
      body: 'The records of `logs-0` exist only on broker 3’s disk. Had that disk died, they would be gone for good. The records of `orders` are on three brokers: losing one disk loses nothing. That is **data safety through replication**.\n\nHere broker 3 only crashed and its disk is intact, so `logs-0` can come back — but only with broker 3.',
      task: 'Press **Restart broker 3** and wait for `logs-0` to get a leader again.',
      hint: 'Broker 3’s row in the Brokers list now has a **Restart** button.',
      done: 'Broker 3 is back and leads `logs-0` again. With a single copy, the topic had to wait for that one broker.',
    },
  },
};
