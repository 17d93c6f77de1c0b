// English text of the lesson `zookeeper-roles`.
export const zookeeperRoles = {
  steps: {
    coordinator: {
      body: 'Kafka in ZooKeeper mode (the mode of these notes) uses **ZooKeeper** to manage its cluster. ZooKeeper is a **coordination service**: a small, reliable store that the parts of a distributed system use to agree on shared facts.\n\nIt keeps data in a tree of **znodes**, like files in folders. The ZooKeeper panel shows this cluster’s tree.\n\n(Newer Kafka can run without ZooKeeper, in KRaft mode; Kafka 4.0 removed ZooKeeper mode.)',
    },
    shared: {
      body: 'Role 1: **shared resources**. The data every broker needs lives here:\n\n- `/brokers/topics/orders`: which brokers hold each partition,\n- `/brokers/topics/orders/partitions/0/state`: its leader, ISR and leader epoch,\n- `/config/topics/orders`: the topic’s settings.\n\nSelect a znode in the tree to see its data.',
    },
    sessions: {
      body: 'Role 2: **health checks**. Each broker opens a ZooKeeper **session** and sends a heartbeat every 6 s. It registers as `/brokers/ids/N`, an **ephemeral** znode: it lives only as long as its session.\n\nWatch the countdown beside each broker’s znode: every heartbeat resets it. If heartbeats stop for `zookeeper.session.timeout.ms` (18 s), the session expires.',
    },
    crash: {
      body: 'What happens when a broker stops? Crash one and watch its znode.',
      task: 'Press **Crash broker 2**.',
      hint: 'Broker 2’s row in the Brokers list has a **Crash** button.',
      done: 'Broker 2 is down and its heartbeats have stopped. ZooKeeper does not know yet: its countdown keeps running.',
    },
    expire: {
      body: 'ZooKeeper waits for the session timeout. Then it expires the session and deletes every ephemeral znode the session owned.\n\nThe controller set a **watch** on `/brokers/ids`: ZooKeeper tells it at once that the children changed, and the controller handles the dead broker.',
      task: 'Press Play if paused, and wait for `/brokers/ids/2` to disappear (up to 18 s; speed up time to wait less).',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: 'The session expired, `/brokers/ids/2` was deleted, the watch fired, and the controller gave broker 2’s partitions new leaders and ISRs.',
    },
    elections: {
      body: 'Role 3: helping elect **partition leaders** and the **controller**. ZooKeeper does not choose them itself:\n\n- the controller is the broker that creates the ephemeral `/controller` znode first (next lesson);\n- the controller chooses each partition’s leader and writes it to the partition’s `state` znode, then tells the brokers (a `LeaderAndIsr` request).\n\nThe Metadata table shows the same facts from the brokers’ side.',
    },
  },
};
