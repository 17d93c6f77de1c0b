// The diagram as text, visually hidden: what a screen reader user gets instead of the picture.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { memberLag } from './ConsumerGroupNode';
import { STATE_KEYS } from './BrokerHeader';
import { brokerDisplayState, partitionName } from './replicaRole';
import { dt } from './text';

export function DiagramSummary({
  id,
  snapshot,
  locale,
}: {
  id: string;
  snapshot: ClusterSnapshot;
  locale: Locale;
}) {
  const { controller } = snapshot;
  const lines: { key: string; text: string }[] = [
    ...(snapshot.zookeeperRunning
      ? []
      : [{ key: 'zookeeper', text: dt(locale, 'summaryZkNotRunning') }]),
    ...(snapshot.brokers.length === 0
      ? [{ key: 'no-brokers', text: dt(locale, 'summaryNoBrokers') }]
      : []),
    {
      key: 'controller',
      text:
        controller.brokerId === null
          ? dt(locale, 'summaryNoController')
          : dt(locale, 'summaryController', { id: controller.brokerId, epoch: controller.epoch }),
    },
    ...snapshot.brokers.map((b) => ({
      key: `broker-${b.id}`,
      text: dt(locale, 'summaryBroker', {
        id: b.id,
        state: dt(locale, STATE_KEYS[brokerDisplayState(b)]),
      }),
    })),
    ...snapshot.topics.flatMap((t) =>
      t.partitions.map((p) => ({
        key: partitionName(p),
        text: dt(locale, 'summaryPartition', {
          partition: partitionName(p),
          leader: p.leader ?? dt(locale, 'leaderNone'),
          isr: p.isr.join(','),
          state: p.state,
        }),
      })),
    ),
    ...snapshot.producers.map((p) => ({
      key: p.id,
      text: dt(locale, 'summaryProducer', {
        id: p.id,
        sent: p.sent,
        acked: p.acknowledged,
        failed: p.failed,
      }),
    })),
    ...snapshot.consumerGroups.map((g) => ({
      key: `group-${g.groupId}`,
      text:
        dt(locale, 'summaryGroup', {
          groupId: g.groupId,
          members: g.members.length,
          lag: g.members.reduce((sum, m) => sum + memberLag(g, m.assignment), 0),
        }) +
        ' ' +
        dt(locale, g.coordinator === null ? 'summaryNoCoordinator' : 'summaryCoordinator', {
          broker: g.coordinator ?? '',
          partition: g.offsetsPartition,
        }),
    })),
    { key: 'inflight', text: dt(locale, 'messagesLayer', { count: snapshot.inFlight.length }) },
  ];
  return (
    <div id={id} className="kd-sr-only">
      <p>{dt(locale, 'summaryHeading')}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}
