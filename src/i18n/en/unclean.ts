// English UI text of the lesson views in the `unclean` area: the unclean-election comparison panel.
export const unclean = {
  title: 'Unclean leader election: before and after',
  noneYet:
    'No partition is offline and no unclean election has happened. When a partition has no in-sync replica left, this panel shows who an unclean election would pick; after one, it compares every replica’s log before and after.',
  previewTitle: '{tp} is offline: Leader none',
  previewIntro:
    'The controller looks for a leader among the replicas, in Replicas order {replicas}.',
  colOrder: 'Order',
  colReplica: 'Replica',
  colAlive: 'Alive',
  colInIsr: 'In ISR',
  colLeo: 'Log end offset',
  yes: 'yes',
  no: 'no',
  brokerN: 'Broker {id}',
  previewWaiting:
    'With unclean.leader.election.enable=false (the default), Kafka waits for an ISR member ({isr}) to return.',
  previewWouldPick:
    'With it set to true, Kafka would pick broker {id}: the first live replica in Replicas order.',
  previewMoreData:
    'Broker {id} holds more records (log end offset {leo}, against {pickedLeo}), but it comes later in the list.',
  previewNoOne: 'No replica is alive: even an unclean election has no one to pick.',
  elected:
    'At {time} s, broker {leader} became leader of {tp} (leader epoch {epoch}) without being in the ISR.',
  order:
    'Kafka took the first live replica in Replicas order {replicas}; it does not compare logs.',
  moreData:
    'Broker {id} had more records (log end offset {leo}, against {chosenLeo}) but comes later in the list.',
  lost: '{count} acknowledged records lost: offsets {offsets}.',
  noneLost: 'No acknowledged record was lost.',
  truncated: 'Broker {id} truncated its log from offset {from} to {to} ({count} records).',
  stillDown:
    'Broker {id} is down. Its disk still holds offsets up to {last}; it will truncate them when it returns.',
  earlier: 'This partition had {count} unclean elections; this is the last one.',
  beforeCaption: 'Just before the election (records of leader epochs below {epoch})',
  nowCaption: 'Now',
  colOffset: 'Offset',
  roleNewLeader: 'new leader',
  roleDown: 'down',
  leoShort: 'LEO {leo}',
  lostMark: 'lost',
  newMark: 'new',
  emptyCell: 'no record',
  more: '{count} more offsets not shown.',
  legend:
    '“lost”: acknowledged to the producer, then gone from the leader. “new”: the offset now holds a different record.',
};
