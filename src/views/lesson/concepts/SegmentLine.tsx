// The segments laid along the partition's offsets, oldest to newest; the active one fills as it grows.
import type { SegmentView } from '../../../model/snapshotTypes';
import type { T } from '../../shell/useT';

interface SegmentLineProps {
  t: T;
  segments: readonly SegmentView[];
  logStartOffset: number;
  logEndOffset: number;
  /** segment.bytes in force: how full the active segment is. */
  segmentBytes: number;
}

export function SegmentLine({
  t,
  segments,
  logStartOffset,
  logEndOffset,
  segmentBytes,
}: SegmentLineProps) {
  const active = segments.find((s) => s.active);
  return (
    <figure className="segment-line">
      <figcaption className="section-title">{t('concepts.storage.line')}</figcaption>
      <ol className="segment-blocks">
        {segments.map((s) => {
          const label = `${t('concepts.storage.lineSegment', {
            name: s.fileStem,
            from: s.baseOffset,
            to: Math.max(s.baseOffset, s.nextOffset - 1),
          })}${
            s.offsetIndexCount > 0
              ? ` ${t('concepts.storage.indexEntries', { count: s.offsetIndexCount })}`
              : ''
          }`;
          return (
            <li
              key={s.fileStem}
              className={s.active ? 'segment-block is-active' : 'segment-block'}
              // Wider for more records; an empty segment still gets room for its name.
              style={{ flexGrow: Math.max(1, s.recordCount) }}
              title={label}
              aria-label={label}
            >
              <span className="mono segment-base">{s.baseOffset}</span>
              <span className="segment-offsets" aria-hidden="true">
                {Array.from({ length: Math.min(s.recordCount, 40) }, (_, i) => (
                  <span key={s.baseOffset + i} className="segment-offset" />
                ))}
              </span>
              {s.offsetIndexEntries.length > 0 && (
                // The sparse .index: each entry an arrow at its byte position in the .log.
                <span className="segment-index" aria-hidden="true">
                  {s.offsetIndexEntries.map((e) => (
                    <span
                      key={e.relativeOffset}
                      className="segment-index-tick"
                      style={{ left: `${(100 * e.position) / Math.max(1, s.sizeInBytes)}%` }}
                      title={t('concepts.storage.indexEntry', {
                        offset: s.baseOffset + e.relativeOffset,
                        position: e.position,
                      })}
                    />
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="segment-ends hint">
        <span>{t('concepts.storage.lineStart', { offset: logStartOffset })}</span>
        <span>{t('concepts.storage.lineEnd', { offset: logEndOffset })}</span>
      </div>
      {active && (
        <div className="segment-fill">
          <span className="hint">
            {t('concepts.storage.fill', { size: active.sizeInBytes, max: segmentBytes })}
          </span>
          <meter min={0} max={segmentBytes} value={Math.min(active.sizeInBytes, segmentBytes)} />
        </div>
      )}
    </figure>
  );
}
