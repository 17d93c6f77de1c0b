// A partition replica's directory on its broker's disk: segment files with sizes, and the segments
// along the offsets. The partition is the selected one; the broker is chosen here (the leader by default).
import { useId, useState } from 'react';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { partitionFiles } from '../concepts/partitionFiles';
import { SegmentLine } from '../concepts/SegmentLine';
import { LookupTool } from '../../storage/LookupTool';
import { OpenFile } from '../../storage/OpenFile';
import { SegmentFiles } from '../../storage/SegmentFiles';
import '../concepts/concepts.css';
import '../../storage/storage.css';

/** LogConfig DEFAULT_SEGMENT_BYTES: 1 GiB. */
const DEFAULT_SEGMENT_BYTES = 1073741824;

export function StoragePanel() {
  const t = useT();
  const ids = useId();
  const snapshot = useAppStore((s) => s.snapshot);
  const locale = useAppStore((s) => s.locale);
  const selected = useAppStore((s) => s.selectedPartition);
  const segmentFile = useAppStore((s) => s.segmentFile);
  const select = useAppStore((s) => s.selectPartition);
  const [chosenBroker, setChosenBroker] = useState<number | null>(null);
  const all = (snapshot?.topics ?? []).flatMap((topic) =>
    topic.partitions.map((p) => ({ tp: `${topic.name}-${p.partition}`, topic, p })),
  );
  const current = all.find((x) => x.tp === selected) ?? all[0];
  if (!snapshot || !current) return <p className="hint">{t('concepts.storage.noPartition')}</p>;
  const { topic, p, tp } = current;
  const replica =
    p.replicaViews.find((r) => r.brokerId === chosenBroker) ??
    p.replicaViews.find((r) => r.brokerId === p.leader) ??
    p.replicaViews[0];
  const override = topic.configs['segment.bytes'];
  const segmentBytes = override !== undefined ? Number(override) : DEFAULT_SEGMENT_BYTES;
  const files = replica
    ? partitionFiles(replica.segments, replica.leaderEpochCache, topic.topicId)
    : [];
  return (
    <section className="panel-section storage" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="section-title">
        {t('concepts.storage.title')}
      </h3>
      <p className="hint">{t('concepts.storage.intro')}</p>
      <div className="storage-pickers">
        <div className="field">
          <label htmlFor={`${ids}-tp`}>{t('concepts.storage.partition')}</label>
          <select id={`${ids}-tp`} value={tp} onChange={(e) => select(e.currentTarget.value)}>
            {all.map((x) => (
              <option key={x.tp} value={x.tp}>
                {x.tp}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-broker`}>{t('concepts.storage.broker')}</label>
          <select
            id={`${ids}-broker`}
            value={replica?.brokerId ?? ''}
            onChange={(e) => setChosenBroker(Number(e.currentTarget.value))}
          >
            {p.replicaViews.map((r) => (
              <option key={r.brokerId} value={r.brokerId}>
                {t('concepts.storage.brokerOption', {
                  id: r.brokerId,
                  role: t(`concepts.storage.role.${r.role}`),
                })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {replica && (
        <>
          <p className="storage-path">
            <code className="mono">{`${snapshot.logDirs}/${tp}/`}</code>{' '}
            <span className="hint">{t('concepts.storage.onBroker', { id: replica.brokerId })}</span>
          </p>
          <p className="hint storage-config">
            <code className="mono">
              {override !== undefined
                ? t('concepts.storage.segmentBytes', { value: override })
                : t('concepts.storage.segmentBytesDefault', { value: DEFAULT_SEGMENT_BYTES })}
            </code>
            {override !== undefined && Number(override) < DEFAULT_SEGMENT_BYTES && (
              <> — {t('concepts.storage.segmentBytesLesson')}</>
            )}
          </p>
          <SegmentLine
            t={t}
            segments={replica.segments}
            logStartOffset={replica.logStartOffset}
            logEndOffset={replica.logEndOffset}
            segmentBytes={segmentBytes}
          />
          <SegmentFiles
            // A new listing (and closed hex view) for another replica.
            key={`${tp}/${replica.brokerId}`}
            t={t}
            files={files}
            segments={replica.segments}
            locale={locale}
            read={(base, kind) => segmentFile(tp, replica.brokerId, base, kind)}
          />
          <LookupTool
            key={`lookup-${tp}/${replica.brokerId}`}
            t={t}
            segments={replica.segments}
            logStartOffset={replica.logStartOffset}
            logEndOffset={replica.logEndOffset}
            read={(base, kind) => segmentFile(tp, replica.brokerId, base, kind)}
          />
        </>
      )}
      <OpenFile />
    </section>
  );
}
