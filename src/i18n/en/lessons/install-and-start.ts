// English text of the lesson `install-and-start`.
export const installAndStart = {
  steps: {
    unpack: {
      body: 'Kafka is a download: a `.tgz` file from kafka.apache.org. The name `kafka_2.13-3.6.2` means Kafka **3.6.2**, built for Scala 2.13. It needs Java.\n\nWe already ran `tar -xzf kafka_2.13-3.6.2.tgz` and `cd kafka_2.13-3.6.2`. Nothing is running yet: the diagram is empty.',
      task: 'Type `ls` in the terminal and press Enter.',
      hint: 'Click the terminal box named “Terminal”, type `ls`, press Enter.',
      done: '`bin/` holds the scripts you will run. `config/` holds their settings. `libs/` holds the Java code.',
    },
    config: {
      body: 'A broker reads its settings from `config/server.properties`. A few lines matter most:\n\n`broker.id=0` — the broker’s number in the cluster.\n`log.dirs=/tmp/kafka-logs` — where it stores partitions on disk.\n`zookeeper.connect=localhost:2181` — where ZooKeeper is.\n`num.partitions=1` — partitions of a topic created without saying how many.\n\n`listeners` is commented out, so the broker listens on port 9092.',
      task: 'Show the file: type `cat config/server.properties`.',
      hint: 'Type `cat config/server.properties` and press Enter. Scroll the output to read it.',
      done: 'Lines starting with `#` are comments. You can also open the file in the editor below the terminal.',
    },
    zookeeper: {
      body: 'A Kafka broker (in ZooKeeper mode) cannot start without ZooKeeper: it registers there and keeps the cluster’s metadata there. So ZooKeeper starts first.',
      task: 'Type `bin/zookeeper-server-start.sh config/zookeeper.properties`.',
      hint: 'Press Tab to complete script names: type `bin/zoo` and press Tab.',
      done: 'ZooKeeper listens on port 2181 (`binding to port 0.0.0.0/0.0.0.0:2181`). It keeps running in this terminal, in the foreground.',
    },
    broker: {
      body: 'This terminal is busy with ZooKeeper. In real life you open a second terminal window. Here: press **+** (New terminal) above the terminal.',
      task: 'In the new terminal, type `bin/kafka-server-start.sh config/server.properties`.',
      hint: 'Press **+** above the terminal to open terminal 2, then type the command there.',
      done: 'Broker 0 is up. Read its log: it connected to ZooKeeper, registered `/brokers/ids/0`, and became the **controller** — it is the only broker.',
    },
    registered: {
      body: 'The broker wrote itself into ZooKeeper. You can look, with the shell that ships with Kafka.\n\nOpen a third terminal: terminals 1 and 2 run ZooKeeper and the broker.',
      task: 'Press **+**, then type `bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids`.',
      hint: 'The command ends with `ls /brokers/ids`: list the children of that znode.',
      done: '`[0]`: one broker, id 0. This znode is **ephemeral**: it disappears when the broker’s session ends. That is how the controller knows a broker died.',
    },
    edit: {
      body: 'A broker reads `server.properties` only when it starts. Change a setting, then restart the broker.\n\nLet’s make new topics get 3 partitions by default.',
      task: 'Open the editor (**Edit config/server.properties**), change `num.partitions=1` to `num.partitions=3`, **Save**. Then in terminal 2 press Ctrl+C and start the broker again.',
      hint: 'Ctrl+C in terminal 2 stops the broker cleanly. Then press ↑ to get the start command back, and Enter.',
      done: 'The broker restarted with the new file. Its log dir kept everything: nothing is lost by a clean restart.',
    },
    running: {
      body: 'You have a one-broker Kafka: ZooKeeper in terminal 1, broker 0 in terminal 2. The same commands work on a real machine.\n\nStop order matters: stop brokers first (`bin/kafka-server-stop.sh`), then ZooKeeper. Next lesson: your first topic.',
    },
  },
};
