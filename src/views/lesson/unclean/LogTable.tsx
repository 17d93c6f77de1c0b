// One phase of the comparison (the logs before the election, or now): offsets down, replicas across.
import { brokerColor } from '../../theme';
import { useT } from '../../shell/useT';
import type { CompareRow, ReplicaSummary } from './panelModel';

interface Props {
  caption: string;
  phase: 'before' | 'now';
  replicas: ReplicaSummary[];
  rows: CompareRow[];
  /** The new leader's log end at the election: the first offset where the logs may differ. */
  divergeAt: number;
}

export function LogTable({ caption, phase, replicas, rows, divergeAt }: Props) {
  const t = useT();
  return (
    <div className="table-scroll unclean-log">
      <table className="unclean-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('unclean.colOffset')}
            </th>
            {replicas.map((r) => (
              <th scope="col" key={r.brokerId}>
                <span
                  className="dot"
                  aria-hidden="true"
                  style={{ background: brokerColor(r.brokerId) }}
                />
                {t('unclean.brokerN', { id: r.brokerId })}
                {r.chosen && <span className="tag">{t('unclean.roleNewLeader')}</span>}
                {phase === 'now' && r.downNow && (
                  <span className="tag">{t('unclean.roleDown')}</span>
                )}
                <span className="unclean-leo">
                  {t('unclean.leoShort', { leo: phase === 'before' ? r.leoBefore : r.leoNow })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.offset} className={row.offset === divergeAt ? 'is-divergence' : undefined}>
              <th scope="row" className="num">
                {row.offset}
              </th>
              {row.cells.map((cell, i) => {
                const rec = phase === 'before' ? cell.before : cell.now;
                const key = replicas[i]?.brokerId ?? i;
                if (!rec)
                  return (
                    <td key={key} className="is-empty">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('unclean.emptyCell')}</span>
                    </td>
                  );
                return (
                  <td key={key} className={rec.lost ? 'is-lost' : undefined}>
                    <span className="mono">{rec.value}</span>
                    {rec.lost && <span className="tag tag-lost">{t('unclean.lostMark')}</span>}
                    {phase === 'now' && cell.replaced && (
                      <span className="tag">{t('unclean.newMark')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
