// One row per broker, in its colour: state, and the crash/restart and isolate/reconnect buttons.
import type { BrokerView } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { brokerColor, textOn } from '../theme';
import { useT } from '../shell/useT';

type BrokerRow = Pick<BrokerView, 'id' | 'state' | 'isolated'>;

export function BrokerControls() {
  const t = useT();
  const brokers = useAppStore(
    (s): BrokerRow[] =>
      (s.snapshot?.brokers ?? []).map(({ id, state, isolated }) => ({ id, state, isolated })),
    sameData,
  );
  const act = useAppStore((s) => s.act);
  return (
    <section className="panel-section" aria-labelledby="brokers-title">
      <h2 id="brokers-title" className="section-title">
        {t('app.brokers')}
      </h2>
      <ul className="broker-list">
        {brokers.map((b) => {
          const color = brokerColor(b.id);
          const down = b.state === 'crashed' || b.state === 'notStarted';
          return (
            <li key={`broker-${b.id}`} className={down ? 'broker-row is-down' : 'broker-row'}>
              <span className="broker-badge" style={{ background: color, color: textOn(color) }}>
                {b.id}
              </span>
              <span className="broker-state">
                {t(`app.brokerState.${b.state}`)}
                {b.isolated && <span className="tag">{t('app.brokerIsolatedNote')}</span>}
              </span>
              <span className="broker-actions">
                <button
                  type="button"
                  className="broker-button"
                  style={{ borderColor: color }}
                  aria-label={t(down ? 'app.brokerRestart' : 'app.brokerCrash', { id: b.id })}
                  onClick={() =>
                    act({ type: down ? 'broker.restart' : 'broker.crash', broker: b.id })
                  }
                >
                  {t(down ? 'app.restartShort' : 'app.crashShort')}
                </button>
                <button
                  type="button"
                  className="broker-button subtle"
                  disabled={down}
                  aria-label={t(b.isolated ? 'app.brokerReconnect' : 'app.brokerIsolate', {
                    id: b.id,
                  })}
                  onClick={() =>
                    act({ type: b.isolated ? 'broker.reconnect' : 'broker.isolate', broker: b.id })
                  }
                >
                  {t(b.isolated ? 'app.reconnectShort' : 'app.isolateShort')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
