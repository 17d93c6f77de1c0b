// The log of the selected partition (every replica side by side), or a hint to pick one.
import { useAppStore } from '../../store';
import { PartitionLogView } from '../logView/PartitionLogView';
import { useT } from '../shell/useT';
import { ViewBoundary } from './ViewBoundary';
import { ViewFailed } from './ViewFailed';

export function SelectedPartition() {
  const t = useT();
  const selected = useAppStore((s) => s.selectedPartition);
  const select = useAppStore((s) => s.selectPartition);
  const locale = useAppStore((s) => s.locale);
  const snapshot = useAppStore((s) => (s.selectedPartition ? s.snapshot : null));
  const partition = snapshot?.topics
    .flatMap((topic) => topic.partitions)
    .find((p) => `${p.topic}-${p.partition}` === selected);
  if (!selected || !snapshot || !partition) {
    return <p className="hint panel-section">{t('app.selectPartitionHint')}</p>;
  }
  return (
    // The log view names itself (its own heading and region); this is only its frame.
    <div className="panel-section selected-partition">
      <button
        type="button"
        className="ghost icon close-log"
        aria-label={t('app.closePartition', { tp: selected })}
        title={t('app.closePartition', { tp: selected })}
        onClick={() => select(null)}
      >
        ×
      </button>
      <div className="log-slot">
        <ViewBoundary key={selected} fallback={(retry) => <ViewFailed retry={retry} />}>
          <PartitionLogView
            partition={partition}
            consumerGroups={snapshot.consumerGroups}
            producedRecords={snapshot.producedRecords}
            locale={locale}
            now={snapshot.now}
          />
        </ViewBoundary>
      </div>
    </div>
  );
}
