// English UI text of the invariant monitor (sandbox side panel and the `invariants` lesson panel).
export const invariants = {
  title: 'Invariants',
  intro: 'Rules Kafka keeps, checked over this run from the start up to now.',
  holds: 'holds',
  broken: 'broken',
  'name.noAckedLoss': 'No acknowledged record lost',
  'why.noAckedLoss':
    'With acks=all a record is acknowledged only once every in-sync replica has it, and only an in-sync replica may become leader, so the next leader has it too; acks=1 (or 0) or unclean.leader.election.enable=true can break this.',
  'name.consumerBelowHw': 'Consumers never read past the high watermark',
  'why.consumerBelowHw':
    'A leader hands consumers only records below its high watermark, the offset every in-sync replica has reached, so no consumer sees a record a clean failover could take back; no setting turns this off.',
  'name.oneLeaderPerEpoch': 'One leader per partition per epoch',
  'why.oneLeaderPerEpoch':
    'The controller gives every new leader a higher leader epoch and brokers refuse requests from an older one, so a cut-off old leader cannot act in the new epoch; this holds under every setting.',
  brokeAt: 'Broke at {time} s.',
  'detail.lost':
    'The record at offset {offset} of {tp} was acknowledged to the producer and is now gone from every live replica.',
  'detail.lostKey':
    'The record with key {key} at offset {offset} of {tp} was acknowledged to the producer and is now gone from every live replica.',
  'detail.lostNoOffset':
    'A record sent to {tp} was acknowledged to the producer and is now gone from every live replica.',
  'detail.lostCount': 'Acknowledged records lost by then: {count}.',
  'detail.diverged':
    'Two replicas of {tp} hold different records at offset {offset}, below both their high watermarks: a committed record was replaced.',
  'detail.pastHw':
    'Group {group} reached offset {position} of {tp}, beyond the highest high watermark the partition has had ({hw}).',
  'detail.epoch': 'Two brokers acted as leader of {tp} in leader epoch {epoch}.',
  'detail.epochOther': 'The leaders of {tp} did not keep to one leader per leader epoch.',
  'detail.other': 'It concerns {tp}.',
  showMoment: 'Show the moment',
  checking: 'Checking the run so far: up to {time} s…',
} as const;
