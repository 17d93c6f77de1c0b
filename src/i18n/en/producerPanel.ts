// English UI text of the producer panel (sandbox side panel and the `producer` lesson panel).
export const producerPanel = {
  title: 'Producer',
  intro: 'Every record this producer sent, newest first, and what became of it.',
  wireHint:
    'The producer puts the records waiting for one partition into one Produce request (a batch) to that partition’s leader. With linger.ms=0 and a steady rate that is usually one record; records to be retried go together. A failed request is resent every retry.backoff.ms until delivery.timeout.ms has passed since its records were sent; then they fail.',
  none: 'No producer is running. Add one under Set up, or start the console producer in the terminal.',
  choose: 'Which producer',
  settings: 'Settings',
  topic: 'Topic',
  acks: 'acks',
  rate: 'Rate',
  ratePerSec: '{rate} records/s',
  rateByHand: 'by hand only',
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
    'In flight: in a Produce request with no answer yet. Waiting to send: held by the producer until a leader is known, a request slot is free (at most 5 per broker) or its retry is due.',
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
