// English UI text of the producer panel (sandbox side panel and the `producer` lesson panel).
export const producerPanel = {
  title: 'Producer',
  intro: 'Every record this producer sent, newest first, and what became of it.',
  wireHint:
    'Each Produce request carries one batch: one partition’s records, to that partition’s leader. A failed request goes back to the producer and is resent every retry.backoff.ms until delivery.timeout.ms has passed since its records were sent; then they fail.',
  none: 'No producer is running. Add one under Set up, or start the console producer in the terminal.',
  choose: 'Which producer',
  settings: 'Settings',
  topic: 'Topic',
  acks: 'acks',
  rate: 'Rate',
  ratePerSec: '{rate} records/s',
  rateByHand: 'by hand only',
  batchSize: 'batch.size',
  batchSizeValue: '{bytes} bytes',
  lingerMs: 'linger.ms',
  lingerValue: '{ms} ms',
  batches: 'Batches waiting in the producer',
  batchesNoneLinger0:
    'Nothing waiting: with linger.ms=0 a record goes as soon as a request slot is free.',
  batchesNone:
    'Nothing waiting. A new record waits up to {linger} ms for others to join its batch.',
  batchPartition: 'Partition {partition}',
  batchFill: '{records} record(s), {bytes} of {batchSize} bytes',
  batchMeter: 'Batch {percent}% full',
  batchLinger: 'linger.ms: goes in {seconds} s, or sooner if it fills up',
  batchRetry: 'Retry: goes again in {seconds} s (retry.backoff.ms)',
  batchFull: 'Full: goes as soon as a request slot is free',
  batchBlocked: 'Ready, waiting for a leader or a free request slot',
  batchNoMetadata: 'Waiting for metadata: the partition is not chosen yet',
  batchHint:
    'The producer collects each partition’s records in a batch. The batch goes when it holds batch.size ({batchSize}) bytes, or when its first record has waited linger.ms ({linger} ms). Waiting longer makes fewer, bigger requests; each record arrives a little later.',
  'acks.all':
    'acks=all: acknowledged once every in-sync replica has it; refused while the ISR is smaller than min.insync.replicas. Idempotent: a resent record is never written twice.',
  'acks.1':
    'acks=1: acknowledged as soon as the leader has written it, before any follower copies it.',
  'acks.0':
    'acks=0: no answer is awaited; a record counts as acknowledged the moment it is sent, with no offset.',
  counts: 'Counts',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  failed: 'Failed',
  inFlight: 'In flight',
  queued: 'Waiting to send',
  countsHint:
    'In flight: in a Produce request with no answer yet. Waiting to send: in the producer’s batches, until a batch is full or linger.ms is over, a leader is known, a request slot is free (at most 5 per broker) or its retry is due.',
  lastError: 'Last error: {error}',
  wire: 'Requests on the wire now',
  wireNone: 'No Produce request or answer is on the wire right now.',
  wireProduce: 'Produce to broker {broker}: {tp}, {count} record(s)',
  wireProduceRaw: 'Produce to broker {broker}: {summary}',
  wireAck: 'Answer from broker {broker}: acknowledged from offset {offset}',
  wireAnswerRaw: 'Answer from broker {broker}: {summary}',
  wireError: 'Answer from broker {broker}: {error}',
  records: 'Recent records, newest first',
  filter: 'Show',
  'filter.all': 'All',
  'filter.pending': 'Pending',
  'filter.acknowledged': 'Acknowledged',
  'filter.failed': 'Failed',
  'filter.lost': 'Lost',
  filterCount: '{label} ({count})',
  showing: 'The newest {shown} of {total}. The view keeps the last 500 records of all producers.',
  noRecords: 'No record yet.',
  noRecordsOfFate: 'None of the recent records is in this state.',
  'fate.pending': 'pending',
  'fate.acknowledged': 'acknowledged',
  'fate.failed': 'failed',
  'fate.lost': 'lost',
  partitionLeader: 'Partition {partition}, led now by broker {broker}',
  partitionNoLeader: 'Partition {partition}, no leader now',
  partitionUnknown: 'Partition not chosen yet (no metadata)',
  key: 'key',
  noKey: 'no key',
  value: 'value',
  offset: 'offset {offset}',
  noOffset: 'no offset (acks=0)',
  sentAt: 'sent at {time} s',
  colourNote:
    'The partition’s colour is the broker that leads it now (grey: no leader); an older record may have been written by another.',
  'error.NOT_ENOUGH_REPLICAS':
    'Fewer in-sync replicas than min.insync.replicas: the leader refused the write and stored nothing.',
  'error.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    'The leader wrote it, but the ISR shrank below min.insync.replicas before the followers had it: written, not acknowledged.',
  'error.REQUEST_TIMED_OUT':
    'No answer within request.timeout.ms: the in-sync replicas did not all copy it in time, or the answer never came.',
  'error.NOT_LEADER_OR_FOLLOWER':
    'The broker it went to no longer leads this partition: the producer asks for fresh metadata and resends.',
  'error.NETWORK_EXCEPTION':
    'The connection to the leader broke (the broker went down) before an answer came.',
  'error.OUT_OF_ORDER_SEQUENCE_NUMBER':
    'The leader expected an earlier sequence number from this idempotent producer, so it refused the batch.',
  'error.UNKNOWN_TOPIC_OR_PARTITION': 'The broker does not host this partition.',
  'error.other': 'Kafka error {error}.',
  'lost.why':
    'Acknowledged, then lost in an unclean election or a truncation: the leader’s log no longer has it.',
} as const;
