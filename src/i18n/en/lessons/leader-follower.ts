// English text of the lesson `leader-follower`.
export const leaderFollower = {
  steps: {
    replicas: {
      body: 'Now, how the data is spread. A partition (the parcel warehouse) keeps **replicas**: copies of its data on different brokers, so the data survives when one broker fails.\n\n`orders-0` has three replicas, on brokers 3, 1 and 2. The log view below shows each replica’s log side by side, one column per offset.',
    },
    leader: {
      body: 'One replica is the **leader**: here, broker 3’s. Producers send records to the leader only, and consumers read from the leader.\n\n(Since Kafka 2.4 a consumer may be configured to read from a nearby follower; by default it reads from the leader.)',
    },
    followers: {
      body: 'The other replicas are **followers**. They do not talk to clients. Each keeps sending `Fetch` requests to the leader and appends what it receives: a copy kept up to date continuously.\n\n**LEO** (log end offset) marks the next offset a replica will write. A follower’s LEO trails the leader’s by one fetch.',
    },
    highWatermark: {
      body: 'The leader tracks how far each in-sync follower (the **ISR**) has copied. The **high watermark (HW)** is the offset they have all reached.\n\nConsumers read only the records below the HW: a record is committed once every in-sync replica has it. While all is well, the HW follows the LEO closely.',
    },
    stopFollower: {
      body: 'Now stop a follower. The leader keeps taking records, but it cannot move the HW past them: broker 2 is still in the ISR and has not copied them.',
      task: 'Press **Crash broker 2**, then watch the leader’s row: records pile up above the HW.',
      hint: 'Broker 2’s row in the Brokers list has a **Crash** button.',
      done: 'Those records are on the leader (and on broker 1), but above the HW. The consumer group cannot read them yet, and the producer (acks=all) has no acknowledgement for them.',
    },
    shrink: {
      body: 'Kafka does not wait forever. When broker 2’s ZooKeeper session expires (18 s), the controller removes it from the ISR. A follower that is alive but too slow is dropped by the leader after `replica.lag.time.max.ms` (30 s).\n\nWith a smaller ISR, the HW can move again.',
      task: 'Press Play if paused, and wait until broker 2 leaves the ISR and the HW moves on. Speed up time to wait less.',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: 'The ISR is now 3,1. The HW jumped over the waiting records: the consumer read them and the producer got its acknowledgements.',
    },
    catchUp: {
      body: 'A follower that comes back copies what it missed from the leader, then rejoins the ISR.',
      task: 'Press **Restart broker 2** and wait for it to rejoin the ISR.',
      hint: 'Broker 2’s row in the Brokers list now has a **Restart** button.',
      done: 'Broker 2 fetched the missing records, reached the leader’s HW and is back in the ISR.',
    },
  },
};
