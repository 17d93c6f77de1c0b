// A producer's settings (topic, acks, rate, batch.size, linger.ms) and counts: sent, acknowledged, failed, in flight and
// waiting in the producer, with its last error explained.
import type { ProducerView } from '../../model/snapshotTypes';
import { useT } from '../shell/useT';
import { explainError } from './errorText';

export function ProducerSummary({ producer }: { producer: ProducerView }) {
  const t = useT();
  // Records the producer holds that are neither answered nor in a request: its retry queue.
  const queued = Math.max(
    0,
    producer.sent - producer.acknowledged - producer.failed - producer.inFlight,
  );
  const counts: { key: string; label: string; n: number; tone?: string }[] = [
    { key: 'sent', label: t('producerPanel.sent'), n: producer.sent },
    { key: 'acked', label: t('producerPanel.acknowledged'), n: producer.acknowledged, tone: 'ok' },
    {
      key: 'failed',
      label: t('producerPanel.failed'),
      n: producer.failed,
      tone: producer.failed > 0 ? 'bad' : undefined,
    },
    {
      key: 'inFlight',
      label: t('producerPanel.inFlight'),
      n: producer.inFlight,
    },
    {
      key: 'queued',
      label: t('producerPanel.queued'),
      n: queued,
      tone: queued > 0 ? 'warn' : undefined,
    },
  ];
  return (
    <div className="producer-summary">
      {/* Named groups around the lists: a role on <dl> itself would orphan its <dt>s and <dd>s. */}
      <div role="group" aria-label={t('producerPanel.settings')}>
        <dl className="producer-settings">
          <div>
            <dt>{t('producerPanel.topic')}</dt>
            <dd className="mono">{producer.topic}</dd>
          </div>
          <div>
            <dt>{t('producerPanel.acks')}</dt>
            <dd className="mono">{producer.acks}</dd>
          </div>
          <div>
            <dt>{t('producerPanel.rate')}</dt>
            <dd>
              {producer.recordsPerSec > 0
                ? t('producerPanel.ratePerSec', { rate: producer.recordsPerSec })
                : t('producerPanel.rateByHand')}
            </dd>
          </div>
          <div>
            <dt className="mono">{t('producerPanel.batchSize')}</dt>
            <dd>{t('producerPanel.batchSizeValue', { bytes: producer.batchSize })}</dd>
          </div>
          <div>
            <dt className="mono">{t('producerPanel.lingerMs')}</dt>
            <dd>{t('producerPanel.lingerValue', { ms: producer.lingerMs })}</dd>
          </div>
        </dl>
      </div>
      <div role="group" aria-label={t('producerPanel.counts')}>
        <dl className="producer-counts">
          {counts.map((c) => (
            <div key={c.key} className={c.tone ? `is-${c.tone}` : undefined}>
              <dt>{c.label}</dt>
              <dd>{c.n}</dd>
            </div>
          ))}
        </dl>
      </div>
      {producer.lastError && (
        <p className="producer-last-error">
          <strong>{t('producerPanel.lastError', { error: producer.lastError })}</strong>{' '}
          {explainError(t, producer.lastError)}
        </p>
      )}
    </div>
  );
}
