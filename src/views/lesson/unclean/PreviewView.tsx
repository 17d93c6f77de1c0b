// An offline partition (Leader none): each replica in assignment order, alive or not, in the ISR or
// not, and its log end — and who an unclean election would pick (KAFKA.md 5.3).
import { brokerColor } from '../../theme';
import { useT } from '../../shell/useT';
import type { OfflinePreview } from './compare';

export function PreviewView({ preview }: { preview: OfflinePreview }) {
  const t = useT();
  const yesNo = (v: boolean) => t(v ? 'unclean.yes' : 'unclean.no');
  const picked = preview.candidates.find((c) => c.brokerId === preview.wouldPick);
  return (
    <div className="unclean-preview">
      <h3 className="unclean-subtitle">{t('unclean.previewTitle', { tp: preview.tp })}</h3>
      <p>{t('unclean.previewIntro', { replicas: preview.assignment.join(',') })}</p>
      <div className="table-scroll">
        <table className="unclean-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('unclean.colOrder')}
              </th>
              <th scope="col">{t('unclean.colReplica')}</th>
              <th scope="col">{t('unclean.colAlive')}</th>
              <th scope="col">{t('unclean.colInIsr')}</th>
              <th scope="col" className="num">
                {t('unclean.colLeo')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.candidates.map((c, i) => (
              <tr
                key={c.brokerId}
                className={c.brokerId === preview.wouldPick ? 'is-picked' : undefined}
              >
                <td className="num">{i + 1}</td>
                <th scope="row">
                  <span
                    className="dot"
                    aria-hidden="true"
                    style={{ background: brokerColor(c.brokerId) }}
                  />
                  {t('unclean.brokerN', { id: c.brokerId })}
                </th>
                <td>{yesNo(c.live)}</td>
                <td>{yesNo(c.inIsr)}</td>
                <td className="num">{c.leo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="unclean-facts">
        <li>{t('unclean.previewWaiting', { isr: preview.isr.join(',') })}</li>
        {picked ? (
          <li>
            <strong>{t('unclean.previewWouldPick', { id: picked.brokerId })}</strong>
          </li>
        ) : (
          <li>{t('unclean.previewNoOne')}</li>
        )}
        {picked && preview.moreData && (
          <li>
            {t('unclean.previewMoreData', {
              id: preview.moreData.brokerId,
              leo: preview.moreData.leo,
              pickedId: picked.brokerId,
              pickedLeo: picked.leo,
            })}
          </li>
        )}
      </ul>
    </div>
  );
}
