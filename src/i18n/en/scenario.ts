// English UI text: scenario (what a link or a scenario file got wrong, in plain words).
// Every key is a ScenarioProblem code (src/scenario/validate.ts); {field} is the field's path.
export const scenario = {
  openedDefault: 'This link could not be opened, so the default sandbox is shown instead.',
  problemsTitle: 'What is wrong with this link',
  warningsTitle: 'This link was opened with small changes',

  // The envelope.
  notAnObject: 'The scenario must be a JSON object ({ … }), but this one is {value}.',
  versionMissing:
    'The scenario has no “version” field. This app reads scenario version {supported}; add "version": {supported}.',
  versionUnsupported:
    'The scenario says version {version}, which is not a version this app knows. It reads version {supported}.',
  versionTooNew:
    'This scenario was made by a newer version of the app (scenario version {version}); this app reads up to version {supported}. Reload the page to get the newest app.',

  // Field types and ranges.
  unknownField: '“{field}” is not a scenario field, so it was ignored.',
  expectedObject: '“{field}” must be an object ({ … }), but it is {value}.',
  expectedArray: '“{field}” must be a list ([ … ]), but it is {value}.',
  expectedString: '“{field}” must be text in quotes, but it is {value}.',
  expectedBoolean: '“{field}” must be true or false, but it is {value}.',
  expectedNumber: '“{field}” must be a number, but it is {value}.',
  expectedInteger: '“{field}” must be a whole number, but it is {value}.',
  numberTooSmall: '“{field}” is {value}, but it must be at least {min}.',
  numberTooLarge: '“{field}” is {value}, but it must be at most {max}.',
  valueNotAllowed: '“{field}” is {value}, but it must be one of: {allowed}.',
  simulatorLimit:
    '“{field}” is {value}, but this simulator allows {min} to {max}. This is a limit of the app, not of Kafka.',
  tooMany:
    '“{field}” has {count} entries, but this simulator allows at most {max}. This is a limit of the app, not of Kafka.',
  tooLong:
    '“{field}” is {length} characters long, but this simulator allows at most {max}. This is a limit of the app, not of Kafka.',
  startupNotEmpty:
    'This link starts on an empty machine (nothing running), so it cannot also list brokers, topics, producers or consumer groups at the start.',
  startupInvalid: '“startup” is {value}; the only value allowed is "manual" (an empty machine).',

  // The cluster.
  brokersOutOfRange:
    'The cluster has {value} brokers, but this simulator runs {min} to {max} brokers (it gives each broker its own colour and column). This is a limit of the app, not of Kafka.',
  configUnknown: '“{key}” is not a setting this simulator knows here, so it was ignored.',
  configKeyUnknown: '“{key}” is not a setting this simulator can change here. It knows: {known}.',
  configNameInvalid:
    'A broker setting applies to the whole cluster, so its name must be "" (empty), but it is {value}.',
  replicaFetchWaitTooLarge:
    'replica.fetch.wait.max.ms ({wait}) is larger than replica.lag.time.max.ms ({lag}), so followers would keep dropping out of the ISR. Kafka refuses to start: {kafka}',
  acksNormalized: '“{field}” was -1, which Kafka treats exactly like all, so it now reads all.',

  // Topics.
  topicNameInvalid: 'The topic name {name} is not allowed. Kafka says: {kafka}',
  topicNameDuplicate: 'There are two topics named “{topic}”. Kafka says: {kafka}',
  topicNameCollision:
    'The topic name “{topic}” clashes with “{other}”: Kafka reads “.” and “_” alike in metric names, so it refuses the second one. Kafka says: {kafka}',
  partitionsOutOfRange:
    'Topic “{topic}” asks for {value} partitions, but this simulator shows {min} to {max} partitions per topic. This is a limit of the app; Kafka itself only needs at least 1.',
  replicationFactorTooSmall:
    'Topic “{topic}” asks for replication factor {rf}, but every partition needs at least one replica. Kafka says: {kafka}',
  replicationFactorTooLarge:
    'Topic “{topic}” asks for replication factor {rf}, but the cluster has only {brokers} brokers. Kafka says: Replication factor: {rf} larger than available brokers: {brokers}.',
  minIsrAboveReplicationFactor:
    'Topic “{topic}” has min.insync.replicas {minIsr} but only {rf} replicas, so every write with acks=all will fail with NOT_ENOUGH_REPLICAS. Kafka allows this, so the scenario keeps it.',

  // Clients.
  clientIdInvalid:
    '“{field}” is {value}. Use 1 to 64 letters, digits, “.”, “_” or “-” (this app uses it as a name on screen).',
  producerIdDuplicate:
    'There are two producers with the id “{id}”. Each producer needs its own id.',
  groupIdDuplicate:
    'There are two consumer groups with the id “{id}”. List the group once and set its number of members instead.',
  topicUnknown:
    '“{field}” names the topic “{topic}”, but no topic has that name. Add it to “topics” or create it with a topic.create action.',
  assignorUnknown:
    '“{field}” names the assignor {value}, which this simulator does not know. Use one of: {allowed} (or its class name). Kafka says: {kafka}',
  assignorDuplicate: '“{field}” lists the assignor {name} twice. Kafka says: {kafka}',
  assignorListEmpty:
    '“{field}” lists no assignor, so the consumer could not join its group. Kafka says: {kafka}',
  assignorClassNormalized:
    '“{field}” was the class {value}; this simulator writes it as its protocol name, {name}.',
  deliveryTimeoutTooSmall:
    'delivery.timeout.ms ({delivery}) must be at least request.timeout.ms ({request}) plus linger.ms ({linger}). Kafka says: {kafka}',

  // Actions.
  actionTimeInvalid:
    '“{field}” is {value}, but an action time must be a number of milliseconds, 0 or more.',
  actionTypeUnknown: '“{field}” is {value}, which is not an action this simulator knows: {known}.',
  actionBrokerUnknown:
    '“{field}” names broker {broker}, but the cluster only has brokers 1 to {brokers}.',
  actionTopicUnknown:
    '“{field}” names the topic “{topic}”, but at {at} ms no topic has that name (a topic.create action only counts from its own time on).',
  actionProducerUnknown: '“{field}” names the producer “{producer}”, but no producer has that id.',
  actionProducerDuplicate:
    '“{field}” starts a producer with the id “{id}” at {at} ms, but a producer with that id already exists. Each producer needs its own id.',
  actionGroupDuplicate:
    '“{field}” starts the consumer group “{id}” at {at} ms, but that group already exists. Change its number of members with a group.scale action instead.',
  actionConsumerUnknown:
    '“{field}” names the consumer instance “{clientId}”, but the instances of “{group}” are named consumer-{group}-1, consumer-{group}-2, … (client.id).',
  heartbeatNotBelowSession:
    '“{field}” is {heartbeat} ms, not below session.timeout.ms ({session} ms): a member would not heartbeat before the coordinator gives up on it. The consumer refuses to start: {kafka}',
  actionGroupUnknown:
    '“{field}” names the consumer group “{group}”, but at {at} ms no group has that id (a group.create action only counts from its own time on).',
  actionNoProducer:
    '“{field}” sends a record by hand to “{topic}”, but no producer writes to that topic. Add one to “producers” (or a producer.create action before it).',
  actionProducerOtherTopic:
    '“{field}” sends a record to “{topic}” through “{producer}”, but that producer writes to “{writes}”. Name a producer of “{topic}”, or leave the producer out.',
  actionsSorted:
    'The actions were not in time order, so they were sorted by time (actions at the same time keep their order).',

  // The link itself.
  linkDataCorrupt:
    'The scenario data in this link is damaged or cut off (was the whole link copied?).',
  linkEncodingInvalid:
    'The “{param}” part of this link has a broken %-escape, so it cannot be read.',
  linkJsonInvalid: 'The scenario written in this link is not valid JSON: {detail}',
  linkTooLong:
    'The scenario in this link is {length} characters long; this app reads at most {max}.',
  linkTimeInvalid:
    'The time in this link (t={value}) is not a number of milliseconds, 0 or more, so playback starts at 0.',
  linkLessonUnknown: 'There is no lesson “{lesson}”, so the course is shown instead.',
  linkStepBeyond: 'That lesson has {count} steps, not {step}: its last step is shown.',
  linkRouteUnknown: 'The page “{route}” does not exist, so the home page is shown.',
  linkStepInvalid:
    'The lesson step “{value}” is not a step number, so the lesson opens at its first step.',
  linkStateTwice:
    'This link holds both “s=” and “json=”. The “s=” scenario was used and “json=” was ignored.',
} as const;
