// The uncleanCompare lesson panel: each replica's log just before an unclean leader election and
// now, side by side, the acknowledged records it lost marked in text; before one, who it would pick.
import { sameData, useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { PreviewView } from '../unclean/PreviewView';
import { CompareView } from '../unclean/CompareView';
import { uncleanPanelModel } from '../unclean/panelModel';
import '../unclean/unclean.css';

export function UncleanComparePanel() {
  const t = useT();
  const model = useAppStore(
    (s) => (s.snapshot ? uncleanPanelModel(s.snapshot, s.events, s.selectedPartition) : null),
    sameData,
  );
  return (
    <section className="panel-section unclean" aria-labelledby="unclean-title">
      <h2 id="unclean-title" className="section-title">
        {t('unclean.title')}
      </h2>
      {(!model || model.kind === 'none') && <p className="hint">{t('unclean.noneYet')}</p>}
      {model?.kind === 'preview' && <PreviewView preview={model.preview} />}
      {model?.kind === 'compare' && <CompareView model={model} />}
    </section>
  );
}
