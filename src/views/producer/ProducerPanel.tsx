// The producer panel: one producer's settings and counts, its batches filling up in the
// accumulator, its requests on the wire, and its recent records with their fates (pending,
// acknowledged with offset, failed with the reason, lost).
// Which producer and which fates to list are this view's own choices; the rest is the snapshot.
import { useId, useState } from 'react';
import type { ProducerView } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { useT } from '../shell/useT';
import type { FateFilter } from './producerRows';
import { BatchList } from './BatchList';
import { ProducerSummary } from './ProducerSummary';
import { RecordList } from './RecordList';
import { WireList } from './WireList';
import './producer.css';

const NONE: readonly ProducerView[] = [];

export function ProducerPanel({ titled = true }: { titled?: boolean }) {
  const t = useT();
  const id = useId();
  const producers = useAppStore((s) => s.snapshot?.producers ?? NONE, sameData);
  const [chosen, setChosen] = useState<string | null>(null);
  const [filter, setFilter] = useState<FateFilter>('all');
  // A chosen producer that has gone (closed, or a new run) falls back to the first.
  const producer = producers.find((p) => p.id === chosen) ?? producers[0] ?? null;
  return (
    <section
      className="panel-section producer-panel"
      aria-labelledby={titled ? `${id}-title` : undefined}
      aria-label={titled ? undefined : t('producerPanel.title')}
    >
      {titled && (
        <h2 id={`${id}-title`} className="section-title">
          {t('producerPanel.title')}
        </h2>
      )}
      <p className="hint producer-intro">{t('producerPanel.intro')}</p>
      {producer === null ? (
        <p className="hint">{t('producerPanel.none')}</p>
      ) : (
        <>
          {producers.length > 1 && (
            <div className="field producer-choice">
              <label htmlFor={`${id}-choice`}>{t('producerPanel.choose')}</label>
              <select
                id={`${id}-choice`}
                value={producer.id}
                onChange={(e) => setChosen(e.currentTarget.value)}
              >
                {producers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.id}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ProducerSummary producer={producer} />
          <BatchList producer={producer} />
          <WireList producer={producer} />
          <RecordList producerId={producer.id} filter={filter} onFilter={setFilter} />
        </>
      )}
    </section>
  );
}
