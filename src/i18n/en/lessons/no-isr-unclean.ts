// English text of the lesson `no-isr-unclean`.
export const noIsrUnclean = {
  steps: {
    setup: {
      body: 'Topic `payments` has one partition on brokers 2, 3 and 4. Broker 2 leads; 3 and 4 follow. All three are in the ISR.\n\nThe producer uses `acks=all`: a record is acknowledged once every ISR member has it. So far, every acknowledged record is on all three brokers.\n\nWe will break this step by step. To keep the waits short, this lesson sets `zookeeper.session.timeout.ms` to 6 s (Kafka 3.6’s default is 18 s).',
    },
    'first-follower': {
      body: 'First, a follower dies. The leader keeps accepting writes; broker 3’s log stays where it was.',
      task: 'Press **Crash broker 3**, then let time run until broker 3 leaves the Isr column.',
      hint: 'Its session must expire first (6 s here). Press Play if paused.',
      done: 'The ISR is now 2,4. New records are acknowledged once brokers 2 and 4 have them.',
    },
    'second-follower': {
      body: 'Now the other follower dies. The ISR shrinks to the leader alone.\n\nWith `acks=all`, “all” means every member of the ISR: now just broker 2. The default `min.insync.replicas=1` allows that, so the producer keeps getting acknowledgements for records that exist on **one** broker only.\n\nWith `min.insync.replicas=2`, these writes would fail with `NOT_ENOUGH_REPLICAS` instead.',
      task: 'Press **Crash broker 4**, then wait until the ISR is just 2 and new records are acknowledged.',
      hint: 'Watch the Isr column and broker 2’s log growing past the others.',
      done: 'Broker 2 alone holds the newest acknowledged records. Broker 4 holds more than broker 3.',
    },
    'leader-dies': {
      body: 'Now the leader dies too. The only ISR member is gone.',
      task: 'Press **Crash broker 2**, then wait until the Leader column shows `none`.',
      hint: 'The controller notices when broker 2’s session expires (6 s here).',
      done: '`Leader: none`. The partition is offline: producers get errors and retry, consumers read nothing.',
    },
    'wait-for-isr': {
      body: 'Kafka does not elect a replica that is out of sync. By default it **waits** until an ISR member returns: here, the old leader broker 2, the last one left in the Isr column.\n\nThis is `unclean.leader.election.enable=false`, the default since Kafka 0.11 (KIP-106). It keeps acknowledged data safe, but the partition stays unavailable.\n\nBring the followers back and see that this is not enough.',
      task: 'Press **Restart broker 3** and **Restart broker 4**. Watch: the Leader column stays `none`.',
      hint: 'Both buttons are in the brokers list. Restart 3 and 4, not 2.',
      done: 'Brokers 3 and 4 are up, yet the partition stays offline: neither is in the ISR.',
    },
    'unclean-on': {
      body: 'If availability matters more than those records, you can allow an **unclean leader election**: an out-of-sync replica may become leader.\n\nThe notes say the follower with the most recent data then leads. Kafka actually takes the **first live replica in the Replicas order**; it does not compare logs. The panel below shows who that will be.',
      task: 'In **Configuration**, choose **Applies to**: `Topic payments (override)`, **Setting**: `unclean.leader.election.enable`, **Value**: `true`, then press **Apply**.',
      hint: 'The broker-wide default works too (`All brokers`). If broker 2 is back already, the partition has a leader: press **Restart this step**.',
      done: 'The controller ran the election again at once: broker 3 leads, and the ISR is just 3.',
    },
    compare: {
      body: 'Look at the comparison. Broker 3 became leader with the shortest log. Broker 4 had more records, but comes after 3 in the list.\n\nEverything past broker 3’s end is gone: records the producer was told were safe. Broker 4 cut its extra records to match its new leader. The same offsets now hold new records.',
    },
    'old-leader': {
      body: 'The old leader still has every record on its disk. When it comes back, does it win?\n\nNo. It returns as a **follower** of the new leader.',
      task: 'Press **Restart broker 2** and watch its log.',
      hint: 'Broker 2’s row in the brokers list has the **Restart** button.',
      done: 'Broker 2 truncated its log to broker 3’s: `log.truncated` in the timeline. Its extra records are deleted.',
    },
    trust: {
      body: '**Kafka trusts the leader’s data absolutely.** A follower copies the leader and deletes whatever the leader does not have, even records that were acknowledged.\n\nThat is why unclean election is off by default. To keep acknowledged records safe, use `acks=all` with `min.insync.replicas=2` and a replication factor of 3.',
    },
  },
};
