// The acknowledged records a run lost: partition, offset, key, value, each marked lost in text.
import type { LostRecord } from '../../store';
import { useT } from '../shell/useT';

export function LostTable({ records }: { records: readonly LostRecord[] }) {
  const t = useT();
  return (
    // Focusable, so a long list scrolls by keyboard too.
    <div
      className="table-scroll durability-lost-scroll"
      tabIndex={0}
      role="group"
      aria-label={t('durability.lostCaption')}
    >
      <table className="durability-lost">
        <caption>{t('durability.lostCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('durability.colPartition')}</th>
            <th scope="col" className="num">
              {t('durability.colOffset')}
            </th>
            <th scope="col">{t('durability.colKey')}</th>
            <th scope="col">{t('durability.colValue')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.recordId}>
              <td className="mono">{`${r.topic}-${r.partition}`}</td>
              <td className="num mono">{r.offset ?? t('durability.noOffset')}</td>
              <td className="mono">{r.key ?? t('durability.nullKey')}</td>
              <td className="is-lost">
                <span className="mono">{r.value}</span>{' '}
                <span className="tag tag-lost">{t('durability.lostMark')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
