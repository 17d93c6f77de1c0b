// A timeline event in words, from the `timeline.event.<kind>` template and the event's params.
import type { Locale } from '../../i18n/messages';
import { translate, type MessageKey } from '../../i18n/translate';
import type { TimelineEvent, TimelineEventKind } from '../../model/snapshotTypes';
import { brokerColor, DANGER, NODE_COLORS, WARNING, MUTED } from '../theme';
import { formatSeconds } from '../playback/formatTime';

export function eventText(locale: Locale, event: TimelineEvent): string {
  const params: Record<string, string | number> = {
    ...(event.broker === undefined ? {} : { broker: event.broker }),
    ...(event.partition === undefined ? {} : { partition: event.partition }),
    ...event.params,
  };
  // A timeout in seconds, as the learner configured it: "45 s", not "45000".
  const { timeoutMs } = event.params;
  if (typeof timeoutMs === 'number') params.timeoutS = formatLimit(timeoutMs);
  return translate(locale, eventKey(event), params);
}

const formatLimit = (ms: number) =>
  Number.isInteger(ms / 1000) ? String(ms / 1000) : (ms / 1000).toFixed(1);

const REBALANCE_REASONS = new Set(['join', 'leave', 'sessionTimeout', 'pollTimeout', 'metadata']);

/** The template for an event; a few kinds read differently by their params. */
function eventKey(event: TimelineEvent): MessageKey {
  const { election, entity } = event.params;
  if (event.kind === 'leader.elected' && (election === 'unclean' || election === 'preferred')) {
    return `timeline.event.leader.elected.${election}`;
  }
  if (event.kind === 'config.changed' && entity === 'topic')
    return 'timeline.event.config.changed.topic';
  if (event.kind === 'log.segmentsDeleted' && event.params.reason === 'logStartOffset')
    return 'timeline.event.log.segmentsDeleted.logStartOffset';
  if (event.kind === 'group.rebalanceStarted') {
    const reason = event.params.reason;
    if (typeof reason === 'string' && REBALANCE_REASONS.has(reason))
      return `timeline.event.group.rebalanceStarted.${reason}` as MessageKey;
  }
  if (event.kind === 'group.coordinatorMoved') {
    if (event.params.to === 'none') return 'timeline.event.group.coordinatorMoved.lost';
    if (event.params.from === 'none' || event.params.from === undefined)
      return 'timeline.event.group.coordinatorMoved.found';
  }
  if (event.kind === 'group.committed' && typeof event.params.partitions === 'string')
    return 'timeline.event.group.committed.list';
  return `timeline.event.${event.kind}`;
}

/** `12.345 s` (localised unit). */
export function eventTime(locale: Locale, at: number): string {
  return translate(locale, 'timeline.seconds', { s: formatSeconds(at) });
}

/** Which row of the timeline a kind sits on: the broker's life, the controller, the partitions. */
export type Lane = 'broker' | 'controller' | 'partition';

const LANES: Record<TimelineEventKind, Lane> = {
  'broker.started': 'broker',
  'broker.crashed': 'broker',
  'broker.restarted': 'broker',
  'broker.isolated': 'broker',
  'broker.reconnected': 'broker',
  'broker.stopped': 'broker',
  'broker.startFailed': 'broker',
  'session.expired': 'broker',
  // ZooKeeper and topic administration are cluster-wide, like the controller's own events.
  'zookeeper.started': 'controller',
  'zookeeper.stopped': 'controller',
  'znode.deleted': 'controller',
  'controller.elected': 'controller',
  'topic.created': 'controller',
  'topic.partitionsAdded': 'controller',
  'topic.deleted': 'controller',
  'config.changed': 'controller',
  'producer.created': 'controller',
  'group.created': 'controller',
  'group.scaled': 'controller',
  'group.rebalanced': 'controller',
  'group.offsetsReset': 'controller',
  'group.resetRefused': 'controller',
  // The group protocol: the coordinator's decisions and what the learner did to a consumer.
  'group.rebalanceStarted': 'controller',
  'group.memberExpired': 'controller',
  'group.pollTimeout': 'controller',
  'group.coordinatorMoved': 'controller',
  'group.committed': 'controller',
  'consumer.crashed': 'controller',
  'consumer.stalled': 'controller',
  'consumer.resumed': 'controller',
  'leader.elected': 'partition',
  'partition.offline': 'partition',
  'isr.shrink': 'partition',
  'isr.expand': 'partition',
  'log.truncated': 'partition',
  'log.segmentsDeleted': 'partition',
  'group.offsetOutOfRange': 'partition',
  'data.loss': 'partition',
  'produce.failed': 'partition',
};

/** Every event kind the model reports (the lane table is total, so tsc keeps this list whole). */
export const EVENT_KINDS = Object.keys(LANES) as TimelineEventKind[];

export function eventLane(kind: TimelineEventKind): Lane {
  return LANES[kind];
}

/** Kinds that mean trouble are drawn in warning/danger colours whatever broker they concern. */
export function eventColor(event: TimelineEvent): string {
  switch (event.kind) {
    case 'data.loss':
    case 'partition.offline':
    case 'broker.crashed':
    case 'broker.startFailed':
      return DANGER;
    case 'produce.failed':
    case 'group.resetRefused':
    case 'group.offsetOutOfRange':
    case 'isr.shrink':
    case 'log.truncated':
    case 'session.expired':
    case 'group.memberExpired':
    case 'group.pollTimeout':
    case 'consumer.crashed':
    case 'consumer.stalled':
      return WARNING;
    case 'group.coordinatorMoved':
      return typeof event.params.to === 'number' ? brokerColor(event.params.to) : MUTED;
    case 'controller.elected':
      return NODE_COLORS.controller;
    case 'zookeeper.started':
    case 'zookeeper.stopped':
      return NODE_COLORS.zookeeper;
    default:
      return event.broker === undefined ? MUTED : brokerColor(event.broker);
  }
}
