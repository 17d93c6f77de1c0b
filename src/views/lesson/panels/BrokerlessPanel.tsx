// Brokerless pub/sub next to Kafka over the same producer's records: without a broker a record
// reaches the subscriber only if it is online when sent; with Kafka it waits in the log.
import { scaleLinear } from 'd3';
import { sameData, useAppStore } from '../../../store';
import { useElementSize } from '../../sandbox/useElementSize';
import { useT } from '../../shell/useT';
import { compareLanes, offlineIntervals, onlineIntervals } from '../flow/brokerless';
import { Dot, LaneStrip } from '../flow/LaneStrip';
import '../flow/flow.css';

/** Virtual seconds of records shown in the strips. */
const WINDOW_MS = 20_000;

const LEGEND = [
  ['delivered', 'flow.legendDelivered'],
  ['dropped', 'flow.legendDropped'],
  ['read', 'flow.legendRead'],
  ['waiting', 'flow.legendWaiting'],
] as const;

export function BrokerlessPanel() {
  const t = useT();
  const [ref, size] = useElementSize<HTMLDivElement>();
  const view = useAppStore((s) => {
    const snap = s.snapshot;
    const topic = snap?.producers[0]?.topic;
    const group = snap?.consumerGroups[0];
    if (!snap || !s.scenario || !topic) return null;
    const online = group ? onlineIntervals(s.scenario, group.groupId, snap.now) : [];
    const lanes = compareLanes(snap.producedRecords, topic, group, online);
    const lag = (group?.offsets ?? []).reduce(
      (sum, o) => sum + (o.topic === topic ? Math.max(0, o.highWatermark - o.position) : 0),
      0,
    );
    return {
      now: snap.now,
      topic,
      groupId: group?.groupId ?? '',
      isOnline: (group?.members.length ?? 0) > 0,
      offline: offlineIntervals(online, snap.now),
      lanes,
      lag,
    };
  }, sameData);
  if (!view) return <p className="hint">{t('flow.noTopic')}</p>;
  const x = scaleLinear()
    .domain([Math.max(0, view.now - WINDOW_MS), Math.max(WINDOW_MS, view.now)])
    .range([8, Math.max(16, size.width - 8)]);
  const group = view.groupId;
  const state = view.isOnline
    ? t('flow.subscriberOnline', { group })
    : t('flow.subscriberOffline', { group });
  const { lanes } = view;
  return (
    <section className="panel-section flow-brokerless" aria-labelledby="flow-brokerless-title">
      <h2 id="flow-brokerless-title" className="section-title">
        {t('flow.brokerlessTitle')}
      </h2>
      <p
        className={view.isOnline ? 'flow-state is-online' : 'flow-state is-offline'}
        aria-live="polite"
      >
        {state}
      </p>
      <div ref={ref} className="flow-lanes">
        <div className="flow-lane">
          <h3>{t('flow.brokerlessLane')}</h3>
          <p className="hint">{t('flow.brokerlessRule')}</p>
          <p className="flow-counts">
            <span>{t('flow.delivered', { count: lanes.delivered })}</span>
            <span className={lanes.dropped > 0 ? 'flow-bad' : undefined}>
              {t('flow.dropped', { count: lanes.dropped })}
            </span>
          </p>
          {size.width > 0 && (
            <LaneStrip
              records={lanes.records}
              lane="brokerless"
              offline={view.offline}
              x={x}
              width={size.width}
            />
          )}
        </div>
        <div className="flow-lane">
          <h3>{t('flow.kafkaLane')}</h3>
          <p className="hint">{t('flow.kafkaRule')}</p>
          <p className="flow-counts">
            <span>{t('flow.read', { count: lanes.read })}</span>
            <span className={lanes.waiting > 0 ? 'flow-warn' : undefined}>
              {t('flow.waiting', { count: lanes.waiting })}
            </span>
            <span>{t('flow.positionLag', { group, lag: view.lag })}</span>
          </p>
          {size.width > 0 && (
            <LaneStrip
              records={lanes.records}
              lane="kafka"
              offline={view.offline}
              x={x}
              width={size.width}
            />
          )}
        </div>
      </div>
      <ul className="flow-legend">
        {LEGEND.map(([kind, key]) => (
          <li key={kind}>
            <svg width={14} height={14} aria-hidden="true">
              <Dot kind={kind} x={7} y={7} />
            </svg>
            {t(key)}
          </li>
        ))}
        <li>
          <span className="flow-swatch-offline" aria-hidden="true" />
          {t('flow.legendOffline')}
        </li>
      </ul>
      <p className="hint">
        {t('flow.windowNote', { topic: view.topic, seconds: WINDOW_MS / 1000 })}
      </p>
    </section>
  );
}
