// English text of the lesson `cluster-management`.
export const clusterManagement = {
  steps: {
    metadata: {
      body: 'Brokers act as one cluster only if they agree on the same facts: the cluster’s **metadata**.\n\nThe Metadata table shows them:\n\n- which brokers are alive (registered in `/brokers/ids`),\n- which broker is the controller, and its epoch,\n- for each partition: its leader, its ISR (in-sync replicas) and its leader epoch.\n\nZooKeeper stores these facts, and the controller sends them to every broker.',
    },
    crash: {
      body: 'When a broker dies, this shared picture must change, and change the same way on every broker. Let’s cause that.',
      task: 'Press **Crash broker 3** (it leads `orders-0`).',
      hint: 'Broker 3’s row in the Brokers list has a **Crash** button.',
      done: 'Broker 3 is down. The table has not changed: nobody has noticed yet.',
    },
    failover: {
      body: 'Someone must notice the failure, pick new leaders, remove the dead broker from the ISRs and tell every broker. This **failure handling** is the complexity a cluster adds. In Kafka the controller does it, with ZooKeeper’s help (next lessons).\n\nCells that just changed are highlighted.',
      task: 'Press Play if paused, and watch the table until broker 3 is no longer alive and leads nothing. It takes up to 18 s (`zookeeper.session.timeout.ms`); speed up time to wait less.',
      hint: 'The **Speed** selector under the diagram makes virtual time pass faster.',
      done: 'Broker 3 left `/brokers/ids`. Its partitions got new leaders, their leader epochs went up, and broker 3 left every ISR.',
    },
    rejoin: {
      body: '**Partition assignment** is shared metadata too: each partition’s replica list says which brokers hold it. It did not change when broker 3 died. Broker 3 still owns its copies and will catch up when it returns.',
      task: 'Press **Restart broker 3** and wait until it is back in every ISR.',
      hint: 'Broker 3’s row in the Brokers list now has a **Restart** button.',
      done: 'Broker 3 caught up and is in every ISR again. It came back as a follower: the leaders stayed where they were.',
    },
    design: {
      body: 'A cluster also costs something to run, so it must be designed for it:\n\n- **Network traffic**: every record travels from the leader to each follower.\n- **Disk space**: with replication factor 3, everything is stored three times.\n- **Monitoring**: many machines to watch together — brokers alive, partitions without a leader, replicas out of sync.',
    },
  },
};
