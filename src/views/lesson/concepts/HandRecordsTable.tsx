// The records the learner sent by hand, newest first: key → partition → offset, and how the partition was chosen.
import type { ProducedRecordView } from '../../../model/snapshotTypes';
import type { T } from '../../shell/useT';

export function HandRecordsTable({ t, records }: { t: T; records: ProducedRecordView[] }) {
  if (records.length === 0) return <p className="hint">{t('concepts.key.noneSent')}</p>;
  return (
    // Focusable: the table may scroll sideways on a narrow screen, and a keyboard must reach it.
    <div className="table-scroll" tabIndex={0} role="group" aria-label={t('concepts.key.sent')}>
      <table className="describe hand-records">
        <caption>{t('concepts.key.sent')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('concepts.key.col.key')}</th>
            <th scope="col">{t('concepts.key.col.value')}</th>
            <th scope="col">{t('concepts.key.col.partition')}</th>
            <th scope="col">{t('concepts.key.col.offset')}</th>
            <th scope="col">{t('concepts.key.col.how')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.recordId}>
              <td className="mono">{r.key ?? t('concepts.key.nullKey')}</td>
              <td className="mono hand-value">{r.value}</td>
              <td className="mono">{`${r.topic}-${r.partition}`}</td>
              <td className="mono">
                {r.offset ??
                  (r.fate === 'pending' ? t('concepts.key.pending') : t('concepts.key.failed'))}
              </td>
              <td>{r.key === null ? t('concepts.key.how.sticky') : t('concepts.key.how.hash')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
