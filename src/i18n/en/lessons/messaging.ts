// English text of the lesson `messaging`.
export const messaging = {
  steps: {
    async: {
      body: 'A **messaging system** carries data from one application to another.\n\nIt is **asynchronous**: the sender hands a message over and goes on with its work. It does not wait for the receiver to take it.\n\nIn the diagram, `producer-1` sends two order records per second. Press Play if time is paused, and watch them travel.',
    },
    roles: {
      body: 'A messaging system has three parts:\n\n- the **producer** creates messages (`producer-1`, left);\n- the **broker** receives and keeps them (**Broker 1**, middle);\n- the **consumer** reads them (the group `orders-app`, right).\n\nThe producer and the consumer never talk to each other. Each one talks only to the broker.',
    },
    'no-broker': {
      body: 'Some messaging systems have **no broker**. In **Redis Pub/Sub** the server passes each message straight on to the clients subscribed at that moment, and keeps nothing. **ZeroMQ** is a library: applications connect to each other directly.\n\nThe view below replays the same producer’s records both ways. The top lane is a subscriber without a broker. The bottom lane is Kafka’s consumer group. While the consumer is online, both lanes look the same.',
    },
    offline: {
      body: 'Now the consuming application goes down, for a deploy or a crash.',
      task: 'Press **Stop consumers of orders-app**, then watch a few records go by.',
      hint: 'The button is in the **Consumer groups** view, under the lanes. Press Play if time is paused.',
      done: 'Without a broker, every record sent while the consumer was away is **dropped** (✕). In Kafka the same records **wait in the partition log** (■), and the group’s lag grows.',
    },
    back: {
      body: 'The application comes back.',
      task: 'Press **Start consumers of orders-app** and wait until it has read every waiting record.',
      hint: 'The lag in the **Consumer groups** view falls to 0 when it has caught up.',
      done: 'The consumer read on from its **committed offset**: nothing was lost, and its lag is back near 0. The dropped records of the brokerless lane never come back.',
    },
    takeaway: {
      body: 'That is what the broker adds. It **keeps** messages, so the producer and the consumer do not have to be online at the same time, or work at the same speed.\n\nKafka is a messaging system with a broker. The next lesson shows what this buys: loose coupling and scale.',
    },
  },
};
