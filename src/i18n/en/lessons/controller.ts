// English text of the lesson `controller`.
export const controller = {
  steps: {
    crown: {
      body: 'One broker has an extra job: it is the **controller**. It manages the cluster and handles failures: when a broker dies, the controller picks new leaders for its partitions.\n\nThe controller is the broker that first created the `/controller` znode in ZooKeeper. It wears the crown in the diagram.',
    },
    crash: {
      body: 'What if the controller itself dies? Nobody is left to handle failures — unless someone takes its place.',
      task: 'Press **Crash broker N** for the controller’s broker (the one with the crown).',
      hint: 'Use the **Crash broker N** button of the broker named in “Controller: broker N”.',
      done: 'The controller is down. Its `/controller` znode is ephemeral: it goes away when its ZooKeeper session expires.',
    },
    race: {
      body: 'The other brokers watch `/controller`. When it disappears, each one tries to create it. ZooKeeper lets only one succeed: that broker is the new controller.\n\nThe `controller_epoch` goes up by one. Brokers ignore requests from a controller with an older epoch, so a controller that comes back from the dead cannot give orders.',
      task: 'Press Play (if paused) and wait for a new controller. The session takes `zookeeper.session.timeout.ms` (18 s) to expire.',
      hint: 'Speed up time with the speed selector, or step forward to the next event.',
      done: 'A new controller took over, with a higher controller epoch.',
    },
    restart: {
      body: 'The new controller now handles failures. When the old broker returns, it does not take the crown back: `/controller` already exists, so it stays an ordinary broker.\n\nIn the Metadata table, watch the returning broker learn the new controller epoch from the controller.',
      task: 'Press **Restart broker N** for the broker you crashed.',
      hint: 'Its row in the brokers list has a **Restart broker N** button.',
      done: 'It is back as an ordinary broker that knows the new controller epoch. The crown did not move.',
    },
  },
};
