// The producer's accumulator: per partition, the batch filling up (records, bytes out of batch.size)
// and what it waits for (the linger.ms countdown, a retry, a leader or a request slot), before the
// Produce request it becomes appears on the wire below.
import type { MessageKey } from '../../i18n/translate';
import type { ProducerView, TopicView } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { brokerColor, textOn } from '../theme';
import { batchRows, type BatchRow, type BatchWait } from './producerRows';

const WAIT_TEXT: Record<BatchWait, MessageKey> = {
  linger: 'producerPanel.batchLinger',
  retry: 'producerPanel.batchRetry',
  full: 'producerPanel.batchFull',
  blocked: 'producerPanel.batchBlocked',
  noMetadata: 'producerPanel.batchNoMetadata',
};

const NO_TOPICS: readonly TopicView[] = [];

function leaderOf(topics: readonly TopicView[], topic: string, partition: number): number | null {
  const p = topics.find((x) => x.name === topic)?.partitions.find((x) => x.partition === partition);
  return p && p.leader !== null && p.leader >= 0 ? p.leader : null;
}

export function BatchList({ producer }: { producer: ProducerView }) {
  const t = useT();
  const now = useAppStore((s) => s.snapshot?.now ?? 0);
  const topics = useAppStore((s) => s.snapshot?.topics ?? NO_TOPICS, sameData);
  const rows = batchRows(producer, now);
  const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  const row = (b: BatchRow) => {
    const leader = b.partition >= 0 ? leaderOf(topics, producer.topic, b.partition) : null;
    const fill = leader === null ? null : brokerColor(leader);
    // The countdown bar empties as the wait runs out (linger.ms or retry.backoff.ms).
    const left = b.waitMs > 0 ? b.msLeft / b.waitMs : 0;
    return (
      <li key={b.key} className={`batch-row is-${b.wait}`}>
        <span
          className={`record-partition${fill === null ? ' no-leader' : ''}`}
          style={fill === null ? undefined : { background: fill, color: textOn(fill) }}
          aria-label={
            b.partition >= 0
              ? t('producerPanel.batchPartition', { partition: b.partition })
              : t('producerPanel.partitionUnknown')
          }
        >
          {b.partition >= 0 ? `P${b.partition}` : '?'}
        </span>
        <span className="batch-main">
          <span className="batch-size-line">
            {t('producerPanel.batchFill', {
              records: b.records,
              bytes: b.bytes,
              batchSize: producer.batchSize,
            })}
          </span>
          <span
            className="batch-meter"
            role="img"
            aria-label={t('producerPanel.batchMeter', { percent: Math.round(b.fill * 100) })}
          >
            <span className="batch-meter-fill" style={{ width: `${b.fill * 100}%` }} />
          </span>
          <span className="batch-wait">
            {t(WAIT_TEXT[b.wait], { seconds: seconds(b.msLeft) })}
            {(b.wait === 'linger' || b.wait === 'retry') && (
              <span className="batch-countdown" aria-hidden="true">
                <span style={{ width: `${left * 100}%` }} />
              </span>
            )}
          </span>
        </span>
      </li>
    );
  };
  return (
    <div className="producer-batches" role="group" aria-label={t('producerPanel.batches')}>
      <h3 className="producer-subtitle">{t('producerPanel.batches')}</h3>
      {rows.length === 0 ? (
        <p className="hint batch-none">
          {producer.lingerMs === 0
            ? t('producerPanel.batchesNoneLinger0')
            : t('producerPanel.batchesNone', { linger: producer.lingerMs })}
        </p>
      ) : (
        <ul className="batch-list">{rows.map(row)}</ul>
      )}
      <p className="hint">
        {t('producerPanel.batchHint', {
          batchSize: producer.batchSize,
          linger: producer.lingerMs,
        })}
      </p>
    </div>
  );
}
