// The producer's recent records, newest first: partition (its leader's colour), key, value, offset
// once acknowledged, and the fate as a badge; failed and lost ones say why in one line.
import { useId } from 'react';
import type { MessageKey } from '../../i18n/translate';
import type { ProducedRecordFate } from '../../model/snapshotTypes';
import { sameData, useAppStore } from '../../store';
import { formatSeconds } from '../playback/formatTime';
import { useT, type T } from '../shell/useT';
import { brokerColor, textOn } from '../theme';
import { explainError } from './errorText';
import { FATE_FILTERS, recordList, type FateFilter, type RecordRow } from './producerRows';

const FILTER_LABEL: Record<FateFilter, MessageKey> = {
  all: 'producerPanel.filter.all',
  pending: 'producerPanel.filter.pending',
  acknowledged: 'producerPanel.filter.acknowledged',
  failed: 'producerPanel.filter.failed',
  lost: 'producerPanel.filter.lost',
};

const FATE_LABEL: Record<ProducedRecordFate, MessageKey> = {
  pending: 'producerPanel.fate.pending',
  acknowledged: 'producerPanel.fate.acknowledged',
  failed: 'producerPanel.fate.failed',
  lost: 'producerPanel.fate.lost',
};

const FATE_GLYPH: Record<ProducedRecordFate, string> = {
  pending: '…',
  acknowledged: '✓',
  failed: '✕',
  lost: '!',
};

export function RecordList({
  producerId,
  filter,
  onFilter,
}: {
  producerId: string;
  filter: FateFilter;
  onFilter(filter: FateFilter): void;
}) {
  const t = useT();
  const id = useId();
  const list = useAppStore((s) => recordList(s.snapshot, producerId, filter), sameData);
  return (
    <div className="producer-records-block">
      <fieldset className="fate-filter">
        <legend>{t('producerPanel.filter')}</legend>
        <div className="fate-filter-options">
          {FATE_FILTERS.map((f) => (
            <label key={f} className={`fate-option fate-${f}`}>
              <input
                type="radio"
                name={`${id}-fate`}
                value={f}
                checked={filter === f}
                onChange={() => onFilter(f)}
              />
              <span>
                {t('producerPanel.filterCount', {
                  label: t(FILTER_LABEL[f]),
                  count: list.counts[f],
                })}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* Focusable so the keyboard can scroll it; a group named for what it holds. */}
      <div
        className="producer-records"
        tabIndex={0}
        role="group"
        aria-label={t('producerPanel.records')}
      >
        {list.rows.length === 0 ? (
          <p className="hint producer-records-empty">
            {list.counts.all === 0
              ? t('producerPanel.noRecords')
              : t('producerPanel.noRecordsOfFate')}
          </p>
        ) : (
          <ol className="producer-record-list">
            {list.rows.map((row) => (
              <Record key={row.recordId} row={row} />
            ))}
          </ol>
        )}
      </div>
      <p className="hint">
        {list.matching > list.rows.length &&
          `${t('producerPanel.showing', { shown: list.rows.length, total: list.matching })} `}
        {t('producerPanel.colourNote')}
      </p>
    </div>
  );
}

function partitionLabel(t: T, row: RecordRow): string {
  if (row.partition < 0) return t('producerPanel.partitionUnknown');
  return row.leader === null
    ? t('producerPanel.partitionNoLeader', { partition: row.partition })
    : t('producerPanel.partitionLeader', { partition: row.partition, broker: row.leader });
}

function Record({ row }: { row: RecordRow }) {
  const t = useT();
  const fill = row.leader === null ? null : brokerColor(row.leader);
  const why =
    row.fate === 'failed'
      ? row.error === null
        ? null
        : explainError(t, row.error)
      : row.fate === 'lost'
        ? t('producerPanel.lost.why')
        : null;
  return (
    <li className={`producer-record is-${row.fate}`}>
      <span
        className={`record-partition${fill === null ? ' no-leader' : ''}`}
        style={fill === null ? undefined : { background: fill, color: textOn(fill) }}
      >
        <span aria-hidden="true">{row.partition < 0 ? '?' : `P${row.partition}`}</span>
        <span className="visually-hidden">{partitionLabel(t, row)}</span>
      </span>
      <span className="record-main">
        <span className="record-kv">
          <span className="visually-hidden">{t('producerPanel.key')} </span>
          {row.key === null ? (
            <span className="record-key is-null">{t('producerPanel.noKey')}</span>
          ) : (
            <span className="record-key mono">{row.key}</span>
          )}
          <span className="record-sep" aria-hidden="true">
            {' → '}
          </span>
          <span className="visually-hidden">, {t('producerPanel.value')} </span>
          <span className="record-value mono">{row.value}</span>
        </span>
        <span className="record-meta">
          {t('producerPanel.sentAt', { time: formatSeconds(row.sentAt) })}
          {(row.fate === 'acknowledged' || row.fate === 'lost') && (
            <>
              {' · '}
              <span className="record-offset">
                {row.offset === null
                  ? t('producerPanel.noOffset')
                  : t('producerPanel.offset', { offset: row.offset })}
              </span>
            </>
          )}
        </span>
      </span>
      <span className={`fate-badge fate-${row.fate}`}>
        <span aria-hidden="true">{FATE_GLYPH[row.fate]}</span> {t(FATE_LABEL[row.fate])}
      </span>
      {/* The reason spans the row's width under key, value and badge. */}
      {why !== null && (
        <span className="record-why">
          {row.fate === 'failed' && row.error !== null && (
            <code className="record-error">{row.error}</code>
          )}{' '}
          {why}
        </span>
      )}
    </li>
  );
}
