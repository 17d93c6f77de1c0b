// A replica's log as a table row of offset cells, plus a ghost row per truncation it went through.
import type { MouseEvent } from 'react';
import type { ReplicaView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { roleStyle, type ReplicaRole } from '../theme';
import { LogCell } from './LogCell';
import { offsets, replicaCells, type LogWindow } from './logWindow';
import { lt, ROLE_KEYS, timeText } from './text';

export interface ReplicaRowsProps {
  replica: ReplicaView;
  role: ReplicaRole;
  window: LogWindow;
  lostIds: ReadonlySet<string>;
  locale: Locale;
  now: number;
}

export function ReplicaRows({ replica, role, window, lostIds, locale, now }: ReplicaRowsProps) {
  const style = roleStyle(role, replica.brokerId);
  const roleText = lt(locale, ROLE_KEYS[role]);
  const label = lt(locale, 'rowLabel', {
    broker: replica.brokerId,
    role: roleText,
    leo: replica.logEndOffset,
    hw: replica.highWatermark,
  });
  const epochs = replica.leaderEpochCache.map((e) => `${e.epoch}→${e.startOffset}`).join(' ');
  const cellTitle = (offset: number, r: ReplicaView['records'][number] | null) =>
    r
      ? lt(locale, 'cellTitle', {
          offset,
          key: r.key ?? lt(locale, 'nullKey'),
          epoch: r.leaderEpoch,
          recordId: r.recordId,
        }) + (offset >= replica.highWatermark ? ` · ${lt(locale, 'uncommitted')}` : '')
      : '';
  const common = {
    lostLabel: lt(locale, 'lost'),
    hwLabel: lt(locale, 'hw'),
    leoLabel: lt(locale, 'leo'),
  };
  return (
    <>
      <tr className={`kl-row kl-role-${role}`} data-broker={replica.brokerId}>
        <th
          scope="row"
          aria-label={`${label} · ${lt(locale, 'epochCacheLabel', { entries: epochs })}`}
        >
          <span className="kl-who" title={label}>
            <span
              className="kl-swatch"
              style={{
                background: style.fill,
                borderColor: style.stroke,
                borderStyle: style.dash ? 'dashed' : 'solid',
              }}
            />
            <span className="kl-who-text">
              {lt(locale, 'brokerRole', { broker: replica.brokerId, role: roleText })}
            </span>
          </span>
          <span className="kl-marks">
            LEO <b>{replica.logEndOffset}</b> · HW <b>{replica.highWatermark}</b>
            {replica.logStartOffset > 0 &&
              ` · ${lt(locale, 'logStart', { offset: replica.logStartOffset })}`}
          </span>
          <span className="kl-epochs" title={lt(locale, 'epochCacheLabel', { entries: epochs })}>
            {lt(locale, 'epochCache')} {epochs}
          </span>
        </th>
        {replicaCells(replica, window).map((cell) => (
          <LogCell
            key={cell.offset}
            {...common}
            offset={cell.offset}
            record={cell.record}
            kind={cell.kind}
            committed={cell.committed}
            atHw={cell.offset === replica.highWatermark}
            lost={cell.record !== null && lostIds.has(cell.record.recordId)}
            title={cellTitle(cell.offset, cell.record)}
          />
        ))}
      </tr>
      {replica.truncations.map((t) => {
        const byOffset = new Map(t.records.map((r) => [r.offset, r]));
        const when = timeText(locale, t.at);
        return (
          <tr key={`${t.at}-${t.fromOffset}`} className="kl-truncation">
            <th scope="row">
              <span className="kl-cut">
                {lt(locale, 'truncated', {
                  time: when,
                  ago: timeText(locale, Math.max(0, now - t.at)),
                  from: t.fromOffset,
                  to: t.toOffset,
                })}
              </span>
              {t.records.some((r) => r.offset >= window.start) && (
                <button type="button" className="kl-show-cut" onClick={revealGhosts}>
                  {lt(locale, 'showTruncated')}
                </button>
              )}
            </th>
            {offsets(window).map((offset) => {
              const r = byOffset.get(offset) ?? null;
              return (
                <LogCell
                  key={offset}
                  {...common}
                  offset={offset}
                  record={r}
                  kind={r ? 'ghost' : 'empty'}
                  committed={false}
                  atHw={false}
                  lost={r !== null && lostIds.has(r.recordId)}
                  title={
                    r
                      ? `${lt(locale, 'truncatedCell', { offset, time: when })} · ${cellTitle(offset, r)}`
                      : ''
                  }
                />
              );
            })}
          </tr>
        );
      })}
    </>
  );
}

/** Newest offsets are scrolled into view; truncated ones may sit far left — bring them back. */
function revealGhosts(e: MouseEvent<HTMLButtonElement>) {
  e.currentTarget
    .closest('tr')
    ?.querySelector('td.kl-ghost')
    ?.scrollIntoView?.({ block: 'nearest', inline: 'center', behavior: 'smooth' });
}
