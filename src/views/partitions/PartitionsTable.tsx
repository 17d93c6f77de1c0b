// The Partitions table: kafka-topics.sh --describe as a table; a row opens that partition's log.
import type { KeyboardEvent } from 'react';
import { sameData, useAppStore } from '../../store';
import { brokerColor } from '../theme';
import { useT } from '../shell/useT';
import { describeRows } from './describeRows';

export function PartitionsTable() {
  const t = useT();
  const none = t('app.leaderNone');
  const rows = useAppStore((s) => describeRows(s.snapshot?.topics ?? [], none), sameData);
  const selected = useAppStore((s) => s.selectedPartition);
  const select = useAppStore((s) => s.selectPartition);
  const toggle = (id: string) => select(selected === id ? null : id);
  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    toggle(id);
  };
  return (
    <section className="panel-section">
      <div className="table-scroll">
        <table className="describe" aria-describedby="partitions-hint">
          <caption className="describe-caption">{t('app.partitions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.colTopic')}</th>
              <th scope="col">{t('app.colPartition')}</th>
              <th scope="col">{t('app.colLeader')}</th>
              <th scope="col">{t('app.colReplicas')}</th>
              <th scope="col">{t('app.colIsr')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="hint">
                  {t('app.noTopics')}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr
                key={row.id}
                tabIndex={0}
                aria-selected={selected === row.id}
                className={[
                  'describe-row',
                  row.offline ? 'is-offline' : '',
                  row.underReplicated ? 'is-under' : '',
                ].join(' ')}
                onClick={() => toggle(row.id)}
                onKeyDown={(e) => onKey(e, row.id)}
              >
                <td>{row.topic}</td>
                <td className="num">{row.partition}</td>
                <td className="num">
                  {row.leaderId !== null && (
                    <span
                      className="dot"
                      aria-hidden="true"
                      style={{ background: brokerColor(row.leaderId) }}
                    />
                  )}
                  {row.leader}
                </td>
                <td className="mono">{row.replicas}</td>
                <td className="mono">{row.isr}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint table-hint" id="partitions-hint">
        {t('app.partitionsHint')}
      </p>
    </section>
  );
}
