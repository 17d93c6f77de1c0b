// Try any key: Kafka's default partitioner worked out number by number (pure computation, nothing sent).
import { useId, useState } from 'react';
import type { T } from '../../shell/useT';
import { hexBytes, keyHashSteps } from './keyHash';

interface KeyTryProps {
  t: T;
  topic: string;
  /** Partition count of the topic and each partition's leader (null = none). */
  leaders: (number | null)[];
}

export function KeyTry({ t, topic, leaders }: KeyTryProps) {
  const inputId = useId();
  const [key, setKey] = useState('user-42');
  const count = leaders.length;
  const steps = key === '' || count === 0 ? null : keyHashSteps(key, count);
  const leader = steps ? leaders[steps.partition] : null;
  return (
    <div className="key-try">
      <div className="field">
        <label htmlFor={inputId}>{t('concepts.key.try')}</label>
        <input
          id={inputId}
          value={key}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setKey(e.currentTarget.value)}
        />
      </div>
      <p className="hint">{t('concepts.key.topic', { topic, count })}</p>
      {steps ? (
        <dl className="key-steps" aria-live="polite">
          <dt>{t('concepts.key.bytes', { count: steps.bytes.length })}</dt>
          <dd className="mono key-bytes">{hexBytes(steps.bytes)}</dd>
          <dt>{t('concepts.key.murmur2')}</dt>
          <dd className="mono">{steps.hash}</dd>
          <dt>{t('concepts.key.toPositive')}</dt>
          <dd className="mono">
            {steps.hash} &amp; 0x7fffffff = {steps.positive}
          </dd>
          <dt>{t('concepts.key.modulo', { count })}</dt>
          <dd className="mono">
            {steps.positive} % {count} = <strong>{steps.partition}</strong>
          </dd>
          <dt className="key-result-label">→</dt>
          <dd className="key-result">
            <strong>
              {t('concepts.key.result', {
                partition: steps.partition,
                tp: `${topic}-${steps.partition}`,
              })}
            </strong>{' '}
            <span className="hint">
              {leader == null
                ? t('concepts.key.noLeader')
                : t('concepts.key.leader', { id: leader })}
            </span>
          </dd>
        </dl>
      ) : (
        <div className="key-null" aria-live="polite">
          <strong>{t('concepts.key.nullTitle')}</strong>
          <p>{t('concepts.key.null')}</p>
        </div>
      )}
    </div>
  );
}
