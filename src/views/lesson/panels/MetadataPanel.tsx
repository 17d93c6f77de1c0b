// The metadata every broker must agree on (alive brokers, controller, leaders, ISRs, epochs), marking what just changed.
import { useRef } from 'react';
import { sameData, useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { changeText } from '../cluster/changeText';
import { emptyTracker, trackChanges } from '../cluster/changeTracker';
import { metadataCells, metadataRows } from '../cluster/metadataRows';
import { BrokerMetaTable, PartitionMetaTable } from '../cluster/MetadataTables';
import '../cluster/cluster.css';

/** Virtual ms in which brokers register and the first leaders are elected (the scenarios start at 0). */
const STARTUP_MS = 1000;

export function MetadataPanel() {
  const t = useT();
  const rows = useAppStore((s) => (s.snapshot ? metadataRows(s.snapshot) : null), sameData);
  const now = useAppStore((s) => s.snapshot?.now ?? 0);
  const tracker = useRef(emptyTracker());
  if (!rows) return null;
  // Idempotent for the same cells and time, so a repeated render marks nothing twice. While the
  // cluster starts up, everything "changes" from nothing: that is the baseline, not news.
  const base = now < STARTUP_MS ? emptyTracker() : tracker.current;
  tracker.current = trackChanges(base, metadataCells(rows), now);
  const changes = tracker.current.log
    .flatMap((c) => {
      const text = changeText(c, t);
      return text ? [{ ...c, text }] : [];
    })
    .slice(0, 8);
  return (
    <section className="panel-section cm-metadata" aria-labelledby="cm-meta-title">
      <h2 id="cm-meta-title" className="section-title">
        {t('clusterViews.metaTitle')}
      </h2>
      <p className="hint cm-intro">{t('clusterViews.metaIntro')}</p>
      <p className="cm-controller">
        <span className="crown" aria-hidden="true">
          ♛
        </span>{' '}
        {rows.controller === null
          ? t('clusterViews.metaControllerNone', { epoch: rows.controllerEpoch })
          : t('clusterViews.metaController', { id: rows.controller, epoch: rows.controllerEpoch })}
      </p>
      <div className="cm-tables">
        <BrokerMetaTable rows={rows} tracker={tracker.current} t={t} />
        <PartitionMetaTable rows={rows} tracker={tracker.current} t={t} />
      </div>
      <div className="cm-changes">
        <h3>{t('clusterViews.changes')}</h3>
        {changes.length === 0 ? (
          <p className="hint">{t('clusterViews.noChanges')}</p>
        ) : (
          <ul aria-live="polite">
            {changes.map((c) => (
              <li key={`${c.key}-${c.at}`}>{c.text}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
