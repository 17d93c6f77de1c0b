// A group's offsets per partition, as kafka-consumer-groups.sh --describe reports them, with a bar:
// read (up to the position), lag (position to high watermark), and the committed offset as a tick.
import type { GroupRow } from './groupRows';
import { useT } from '../../shell/useT';

export function OffsetTable({ row }: { row: GroupRow }) {
  const t = useT();
  const caption = t('flow.offsetsCaption', { group: row.groupId });
  const pct = (n: number) => `${Math.min(100, (n / row.scale) * 100)}%`;
  return (
    // Focusable, so a keyboard can scroll it when the table is wider than the panel.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="flow-offsets">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('flow.colPartition')}</th>
            <th scope="col" className="flow-bar-col">
              {t('flow.colProgress')}
            </th>
            <th scope="col">{t('flow.colPosition')}</th>
            <th scope="col">{t('flow.colCommitted')}</th>
            <th scope="col">{t('flow.colHighWatermark')}</th>
            <th scope="col">{t('flow.colLag')}</th>
          </tr>
        </thead>
        <tbody>
          {row.partitions.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.id}</th>
              <td className="flow-bar-col">
                <div
                  className="flow-bar"
                  role="img"
                  aria-label={t('flow.barLabel', {
                    partition: p.id,
                    position: p.position,
                    highWatermark: p.highWatermark,
                    lag: p.lag,
                  })}
                >
                  <span className="flow-bar-read" style={{ width: pct(p.position) }} />
                  <span
                    className="flow-bar-lag"
                    style={{ left: pct(p.position), width: pct(p.lag) }}
                  />
                  {p.committed !== null && (
                    <span className="flow-bar-commit" style={{ left: pct(p.committed) }} />
                  )}
                </div>
              </td>
              <td className="num">{p.position}</td>
              <td className="num">{p.committed ?? t('flow.noCommit')}</td>
              <td className="num">{p.highWatermark}</td>
              <td className={p.lag > 0 ? 'num flow-lag' : 'num'}>{p.lag}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
