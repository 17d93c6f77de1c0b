// One column of the ZooKeeper card's znode tree: a heading, rows, and "+N more" for long lists.
import { useState } from 'react';
import type { Locale } from '../../i18n/messages';
import { brokerColor } from '../theme';
import { dt } from './text';
import type { ZnodeGroup, ZnodeRow } from './znodeTree';

export function ZnodeColumn(props: {
  group: ZnodeGroup;
  locale: Locale;
  limit: number;
  prefix: string;
  marked: (row: ZnodeRow) => boolean;
}) {
  const { group, locale, limit } = props;
  const [expanded, setExpanded] = useState(false);
  const cut = !expanded && group.rows.length > limit;
  // Rows past the limit stay in the document, hidden; a marked (selected) partition stays shown.
  const shown = cut ? visibleRows(group.rows, limit, props.marked) : new Set(group.rows);
  return (
    <div className={`kd-zgroup kd-zgroup-${group.id}`}>
      <div className="kd-zsummary">
        {props.prefix && <span className="kd-zpath">{props.prefix}</span>}
        <span className="kd-zheading">{dt(locale, group.heading)}</span>
      </div>
      <ul>
        {group.rows.map((row) => (
          <ZnodeLine key={row.path} row={row} marked={props.marked(row)} hidden={!shown.has(row)} />
        ))}
        {group.rows.length === 0 && <li className="kd-zrow kd-zdetail">{dt(locale, 'zkEmpty')}</li>}
      </ul>
      {(cut || expanded) && group.rows.length > limit && (
        <button
          type="button"
          className="kd-zmore"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? dt(locale, 'zkShowLess')
            : dt(locale, 'moreReplicas', { count: group.rows.length - shown.size })}
        </button>
      )}
    </div>
  );
}

/**
 * The first `limit - 1` rows (the last line is the "+N more" button); a marked row past them takes
 * the last places together with its parent (`/orders` above `…/0/state`), so it keeps its context.
 */
export function visibleRows(
  rows: readonly ZnodeRow[],
  limit: number,
  marked: (row: ZnodeRow) => boolean,
): Set<ZnodeRow> {
  const room = Math.max(0, limit - 1);
  const index = rows.findIndex((r, i) => i >= room && marked(r));
  if (index < 0) return new Set(rows.slice(0, room));
  const target = rows[index]!;
  let parent: ZnodeRow | undefined;
  for (let i = index - 1; i >= 0 && target.depth > 0; i--) {
    if (rows[i]!.depth < target.depth) {
      parent = rows[i];
      break;
    }
  }
  const parentShown = parent !== undefined && rows.indexOf(parent) < room - 1;
  const extra = parent && !parentShown ? [parent, target] : [target];
  return new Set([...rows.slice(0, Math.max(0, room - extra.length)), ...extra]);
}

export function ZnodeLine({
  row,
  marked,
  hidden,
}: {
  row: ZnodeRow;
  marked: boolean;
  hidden?: boolean;
}) {
  return (
    <li
      hidden={hidden}
      className={`kd-zrow${marked ? ' kd-zrow-marked' : ''}`}
      style={{ paddingLeft: `${row.depth * 10}px` }}
      title={row.title}
      data-path={row.path}
    >
      <span
        className="kd-zname"
        style={row.brokerId !== null ? { color: brokerColor(row.brokerId) } : undefined}
      >
        {row.ephemeral && <span className="kd-eph" aria-hidden="true" />}
        {row.label}
      </span>
      <span className="kd-zdetail">{row.detail}</span>
    </li>
  );
}
