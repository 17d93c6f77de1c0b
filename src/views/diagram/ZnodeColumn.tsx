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
  let shown = new Set(group.rows);
  if (cut) {
    const first = group.rows.slice(0, Math.max(0, limit - 1));
    const hidden = group.rows.find((r, i) => i >= limit - 1 && props.marked(r));
    shown = new Set(hidden ? [...first.slice(0, -1), hidden] : first);
  }
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
