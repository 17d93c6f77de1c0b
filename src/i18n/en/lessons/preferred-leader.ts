// English text of the lesson `preferred-leader`.
export const preferredLeader = {
  steps: {
    create: {
      body: 'Who leads a partition? It starts when a topic is created: Kafka lays the replicas out over the brokers.\n\nThis cluster has no topics yet. Create one and see where its replicas go.',
      task: 'In **Create a topic**, type the name `payments`, set **Partitions** to 6 and **Replication factor** to 3, then press **Create topic**.',
      hint: 'Any name works. Use at least 3 partitions and a replication factor of 2 or more.',
      done: 'Each partition has its replicas on three brokers. Look at the **Replicas** column.',
    },
    roundRobin: {
      body: 'Kafka assigns replicas **round-robin**: partition 0’s first replica goes on one broker (chosen at random), partition 1’s on the next broker, and so on around the cluster. The other replicas go on the brokers after it, with a shift that changes after each full round.\n\nThe **first replica** of each list is the partition’s **preferred leader**, and at creation it becomes the leader. So the leaders are spread evenly over the brokers.\n\nThe assignment is stored in ZooKeeper, in `/brokers/topics/payments`.',
    },
    crash: {
      body: 'Now take a preferred leader away.',
      task: 'Find the first broker in the **Replicas** of partition 0 (its preferred leader), and press **Crash broker N** for that broker.',
      hint: 'The Brokers list has a **Crash** button on each broker’s row.',
      done: 'It is down. The partitions it led will need new leaders.',
    },
    failover: {
      body: 'The **controller** decides the new leaders, with ZooKeeper: once the dead broker’s session expires (18 s), it picks for each partition the first replica in the list that is alive and in the ISR, and writes it to the partition’s `state` znode.',
      task: 'Press Play if paused, and wait until every partition has a live leader. Speed up time to wait less.',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: 'Leadership moved to the next replica in each list. Now some brokers lead more partitions than others.',
    },
    restart: {
      body: 'What happens when the preferred leader comes back?',
      task: 'Press **Restart broker N** for the broker you crashed.',
      hint: 'Its row in the Brokers list now has a **Restart** button.',
      done: 'It is back, but as a follower: the leaders did not move.',
    },
    rebalance: {
      body: 'The controller checks leader balance every `leader.imbalance.check.interval.seconds`: 300 s by default, **30 s in this lesson** so you wait less. When more than 10% of a broker’s preferred partitions are led elsewhere, it runs a **preferred leader election**: leadership goes back to the first replica, once that replica is in the ISR again.\n\n(`auto.leader.rebalance.enable` is true by default; `kafka-leader-election.sh --election-type preferred` does the same by hand.)',
      task: 'Press Play if paused, and wait until every partition is led by its first replica again (up to 30 s; speed up time to wait less).',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: 'Every partition is led by its preferred leader again, as at creation: the load is balanced.',
    },
  },
};
