// English UI text of the consumer group card's protocol parts: state, coordinator, commits, member
// status and session clocks, and the member and commit controls.
export const groupProtocol = {
  'stateWhy.Empty': 'No members: the committed offsets wait for consumers to come back.',
  'stateWhy.PreparingRebalance':
    'Rebalancing: the coordinator waits for every member to join again (JoinGroup).',
  'stateWhy.CompletingRebalance':
    'Rebalancing: the leader has computed the assignment; the members wait for theirs (SyncGroup).',
  'stateWhy.Stable':
    'Every member the coordinator knows has its partitions; it expects a heartbeat from each.',
  'stateWhy.Dead': 'The group no longer exists.',
  coordinator: 'Coordinator: broker {broker} — leader of __consumer_offsets-{partition}',
  noCoordinator:
    'Coordinator: none — __consumer_offsets-{partition} has no leader, so the members cannot find one',
  coordinatorWhy:
    'The coordinator of a group is the leader of its partition of __consumer_offsets: abs(hash of “{group}”) % 50 = {partition}.',
  timeouts:
    'session.timeout.ms {session} s · heartbeat.interval.ms {heartbeat} s · max.poll.interval.ms {poll} s',
  autoCommitOn: 'Auto-commit on: each consumer commits its position every auto.commit.interval.ms.',
  autoCommitOff:
    'Auto-commit off (enable.auto.commit=false): offsets are committed only when the application commits.',
  uncommittedOff:
    '{count} record(s) read but not committed: if a consumer crashes now, its partitions’ next owner reads them again.',
  nothingCommitted:
    'Nothing committed yet: a consumer that takes these partitions over starts where auto.offset.reset says.',
  leaderTag: 'leader',
  leaderTitle:
    'Group leader: the first member to join; it ran the assignor for this generation and sent the result in SyncGroup.',
  statusLabel: 'status',
  'status.finding': 'finding coordinator',
  'status.joining': 'joining',
  'status.syncing': 'syncing',
  'status.stable': 'stable',
  'status.stalled': 'stalled',
  'status.crashed': 'crashed',
  'status.left': 'left',
  'clock.session': 'heartbeat {since} s ago · removed after {limit} s without one',
  'clock.expiring': 'no heartbeat for {since} s — removed in {left} s',
  'clock.poll': 'no poll() for {since} s — leaves the group in {left} s (max.poll.interval.ms)',
  'clock.finding': 'asking a broker which one coordinates the group (FindCoordinator)',
  'clock.left': 'left the group: no poll() for {limit} s. Resume makes it poll and rejoin.',
  meterSession: 'Session of {member}',
  meterPoll: 'Time since {member} last polled',
  crash: 'Crash',
  crashLabel: 'Crash {member}',
  crashTitle:
    'Kill its process (kill -9): no LeaveGroup, so the coordinator waits for session.timeout.ms.',
  stall: 'Stall',
  stallLabel: 'Stall {member}',
  stallTitle:
    'Its application stops calling poll(). The heartbeat thread keeps it in the group until max.poll.interval.ms.',
  resume: 'Resume',
  resumeLabel: 'Resume {member}',
  resumeTitle: 'Its application calls poll() again, and rejoins the group if it had left.',
  commitNow: 'Commit now ({group})',
  commitTitle:
    'commitSync() in every running consumer: an OffsetCommit of its positions to the coordinator.',
} as const;
