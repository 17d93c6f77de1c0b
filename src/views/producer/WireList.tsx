// How the producer sends: its Produce requests (one partition's batch each) and their answers on
// the wire now, in a fixed number of lines so nothing jumps as messages come and go; then what
// acks, the counts and batching mean in this model.
import type { MessageKey } from '../../i18n/translate';
import type { ProducerView } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { brokerColor } from '../theme';
import { wireMessages, type WireMessage } from './producerRows';

const SHOWN = 3;

const ACKS_WHY: Record<ProducerView['acks'], MessageKey> = {
  all: 'producerPanel.acks.all',
  '1': 'producerPanel.acks.1',
  '0': 'producerPanel.acks.0',
};

export function WireList({ producer }: { producer: ProducerView }) {
  const t = useT();
  const producerId = producer.id;
  const messages = useAppStore(
    (s) => wireMessages(s.snapshot?.inFlight ?? [], producerId),
    sameData,
  );
  const text = (m: WireMessage) => {
    const broker = m.broker ?? '?';
    if (m.kind === 'produce')
      return m.tp !== null && m.count !== null
        ? t('producerPanel.wireProduce', { broker, tp: m.tp, count: m.count })
        : t('producerPanel.wireProduceRaw', { broker, summary: m.summary });
    if (m.error !== null) return t('producerPanel.wireError', { broker, error: m.error });
    return m.baseOffset !== null
      ? t('producerPanel.wireAck', { broker, offset: m.baseOffset })
      : t('producerPanel.wireAnswerRaw', { broker, summary: m.summary });
  };
  const shown = messages.slice(-SHOWN);
  const more = messages.length - shown.length;
  return (
    <div className="producer-wire">
      <h3 className="producer-subtitle">{t('producerPanel.wire')}</h3>
      <ul className="producer-wire-list">
        {shown.length === 0 && <li className="hint">{t('producerPanel.wireNone')}</li>}
        {shown.map((m) => (
          <li
            key={m.id}
            className={`wire-${m.kind}${m.kind === 'response' && m.error ? ' is-error' : ''}`}
          >
            <span className="wire-arrow" aria-hidden="true">
              {m.kind === 'produce' ? '→' : '←'}
            </span>
            {m.broker !== null && (
              <span
                className="dot"
                aria-hidden="true"
                style={{ background: brokerColor(m.broker) }}
              />
            )}
            <span className="wire-text">{text(m)}</span>
          </li>
        ))}
        {more > 0 && <li className="hint">+{more}</li>}
      </ul>
      <p className="hint">{t('producerPanel.wireHint')}</p>
      <p className="hint">{t(ACKS_WHY[producer.acks])}</p>
      <p className="hint">{t('producerPanel.countsHint')}</p>
    </div>
  );
}
