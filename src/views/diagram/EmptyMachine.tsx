// An empty machine (startup 'manual' before any broker runs): instead of an empty broker band, the
// next step in words — start ZooKeeper first if it is not running, then a broker.
import type { Locale } from '../../i18n/messages';
import type { Rect } from './clusterLayout';
import { dt } from './text';
import { ZOOKEEPER_START } from './ZooKeeperNode';

/** Kafka's quickstart command; the same in every language. */
export const KAFKA_START = 'bin/kafka-server-start.sh config/server.properties';

const MAX_W = 560;

export function EmptyMachine({
  band,
  zookeeperRunning,
  locale,
}: {
  band: Rect;
  zookeeperRunning: boolean;
  locale: Locale;
}) {
  const width = Math.min(band.width, MAX_W);
  const x = band.x + (band.width - width) / 2;
  const commands = zookeeperRunning ? [KAFKA_START] : [ZOOKEEPER_START, KAFKA_START];
  return (
    // The whole band height, the card centred in it at its own height (HTML knows the text's).
    <foreignObject x={x} y={band.y} width={width} height={band.height} data-testid="empty-machine">
      <div className="kd-empty-band">
        <div className="kd-empty" lang={locale}>
          <p className="kd-empty-title">{dt(locale, 'emptyTitle')}</p>
          <p>{dt(locale, zookeeperRunning ? 'emptyStartBroker' : 'emptyStartBoth')}</p>
          {/* Numbered only when the order matters: ZooKeeper before the broker. */}
          <ol className={`kd-empty-commands${commands.length === 1 ? ' kd-empty-single' : ''}`}>
            {commands.map((command) => (
              <li key={command}>
                <code>{command}</code>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </foreignObject>
  );
}
