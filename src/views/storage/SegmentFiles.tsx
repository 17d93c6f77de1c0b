// A replica's directory listing with, for each segment file, "show bytes" and a download link; the
// chosen file's bytes open below in a hex view. Bytes are read from the store on the click only.
import { useState } from 'react';
import type { SegmentView } from '../../model/snapshotTypes';
import type { SegmentFileKind } from '../../model/storage/format/types';
import { FileTree } from '../lesson/concepts/FileTree';
import type { PartitionFile } from '../lesson/concepts/partitionFiles';
import type { T } from '../shell/useT';
import { DownloadLink } from './DownloadLink';
import { HexView } from './HexView';
import { problemText } from './openFile';
import { decodeFile, type OpenedFile, type ReadFile } from './segmentSource';

interface SegmentFilesProps {
  t: T;
  files: PartitionFile[];
  segments: readonly SegmentView[];
  locale: string;
  read: ReadFile;
}

const isSegmentKind = (k: PartitionFile['kind']): k is SegmentFileKind =>
  k === 'log' || k === 'index' || k === 'timeindex';

export function SegmentFiles({ t, files, segments, locale, read }: SegmentFilesProps) {
  const [opened, setOpened] = useState<(OpenedFile & { at: string }) | null>(null);
  const open = (f: PartitionFile, kind: SegmentFileKind, base: number) => {
    const bytes = read(base, kind);
    if (bytes) setOpened({ ...decodeFile(f.name, kind, bytes, base), at: f.name });
  };
  const actions = (f: PartitionFile) => {
    const kind = f.kind;
    const base = f.baseOffset;
    if (!isSegmentKind(kind) || base === null) return null;
    return (
      <span className="file-action-row">
        <button
          type="button"
          aria-pressed={opened?.at === f.name}
          aria-label={t('storage.files.showBytes', { name: f.name })}
          onClick={() => open(f, kind, base)}
        >
          {t('storage.files.bytes')}
        </button>
        <DownloadLink t={t} name={f.name} read={() => read(base, kind)} />
      </span>
    );
  };
  return (
    <>
      <FileTree t={t} files={files} segments={segments} locale={locale} actions={actions} />
      {opened && (
        <section className="hex-panel" aria-label={t('storage.hex.title', { name: opened.name })}>
          <div className="hex-panel-head">
            <h4 className="hex-file-name mono">{opened.name}</h4>
            <button type="button" onClick={() => setOpened(null)}>
              {t('storage.hex.close')}
            </button>
          </div>
          {opened.problem && (
            <p role="alert" className="hex-problem">
              {problemText(t, opened.problem)}
            </p>
          )}
          <HexView
            key={opened.name}
            t={t}
            name={opened.name}
            bytes={opened.bytes}
            fields={opened.fields}
            locale={locale}
          />
        </section>
      )}
    </>
  );
}
