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
  return translate(locale, eventKey(event), params);
}

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
      return WARNING;
    case 'controller.elected':
      return NODE_COLORS.controller;
    case 'zookeeper.started':
    case 'zookeeper.stopped':
      return NODE_COLORS.zookeeper;
    default:
      return event.broker === undefined ? MUTED : brokerColor(event.broker);
  }
}
