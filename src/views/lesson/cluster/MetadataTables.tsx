// The two tables of the Metadata panel: brokers (alive, session, epochs) and partitions (leader, ISR, epoch).
import type { ReactNode } from 'react';
import { brokerColor } from '../../theme';
import type { T } from '../../shell/useT';
import { isRecent, type ChangeTracker } from './changeTracker';
import type { MetadataRows } from './metadataRows';

interface CellProps {
  tracker: ChangeTracker;
  cell: string;
  t: T;
  className?: string;
  children: ReactNode;
}

/** A table cell that is marked (and says so to screen readers) while its value just changed. */
function Cell({ tracker, cell, t, className = '', children }: CellProps) {
  const recent = isRecent(tracker, cell);
  return (
    <td className={`${className} ${recent ? 'cm-cell is-changed' : 'cm-cell'}`}>
      {children}
      {recent && <span className="visually-hidden"> {t('clusterViews.changed')}</span>}
    </td>
  );
}

function BrokerDot({ id }: { id: number }) {
  return <span className="dot" aria-hidden="true" style={{ background: brokerColor(id) }} />;
}

export function BrokerMetaTable({
  rows,
  tracker,
  t,
}: {
  rows: MetadataRows;
  tracker: ChangeTracker;
  t: T;
}) {
  const none = t('clusterViews.nothing');
  return (
    <div className="table-scroll">
      <table className="describe cm-table">
        <caption>{t('clusterViews.metaBrokers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clusterViews.colBroker')}</th>
            <th scope="col">{t('clusterViews.colAlive')}</th>
            <th scope="col">{t('clusterViews.colSession')}</th>
            <th scope="col">{t('clusterViews.colBrokerEpoch')}</th>
            <th scope="col">{t('clusterViews.colKnownEpoch')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.brokers.map((b) => (
            <tr key={`broker-${b.id}`} className={b.registered ? '' : 'cm-gone'}>
              <th scope="row">
                <BrokerDot id={b.id} />
                {b.id}
              </th>
              <Cell tracker={tracker} cell={`broker-${b.id}:alive`} t={t}>
                {t(b.registered ? 'clusterViews.alive' : 'clusterViews.gone')}
              </Cell>
              <Cell tracker={tracker} cell={`broker-${b.id}:session`} t={t} className="mono">
                {b.session === null ? none : `0x${b.session.toString(16)}`}
              </Cell>
              <Cell tracker={tracker} cell={`broker-${b.id}:brokerEpoch`} t={t} className="num">
                {b.brokerEpoch ?? none}
              </Cell>
              <Cell
                tracker={tracker}
                cell={`broker-${b.id}:known`}
                t={t}
                className={b.staleControllerEpoch ? 'num cm-stale' : 'num'}
              >
                {b.knownControllerEpoch === null
                  ? t('clusterViews.brokerDown')
                  : b.staleControllerEpoch
                    ? t('clusterViews.behind', { epoch: b.knownControllerEpoch })
                    : b.knownControllerEpoch}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PartitionMetaTable({
  rows,
  tracker,
  t,
}: {
  rows: MetadataRows;
  tracker: ChangeTracker;
  t: T;
}) {
  return (
    <div className="table-scroll">
      <table className="describe cm-table">
        <caption>{t('clusterViews.metaPartitions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clusterViews.colPartition')}</th>
            <th scope="col">{t('clusterViews.colLeader')}</th>
            <th scope="col">{t('clusterViews.colIsr')}</th>
            <th scope="col">{t('clusterViews.colLeaderEpoch')}</th>
            <th scope="col">{t('clusterViews.colOwnView')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.partitions.map((p) => (
            <tr key={p.id} className={p.leader === null ? 'cm-offline' : ''}>
              <th scope="row" className="mono">
                {p.id}
              </th>
              <Cell tracker={tracker} cell={`${p.id}:leader`} t={t} className="num cm-leader">
                {p.leader !== null && <BrokerDot id={p.leader} />}
                {p.leader ?? t('clusterViews.leaderNone')}
              </Cell>
              <Cell tracker={tracker} cell={`${p.id}:isr`} t={t} className="mono">
                {p.isr.join(',')}
              </Cell>
              <Cell tracker={tracker} cell={`${p.id}:epoch`} t={t} className="num">
                {p.leaderEpoch}
              </Cell>
              <td className={p.ownViews.length > 0 ? 'cm-own cm-stale' : 'cm-own hint'}>
                {p.ownViews.length === 0
                  ? t('clusterViews.ownAgree')
                  : p.ownViews
                      .map((v) =>
                        t(
                          v.role === 'leader'
                            ? 'clusterViews.ownLeader'
                            : 'clusterViews.ownFollower',
                          {
                            id: v.brokerId,
                          },
                        ),
                      )
                      .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
