// One row per broker, in its colour: state, and the crash/restart and isolate/reconnect buttons.
// On an empty machine (no broker started yet), a sentence saying how to start one.
import type { BrokerState, BrokerView } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { brokerColor, textOn } from '../theme';
import { useT } from '../shell/useT';

type BrokerRow = Pick<BrokerView, 'id' | 'state' | 'isolated'>;

/** No process runs: Restart (the model restarts crashed and cleanly stopped brokers alike). */
const isDown = (state: BrokerState) =>
  state === 'crashed' || state === 'stopped' || state === 'notStarted';

/** Kafka's quickstart command; the same in every language. */
const KAFKA_START = 'bin/kafka-server-start.sh config/server.properties';

export function BrokerControls() {
  const t = useT();
  const brokers = useAppStore(
    (s): BrokerRow[] =>
      (s.snapshot?.brokers ?? []).map(({ id, state, isolated }) => ({ id, state, isolated })),
    sameData,
  );
  // No snapshot yet (still loading) is not an empty machine: say nothing until there is one.
  const loaded = useAppStore((s) => s.snapshot !== null);
  const act = useAppStore((s) => s.act);
  return (
    <section className="panel-section" aria-labelledby="brokers-title">
      <h2 id="brokers-title" className="section-title">
        {t('app.brokers')}
      </h2>
      {!loaded ? null : brokers.length === 0 ? (
        <p className="hint">
          {t('app.noBrokers')} {t('app.noBrokersHint')} <code className="mono">{KAFKA_START}</code>
        </p>
      ) : (
        <ul className="broker-list">
          {brokers.map((b) => {
            const color = brokerColor(b.id);
            const down = isDown(b.state);
            return (
              <li
                key={`broker-${b.id}`}
                className={
                  down
                    ? `broker-row is-down${b.state === 'stopped' ? ' is-stopped' : ''}`
                    : 'broker-row'
                }
              >
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
                      act({
                        type: b.isolated ? 'broker.reconnect' : 'broker.isolate',
                        broker: b.id,
                      })
                    }
                  >
                    {t(b.isolated ? 'app.reconnectShort' : 'app.isolateShort')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
