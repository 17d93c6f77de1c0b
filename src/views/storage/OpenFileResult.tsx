// What an opened file holds: a summary, the problem in plain words (an alert naming the byte), the
// decoded tables, and the annotated bytes.
import type { T } from '../shell/useT';
import { HexView } from './HexView';
import { groupDigits, OPEN_LIMIT_BYTES, problemText, type Opened } from './openFile';
import { EntriesTable, LogTables } from './OpenFileTables';

export function OpenFileResult({ t, opened, locale }: { t: T; opened: Opened; locale: string }) {
  const { name, size } = opened;
  const tooBig = size > OPEN_LIMIT_BYTES && (
    <p className="open-file-note">{t('storage.open.tooBig', { name, size: groupDigits(size) })}</p>
  );
  if (opened.kind === null) {
    return (
      <div className="open-file-result">
        <p role="alert" className="open-file-problem">
          {t('storage.open.unknownKind', { name })}
        </p>
      </div>
    );
  }
  const { result } = opened;
  const base = opened.baseOffset ?? 0;
  const padding = result.fields.find((f) => f.name === 'padding');
  const summary =
    opened.kind === 'log'
      ? t('storage.open.summary.log', {
          name,
          size: groupDigits(size),
          batches: opened.result.items.length,
          records: opened.result.items.reduce((n, b) => n + b.records.length, 0),
        })
      : t(`storage.open.summary.${opened.kind}`, {
          name,
          size: groupDigits(size),
          entries: result.items.length,
          base,
        });
  return (
    <div className="open-file-result">
      {tooBig}
      {!result.ok && (
        <p role="alert" className="open-file-problem">
          {problemText(t, result.problem)}
        </p>
      )}
      {(result.ok || result.items.length > 0) && (
        <>
          {!result.ok && <p className="open-file-note">{t('storage.open.partial')}</p>}
          <p>{summary}</p>
          {opened.kind !== 'log' && opened.baseOffset === null && (
            <p className="open-file-note">{t('storage.open.noBase')}</p>
          )}
          {padding && (
            <p className="open-file-note">
              {t('storage.open.padding', { size: groupDigits(padding.end - padding.start) })}
            </p>
          )}
          {opened.kind === 'log' ? (
            <LogTables t={t} name={name} batches={opened.result.items} fields={result.fields} />
          ) : (
            <EntriesTable t={t} name={name} entries={opened.result.items} baseOffset={base} />
          )}
        </>
      )}
      {result.fields.length > 0 && (
        <HexView t={t} name={name} bytes={opened.bytes} fields={result.fields} locale={locale} />
      )}
    </div>
  );
}
