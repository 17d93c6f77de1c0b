// "Open a real file": drop or pick a .log / .index / .timeindex from a Kafka data directory and see
// it decoded like the simulated ones; a corrupt or foreign file gets a plain message, never a crash.
import { useId, useRef, useState, type DragEvent } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { openSegmentBytes, readFileStart, type Opened } from './openFile';
import { OpenFileResult } from './OpenFileResult';
import './openFile.css';

type State =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string }
  | { status: 'done'; opened: Opened };

export function OpenFile() {
  const t = useT();
  const titleId = useId();
  const locale = useAppStore((s) => s.locale);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);
  // Only the latest file counts: a slow read of an earlier one must not replace it.
  const latest = useRef(0);

  const open = (file: File | undefined) => {
    if (!file) return;
    const id = ++latest.current;
    setState({ status: 'reading', name: file.name });
    readFileStart(file).then(
      (bytes) => {
        if (id !== latest.current) return;
        setState({ status: 'done', opened: openSegmentBytes(file.name, bytes, file.size) });
      },
      () => {
        if (id === latest.current) setState({ status: 'failed', name: file.name });
      },
    );
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    open(e.dataTransfer.files[0]);
  };

  return (
    <section className="open-file" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('storage.open.title')}</h3>
      <p>{t('storage.open.intro')}</p>
      <div
        className={dragging ? 'open-file-drop dragging' : 'open-file-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="open-file-drop"
      >
        <span aria-hidden="true">{t('storage.open.drop')}</span>
        <label className="open-file-pick">
          {t('storage.open.pick')}
          <input
            type="file"
            accept=".log,.index,.timeindex"
            onChange={(e) => {
              open(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div aria-live="polite">
        {state.status === 'reading' && <p>{t('storage.open.reading', { name: state.name })}</p>}
      </div>
      {state.status === 'failed' && (
        <p role="alert" className="open-file-problem">
          {t('storage.open.readFailed', { name: state.name })}
        </p>
      )}
      {state.status === 'done' && <OpenFileResult t={t} opened={state.opened} locale={locale} />}
    </section>
  );
}
