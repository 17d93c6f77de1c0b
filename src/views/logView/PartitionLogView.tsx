// A partition's replicas side by side: offset cells aligned by offset, LEO/HW, epochs, truncation.
import { Fragment, useId, useLayoutEffect, useRef } from 'react';
import type {
  ConsumerGroupView,
  PartitionView,
  ProducedRecordView,
} from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { FONT_FAMILY, epochColor } from '../theme';
import { orderedReplicas, partitionName, replicaRole } from '../diagram/replicaRole';
import { ConsumerRow } from './ConsumerRow';
import { logWindow, offsetRanges, offsets, WINDOW } from './logWindow';
import { LostSummary } from './LostSummary';
import { ReplicaRows } from './ReplicaRows';
import { lt } from './text';
import './logView.css';

export interface PartitionLogViewProps {
  partition: PartitionView;
  consumerGroups: ConsumerGroupView[];
  producedRecords: ProducedRecordView[];
  locale: Locale;
  now: number;
}

export function PartitionLogView({
  partition,
  consumerGroups,
  producedRecords,
  locale,
  now,
}: PartitionLogViewProps) {
  const name = partitionName(partition);
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const window = logWindow(partition);
  const shown = offsets(window);
  const lost = producedRecords.filter(
    (r) => r.fate === 'lost' && r.topic === partition.topic && r.partition === partition.partition,
  );
  const lostIds = new Set(lost.map((r) => r.recordId));
  const replicas = orderedReplicas(partition);
  const epochs = [
    ...new Set(partition.replicaViews.flatMap((r) => r.leaderEpochCache.map((e) => e.epoch))),
  ].sort((a, b) => a - b);

  // Newest offsets matter most: keep the right end in view when the log grows.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [window.end]);

  // Brokers are not in PartitionView: a replica the controller marked offline is drawn offline.
  const role = (r: PartitionView['replicaViews'][number]) => replicaRole(partition, r);

  return (
    <section className="kl-view" aria-labelledby={headingId} style={{ fontFamily: FONT_FAMILY }}>
      <header className="kl-header">
        <h3 id={headingId}>{lt(locale, 'caption', { partition: name })}</h3>
        <p className="kl-meta">
          {lt(locale, 'meta', {
            leader: partition.leader ?? lt(locale, 'leaderNone'),
            epoch: partition.leaderEpoch,
            isr: partition.isr.join(','),
            state: partition.state,
          })}
        </p>
        <p className="kl-legend" aria-hidden="true">
          {lt(locale, 'epochLegend')}
          {epochs.map((e) => (
            <span
              key={e}
              className="kl-legend-epoch"
              style={{ background: epochColor(e).fill, borderColor: epochColor(e).edge }}
            >
              {e}
            </span>
          ))}
        </p>
      </header>
      {window.hidden && (
        <p className="kl-note">
          {lt(locale, 'hidden', { from: window.hidden.from, to: window.hidden.to, count: WINDOW })}
        </p>
      )}
      <div className="kl-scroll" ref={scroller}>
        <table className="kl-table">
          <caption className="kl-sr-only">{lt(locale, 'caption', { partition: name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="kl-corner">
                {lt(locale, 'offset')}
              </th>
              {shown.map((o) => (
                <th scope="col" key={o} className="kl-offset">
                  {o}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {replicas.map((r, i) => (
              <Fragment key={r.brokerId}>
                <ReplicaRows
                  replica={r}
                  role={role(r)}
                  now={now}
                  window={window}
                  lostIds={lostIds}
                  locale={locale}
                />
                {i === 0 && (
                  <ConsumerRow
                    partition={partition}
                    groups={consumerGroups}
                    offsets={shown}
                    locale={locale}
                  />
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {lost.length > 0 && (
        <LostSummary
          count={lost.length}
          summary={lt(locale, 'lostCount', {
            count: lost.length,
            ranges: offsetRanges(lost.flatMap((r) => (r.offset === null ? [] : [r.offset]))),
          })}
          records={lost
            .map((r) => `${r.offset ?? '?'} (${r.key ?? lt(locale, 'nullKey')}, ${r.recordId})`)
            .join(', ')}
          locale={locale}
        />
      )}
    </section>
  );
}
