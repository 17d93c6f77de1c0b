// The decoded content of an opened file: batches and records of a .log, or the entries of an index.
import { compressionName } from '../../model/storage/format/decodeLog';
import type {
  ByteField,
  DecodedBatch,
  OffsetIndexEntry,
  TimeIndexEntry,
} from '../../model/storage/format/types';
import type { T } from '../shell/useT';
import { groupDigits, isoTime } from './openFile';

/** Rows drawn per table: a 16 MiB segment holds far more than a page should. */
export const ROW_LIMIT = 500;

function Shown({ t, count }: { t: T; count: number }) {
  return count > ROW_LIMIT ? (
    <p className="open-file-note">{t('storage.open.shown', { shown: ROW_LIMIT, count })}</p>
  ) : null;
}

export function LogTables({
  t,
  name,
  batches,
  fields,
}: {
  t: T;
  name: string;
  batches: DecodedBatch[];
  fields: readonly ByteField[];
}) {
  const counts = new Map(
    fields.filter((f) => f.name === 'recordsCount').map((f) => [f.group, f.value]),
  );
  const records = batches.flatMap((b) =>
    b.records.map((r, j) => ({ id: `${b.position}:${j}`, r })),
  );
  const text = (v: string | null) => (v === null ? <i>{t('storage.open.null')}</i> : v);
  return (
    <>
      <table className="open-file-table">
        <caption>{t('storage.open.batches', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('storage.open.col.position')}</th>
            <th scope="col">{t('storage.open.col.offsets')}</th>
            <th scope="col">{t('storage.open.col.epoch')}</th>
            <th scope="col">{t('storage.open.col.crc')}</th>
            <th scope="col">{t('storage.open.col.records')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.slice(0, ROW_LIMIT).map((b, i) => {
            const crc = '0x' + b.crc.toString(16).padStart(8, '0');
            const codec = b.attributes & 7 ? compressionName(b.attributes) : null;
            return (
              <tr key={b.position} className={b.crcValid ? undefined : 'open-file-bad'}>
                <td>{groupDigits(b.position)}</td>
                <td>
                  {b.baseOffset} … {b.lastOffset}
                </td>
                <td>{b.partitionLeaderEpoch}</td>
                <td>{t(b.crcValid ? 'storage.open.crcOk' : 'storage.open.crcBad', { crc })}</td>
                <td>
                  {counts.get(`batch ${i}`) ?? b.records.length}
                  {codec && (
                    <span className="open-file-note">
                      {' '}
                      {t('storage.open.compressed', { codec })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Shown t={t} count={batches.length} />
      {records.length > 0 && (
        <table className="open-file-table">
          <caption>{t('storage.open.records', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('storage.open.col.offset')}</th>
              <th scope="col">{t('storage.open.col.timestamp')}</th>
              <th scope="col">{t('storage.open.col.key')}</th>
              <th scope="col">{t('storage.open.col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {records.slice(0, ROW_LIMIT).map(({ id, r }) => (
              <tr key={id}>
                <td>{r.offset}</td>
                <td>{isoTime(r.timestamp)}</td>
                <td>{text(r.key)}</td>
                <td className="open-file-value">{text(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Shown t={t} count={records.length} />
    </>
  );
}

type Entry = OffsetIndexEntry | TimeIndexEntry;

export function EntriesTable({
  t,
  name,
  entries,
  baseOffset,
}: {
  t: T;
  name: string;
  entries: Entry[];
  baseOffset: number;
}) {
  const timed = entries.length > 0 && 'timestamp' in (entries[0] as Entry);
  return (
    <>
      <table className="open-file-table">
        <caption>{t('storage.open.entries', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('storage.open.col.entry')}</th>
            {timed && <th scope="col">{t('storage.open.col.timestamp')}</th>}
            <th scope="col">{t('storage.open.col.relativeOffset')}</th>
            <th scope="col">{t('storage.open.col.offset')}</th>
            {!timed && <th scope="col">{t('storage.open.col.position')}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.slice(0, ROW_LIMIT).map((e, i) => (
            <tr key={`entry ${i}`}>
              <td>{i}</td>
              {'timestamp' in e && <td>{isoTime(e.timestamp)}</td>}
              <td>{e.relativeOffset}</td>
              <td>{baseOffset + e.relativeOffset}</td>
              {'position' in e && <td>{groupDigits(e.position)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <Shown t={t} count={entries.length} />
    </>
  );
}
