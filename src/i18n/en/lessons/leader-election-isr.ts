// English text of the lesson `leader-election-isr`.
export const leaderElectionIsr = {
  steps: {
    intro: {
      body: 'When a partition’s leader dies, the controller picks the next leader: this is **leader election**.\n\nIt does not pick just any replica. It picks from the **ISR** (in-sync replicas): the replicas that are keeping up with the leader. The leader itself is in the ISR too.\n\nHere `orders-0` has four replicas. Look at its row: `Replicas 2,3,4,1` is the assignment order, and the ISR holds all four.',
    },
    isolate: {
      body: 'Let’s make one follower fall behind. Cutting a broker’s network stops its fetches: it can no longer copy the leader.\n\nBe aware that isolation cuts **every** link, including the one to ZooKeeper. After `zookeeper.session.timeout.ms` (18 s) without heartbeats, its session expires and the controller counts it as offline too.',
      task: 'Press **Isolate broker 3**.',
      hint: 'The brokers list has an **Isolate** button on each row; its full name is **Isolate broker 3**.',
      done: 'Broker 3 is cut off. Its log stops growing while the leader keeps appending.',
    },
    shrink: {
      body: 'The leader tracks when each follower last caught up. A follower that has not caught up for `replica.lag.time.max.ms` is out of sync, and the leader removes it from the ISR.\n\nKafka’s default is 30 s; this lesson shortens it to **10 s**, so the leader acts before broker 3’s ZooKeeper session expires.\n\nThe notes say an ISR member has exactly the leader’s data. Nearly: an in-sync follower may trail by a fetch or two. What counts is that it keeps catching up.',
      task: 'Press Play (if paused) and watch the Isr column until broker 3 leaves it.',
      hint: 'It takes about 10 s of virtual time. Speed up time with the speed selector.',
      done: 'The leader shrank the ISR: `isr.shrink` in the timeline. Broker 3 is still in Replicas, but no longer in the ISR.',
    },
    crash: {
      body: 'Now the leader dies. Which replica should take over?\n\nBroker 3 comes right after the leader in the Replicas list. But it is missing records: electing it would throw away data that the ISR holds.',
      task: 'Crash the leader: press **Crash broker 2**.',
      hint: 'Broker 2 leads `orders-0` (the Leader column). Use its **Crash** button.',
      done: 'Broker 2 is down. The controller will notice when its ZooKeeper session expires.',
    },
    elect: {
      body: 'The controller walks the Replicas list in order and takes the **first replica that is alive and in the ISR**.',
      task: 'Press Play (if paused) and wait for the new leader. Detecting the crash takes `zookeeper.session.timeout.ms` (18 s).',
      hint: 'Speed up time, or watch for `leader.elected` in the timeline.',
      done: 'Broker 4 leads now, with a new leader epoch. Broker 2 also left the ISR.',
    },
    order: {
      body: 'Read the row again, left to right along `Replicas 2,3,4,1`:\n\n- broker 2: down;\n- broker 3: not in the ISR, skipped (cut off from ZooKeeper, it is no longer registered either);\n- broker 4: alive and in the ISR: **the new leader**;\n- broker 1: also in sync, but later in the list.\n\nThis is the notes’ rule: with ISR members left, the first in order becomes leader. Order means the assignment order, not the broker id: broker 1 has the smaller id, yet broker 4 won.',
    },
    rejoin: {
      body: 'What about broker 3? When its network comes back, it registers in ZooKeeper again, fetches from the new leader, and catches up.\n\nOnce its log reaches the leader’s high watermark, the leader adds it back to the ISR, at the end of the list.',
      task: 'Press **Reconnect broker 3** and wait until it is back in the Isr column.',
      hint: 'Same row as before: the button now reads **Reconnect**.',
      done: 'Broker 3 caught up and is back in the ISR. It is a follower: leadership does not move back by itself here.',
    },
  },
};
