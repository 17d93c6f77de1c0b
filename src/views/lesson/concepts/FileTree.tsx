// A partition directory listed file by file, grouped by segment, the active segment marked.
import type { ReactNode } from 'react';
import type { SegmentView } from '../../../model/snapshotTypes';
import type { T } from '../../shell/useT';
import type { PartitionFile } from './partitionFiles';

function holds(t: T, f: PartitionFile, s: SegmentView | undefined): string {
  switch (f.kind) {
    case 'log':
      return t('concepts.storage.holds.log', {
        records: s?.recordCount ?? 0,
        batches: s?.batchCount ?? 0,
      });
    case 'index':
      return t(f.active ? 'concepts.storage.holds.indexActive' : 'concepts.storage.holds.index', {
        entries: f.entries ?? 0,
      });
    case 'timeindex':
      return t(
        f.active ? 'concepts.storage.holds.timeindexActive' : 'concepts.storage.holds.timeindex',
        { entries: f.entries ?? 0 },
      );
    case 'leaderEpoch':
      return t('concepts.storage.holds.leaderEpoch');
    case 'partitionMetadata':
      return t('concepts.storage.holds.partitionMetadata');
  }
}

interface FileTreeProps {
  t: T;
  files: PartitionFile[];
  segments: readonly SegmentView[];
  locale: string;
  /** Controls for a segment file (show its bytes, download it); adds a column when given. */
  actions?: (f: PartitionFile) => ReactNode;
}

export function FileTree({ t, files, segments, locale, actions }: FileTreeProps) {
  const size = new Intl.NumberFormat(locale);
  const cols = actions ? 4 : 3;
  return (
    // Focusable: the table may scroll sideways on a narrow screen, and a keyboard must reach it.
    <div
      className="table-scroll"
      tabIndex={0}
      role="group"
      aria-label={t('concepts.storage.title')}
    >
      <table className="describe file-tree">
        <thead>
          <tr>
            <th scope="col">{t('concepts.storage.col.file')}</th>
            <th scope="col" className="num">
              {t('concepts.storage.col.size')}
            </th>
            <th scope="col">{t('concepts.storage.col.holds')}</th>
            {actions && <th scope="col">{t('storage.files.actions')}</th>}
          </tr>
        </thead>
        {segments.map((s, i) => (
          <tbody
            key={s.fileStem}
            className={s.active ? 'segment-group is-active' : 'segment-group'}
          >
            <tr className="segment-head">
              <th scope="rowgroup" colSpan={cols}>
                {s.recordCount > 0
                  ? t('concepts.storage.segment', {
                      n: i,
                      from: s.baseOffset,
                      to: s.nextOffset - 1,
                    })
                  : t('concepts.storage.segmentEmpty', { n: i, from: s.baseOffset })}{' '}
                <span className={s.active ? 'seg-badge is-active' : 'seg-badge'}>
                  {t(s.active ? 'concepts.storage.active' : 'concepts.storage.closed')}
                </span>
              </th>
            </tr>
            {files
              .filter((f) => f.baseOffset === s.baseOffset)
              .map((f) => (
                <tr key={f.name}>
                  <td className="mono file-name">{f.name}</td>
                  <td className="mono num">{size.format(f.sizeInBytes)}</td>
                  <td>{holds(t, f, s)}</td>
                  {actions && <td className="file-actions">{actions(f)}</td>}
                </tr>
              ))}
          </tbody>
        ))}
        <tbody className="segment-group">
          {files
            .filter((f) => f.baseOffset === null)
            .map((f) => (
              <tr key={f.name} title={f.text ?? undefined}>
                <td className="mono file-name">{f.name}</td>
                <td className="mono num">{size.format(f.sizeInBytes)}</td>
                <td>{holds(t, f, undefined)}</td>
                {actions && <td />}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
