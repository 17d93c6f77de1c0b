// English UI text: timeline markers and the recent-events list; one template per event kind.
export const timeline = {
  label: 'Timeline',
  replay: 'Already simulated after now: acting now discards it and starts a new future.',
  future: 'Not simulated yet.',
  recent: 'Recent events',
  none: 'Nothing notable has happened yet.',
  seconds: '{s} s',
  markerLabel: '{time}: {text}',
  'event.broker.started': 'Broker {broker} started',
  'event.broker.crashed': 'Broker {broker} crashed',
  'event.broker.restarted': 'Broker {broker} restarted',
  'event.broker.isolated': 'Broker {broker} was cut off from the network',
  'event.broker.reconnected': 'Broker {broker} is back on the network',
  'event.broker.stopped': 'Broker {broker} shut down cleanly',
  'event.broker.startFailed':
    'Broker {broker} could not reach ZooKeeper within zookeeper.connection.timeout.ms and exited',
  'event.zookeeper.started': 'ZooKeeper started',
  'event.zookeeper.stopped': 'ZooKeeper stopped',
  'event.session.expired': 'Broker {broker}’s ZooKeeper session expired',
  'event.znode.deleted': 'ZooKeeper deleted {path}',
  'event.controller.elected': 'Broker {broker} became the controller (epoch {epoch})',
  'event.leader.elected': '{partition}: broker {leader} elected leader (leader epoch {epoch})',
  'event.leader.elected.unclean':
    '{partition}: broker {leader} elected leader by an unclean election, from outside the ISR (leader epoch {epoch})',
  'event.leader.elected.preferred':
    '{partition}: leadership back to the preferred leader, broker {leader} (leader epoch {epoch})',
  'event.partition.offline': '{partition} has no leader (Leader: none); ISR [{isr}]',
  'event.isr.shrink': '{partition}: ISR shrank from [{from}] to [{to}]',
  'event.isr.expand': '{partition}: ISR grew from [{from}] to [{to}]',
  'event.log.truncated':
    '{partition}: broker {broker} truncated its log from offset {from} to {to} ({count} record(s) cut)',
  'event.log.segmentsDeleted':
    '{partition}: broker {broker} deleted {count} old segment(s) past {reason}; the log now starts at offset {newLogStartOffset}',
  'event.log.segmentsDeleted.logStartOffset':
    '{partition}: broker {broker} deleted {count} segment(s) below the leader’s log start offset; its log now starts at offset {newLogStartOffset}',
  'event.data.loss': '{partition}: {count} acknowledged record(s) lost (offsets {offsets})',
  'event.produce.failed':
    '{partition}: a produce request from {producer} failed with {error}; the producer retries until delivery.timeout.ms',
  'event.topic.created': 'Topic {topic} created',
  'event.topic.partitionsAdded': 'Topic {topic}: partitions increased to {partitions}',
  'event.topic.deleted': 'Topic {topic} deleted',
  'event.config.changed': 'Broker default: {key} set to {value}',
  'event.config.changed.topic': 'Topic {name}: {key} set to {value}',
  'event.producer.created': 'Producer {producerId} started, writing to {topic}',
  'event.group.created':
    'Consumer group {groupId} started with {members} consumer(s), reading {topics}',
  'event.group.scaled':
    'Consumer group {groupId}: {from} → {to} consumer(s), partitions reassigned',
  'event.group.offsetsReset': 'Consumer group {groupId}: offsets reset to {to}',
  'event.group.resetRefused':
    'Consumer group {groupId}: offset reset refused, the group still has {members} consumer(s) (it must be inactive)',
  'event.group.rebalanced':
    'Consumer group {groupId} rebalanced: generation {generation}, partitions assigned by {protocol}',
  'event.group.offsetOutOfRange':
    '{partition}: consumer group {groupId}’s position {offset} is out of range (the log holds {logStart} to {logEnd}); auto.offset.reset={reset} moves it',
  'event.group.rebalanceStarted': 'Consumer group {groupId}: rebalance started',
  'event.group.rebalanceStarted.join': 'Consumer group {groupId}: a consumer joined — rebalancing',
  'event.group.rebalanceStarted.leave':
    'Consumer group {groupId}: a consumer left (LeaveGroup) — rebalancing',
  'event.group.rebalanceStarted.sessionTimeout':
    'Consumer group {groupId}: a member’s session expired — rebalancing',
  'event.group.rebalanceStarted.pollTimeout':
    'Consumer group {groupId}: a member stopped polling — rebalancing',
  'event.group.rebalanceStarted.metadata':
    'Consumer group {groupId}: its topics’ partitions changed — rebalancing',
  'event.group.memberExpired':
    '{groupId}: {clientId} missed heartbeats for {timeoutS} s — removed, rebalancing',
  'event.group.pollTimeout':
    '{groupId}: {clientId} did not call poll() for {timeoutS} s (max.poll.interval.ms) — it left the group',
  'event.group.coordinatorMoved':
    'Consumer group {groupId}: coordinator moved from broker {from} to broker {to}',
  'event.group.coordinatorMoved.found':
    'Consumer group {groupId}: broker {to} is now its coordinator',
  'event.group.coordinatorMoved.lost':
    'Consumer group {groupId}: no coordinator — broker {from} is gone and its __consumer_offsets partition has no leader',
  'event.group.committed':
    'Consumer group {groupId}: the application committed its positions (OffsetCommit, {partitions} partition(s))',
  'event.group.committed.list':
    'Consumer group {groupId}: the application committed its positions (OffsetCommit: {partitions})',
  'event.consumer.crashed':
    '{groupId}: {clientId} crashed — no LeaveGroup, so the coordinator waits for its session to expire',
  'event.consumer.stalled': '{groupId}: {clientId} stopped calling poll(); its heartbeats go on',
  'event.consumer.resumed': '{groupId}: {clientId} calls poll() again',
} as const;
