// One offset slot of a replica's log: the record (key, epoch colour), or an empty/LEO slot.
import type { RecordView } from '../../model/snapshotTypes';
import { epochColor } from '../theme';

export interface LogCellProps {
  offset: number;
  record: RecordView | null;
  kind: 'record' | 'elided' | 'beforeStart' | 'leo' | 'empty' | 'ghost';
  committed: boolean;
  /** This cell sits right at the high watermark (the boundary is on its left edge). */
  atHw: boolean;
  lost: boolean;
  lostLabel: string;
  hwLabel: string;
  leoLabel: string;
  title: string;
}

export function LogCell(props: LogCellProps) {
  const { record, kind, committed, atHw, lost } = props;
  const epoch = record ? epochColor(record.leaderEpoch) : null;
  const classes = ['kl-cell', `kl-${kind}`];
  if (record && !committed && kind === 'record') classes.push('kl-uncommitted');
  if (atHw) classes.push('kl-hw');
  if (lost) classes.push('kl-lost');
  return (
    <td className={classes.join(' ')} data-offset={props.offset} title={props.title || undefined}>
      <div
        className="kl-box"
        style={epoch ? { background: epoch.fill, borderColor: epoch.edge } : undefined}
      >
        {kind === 'leo' && <span className="kl-leo-label">{props.leoLabel}</span>}
        {record && (
          <>
            <span className="kl-key">{record.key === null ? '∅' : record.key.slice(0, 3)}</span>
            <span className="kl-epoch" style={{ color: epoch?.edge }}>
              {record.leaderEpoch}
            </span>
          </>
        )}
        {kind === 'elided' && <span className="kl-key">·</span>}
      </div>
      {atHw && (
        <span className="kl-hw-label" aria-hidden="true">
          {props.hwLabel}
        </span>
      )}
      {lost && <span className="kl-lost-label">{props.lostLabel}</span>}
    </td>
  );
}
