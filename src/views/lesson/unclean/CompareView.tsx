// After an unclean election: what happened in words, then the logs before and now as two tables
// (side by side when there is room), lost acknowledged records marked with text, not colour alone.
import { formatSeconds } from '../../playback/formatTime';
import { useT } from '../../shell/useT';
import { offsetRanges } from './compare';
import { LogTable } from './LogTable';
import { hiddenAfter, type UncleanPanelModel } from './panelModel';

type Compare = Extract<UncleanPanelModel, { kind: 'compare' }>;

export function CompareView({ model }: { model: Compare }) {
  const t = useT();
  const c = model.comparison;
  const chosen = c.replicas.find((r) => r.chosen);
  const chosenLeo = chosen?.leoBefore ?? 0;
  const hidden = hiddenAfter(model);
  return (
    <div className="unclean-compare">
      <ul className="unclean-facts">
        <li>
          {t('unclean.elected', {
            time: formatSeconds(c.at),
            leader: c.leader,
            tp: c.tp,
            epoch: c.epoch,
          })}
        </li>
        <li>{t('unclean.order', { replicas: c.assignment.join(',') })}</li>
        {c.moreData && (
          <li>
            <strong>
              {t('unclean.moreData', { id: c.moreData.brokerId, leo: c.moreData.leo, chosenLeo })}
            </strong>
          </li>
        )}
        <li>
          {c.lostOffsets.length > 0
            ? t('unclean.lost', {
                count: c.lostOffsets.length,
                offsets: offsetRanges(c.lostOffsets),
              })
            : t('unclean.noneLost')}
        </li>
        {c.replicas.flatMap((r) =>
          r.truncations.map((x) => (
            <li key={`${r.brokerId}-${x.at}`}>
              {t('unclean.truncated', {
                id: r.brokerId,
                from: x.fromOffset,
                to: x.toOffset,
                count: x.count,
              })}
            </li>
          )),
        )}
        {c.replicas
          .filter((r) => r.downNow && r.truncations.length === 0 && r.leoBefore > chosenLeo)
          .map((r) => (
            <li key={`down-${r.brokerId}`}>
              {t('unclean.stillDown', { id: r.brokerId, last: r.leoBefore - 1 })}
            </li>
          ))}
        {c.count > 1 && <li>{t('unclean.earlier', { count: c.count })}</li>}
      </ul>
      <div className="unclean-tables">
        <LogTable
          caption={t('unclean.beforeCaption', { epoch: c.epoch })}
          phase="before"
          replicas={c.replicas}
          rows={model.rows}
          divergeAt={chosenLeo}
        />
        <LogTable
          caption={t('unclean.nowCaption')}
          phase="now"
          replicas={c.replicas}
          rows={model.rows}
          divergeAt={chosenLeo}
        />
      </div>
      {hidden > 0 && <p className="hint">{t('unclean.more', { count: hidden })}</p>}
      <p className="hint">{t('unclean.legend')}</p>
    </div>
  );
}
