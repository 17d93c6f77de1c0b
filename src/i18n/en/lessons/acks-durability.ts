// English text of the lesson `acks-durability`.
export const acksDurability = {
  steps: {
    acks: {
      body: 'A producer decides when a write counts as done with `acks`:\n\n- `acks=0`: it waits for no answer. Fast, but it never learns whether the record arrived.\n- `acks=1`: the leader answers once **it** has written the record. The followers copy it a moment later.\n- `acks=all`: the leader answers once **every replica in the ISR** has the record. This is the default since Kafka 3.0.\n\nHere `producer-1` writes to `payments` with `acks=1`. Broker 2 leads `payments-0`; brokers 3 and 4 follow, a few milliseconds behind.',
    },
    'leader-dies': {
      body: 'With `acks=1`, the producer hears “written” before any follower has the record. If the leader dies in that gap, the record is gone. The gap is usually a few milliseconds. Let’s widen it: cut the followers off the network for a few seconds.\n\nThey stay in the ISR for a while. A follower may lag for `replica.lag.time.max.ms` (30 s), and ZooKeeper counts a silent broker as dead only after `zookeeper.session.timeout.ms`. This lesson sets that to 30 s (Kafka 3.6: 18 s) to give you time.',
      task: 'At speed 1×, press **Isolate broker 3** and **Isolate broker 4**. Wait 2–3 s: broker 2’s log runs ahead. Then press **Crash broker 2**, and right after it **Reconnect broker 3** and **Reconnect broker 4**. Now wait for the new leader (up to 30 s; speed up time if you like).',
      hint: 'Finish within about 10 s of isolating, or brokers 3 and 4 leave the ISR first; then press **Restart this step** and try again. Reconnect only after the crash: reconnected earlier, the followers catch up and nothing is lost.',
      done: 'Broker 3 leads now, cleanly elected from the ISR. But it never got the records broker 2 acknowledged alone: `data.loss` in the timeline, and a red cross in the invariant monitor.',
    },
    lost: {
      body: 'Look at the invariant monitor: **No acknowledged record lost** is broken. **Show the moment** jumps to when it happened.\n\nNothing went wrong by Kafka’s rules. Broker 3 was in the ISR, so the election was clean. The producer got what `acks=1` promises: the leader’s word only. When broker 2 returns, it cuts its log to match broker 3’s, and those records are gone there too.\n\nThat is the price of `acks=1`: faster answers, and records that can vanish after “written”.',
    },
    'min-isr': {
      body: 'A fresh cluster, now with `acks=all`. The leader answers only once every ISR member has the record.\n\nBut the ISR can shrink. When followers drop out, “all” means fewer replicas. With the leader alone, `acks=all` is no safer than `acks=1`.\n\n`min.insync.replicas` sets a floor. With `acks=all`, the leader refuses a write while the ISR is smaller than it. The default is 1. Set it to 2.',
      task: 'In **Configuration**, choose **Applies to**: `Topic payments (override)`, **Setting**: `min.insync.replicas`, **Value**: `2`, then press **Apply**.',
      hint: 'The broker-wide default (`All brokers`) works too. `min.insync.replicas` only matters for `acks=all`.',
      done: '`payments` now has `min.insync.replicas=2`: a write needs the leader and at least one follower in sync.',
    },
    refuse: {
      body: 'Replication factor 3 with `min.insync.replicas=2` survives one broker down: the leader and one follower still make two.\n\nLose both followers, and the ISR is the leader alone. Now Kafka refuses writes rather than acknowledge records that only one broker holds.',
      task: 'Press **Crash broker 3** and **Crash broker 4**. Then wait until the ISR is just `2` (up to 30 s; speed up time if you like).',
      hint: 'The controller removes a crashed broker from the ISR when its ZooKeeper session expires (30 s here). Watch the Isr column.',
      done: 'The producer gets `NOT_ENOUGH_REPLICAS` and keeps retrying; nothing new is written. The invariant monitor stays green: no acknowledged record is lost. Kafka gave up availability to keep durability. (Writes already waiting when the followers died may fail with another error first.)',
    },
    compare: {
      body: 'The **Durability comparison** runs one failure twice on this cluster: Run A with `acks=1`, Run B with `acks=all` and `min.insync.replicas=2`.\n\nIts first failure is the one you caused: the followers are cut off, then the leader crashes.\n\nPress **Run both** and compare what each run lost; **Why** explains the difference. Then try the other failure, or `acks=0`.',
    },
    'wrap-up': {
      body: 'What to remember:\n\n- `acks=0`: no answer. Any failure can lose records.\n- `acks=1`: the leader’s word. A leader failure can lose acknowledged records.\n- `acks=all`: acknowledged once every ISR member has the record.\n- `min.insync.replicas`: the floor for `acks=all`. Below it, writes are refused with `NOT_ENOUGH_REPLICAS`. It does nothing for `acks=0` or `acks=1`.\n\nThe usual durable setup: replication factor 3, `min.insync.replicas=2`, `acks=all`, and unclean leader election off. One broker can fail with no effect. With two down, writes stop instead of being lost.',
    },
  },
};
