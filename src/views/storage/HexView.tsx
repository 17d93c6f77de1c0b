// A hex dump of a file (offset, 16 bytes a row, ASCII) with its decoded fields: hovering or focusing
// a field highlights its bytes. Paged: the first 4 KiB, then "show more".
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ByteField } from '../../model/storage/format/types';
import type { T } from '../shell/useT';
import { FIELD_KINDS, ascii, fieldIndexByByte, fieldKind, hex2 } from './fieldKind';

export const HEX_PAGE_BYTES = 4096;
const ROW = 16;

interface HexViewProps {
  t: T;
  /** The file name, for the labels. */
  name: string;
  bytes: Uint8Array;
  fields: readonly ByteField[];
  locale: string;
}

/** Arrow keys move focus along the field buttons (a roving list). */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
  const home = e.key === 'Home' ? 0 : e.key === 'End' ? -1 : null;
  if (step === undefined && home === null) return;
  const buttons = Array.from(e.currentTarget.querySelectorAll('button'));
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = home === 0 ? 0 : home === -1 ? buttons.length - 1 : Math.max(0, i + (step ?? 0));
  buttons[Math.min(next, buttons.length - 1)]?.focus();
  e.preventDefault();
}

export function HexView({ t, name, bytes, fields, locale }: HexViewProps) {
  const [shown, setShown] = useState(HEX_PAGE_BYTES);
  const [active, setActive] = useState<number | null>(null);
  const end = Math.min(bytes.length, shown);
  const at = useMemo(() => fieldIndexByByte(fields, 0, end), [fields, end]);
  const visible = useMemo(
    () => fields.map((f, i) => ({ f, i })).filter(({ f }) => f.start < end),
    [fields, end],
  );
  const current = active === null ? undefined : fields[active];
  const num = new Intl.NumberFormat(locale);
  const rows = Math.ceil(end / ROW);
  const cls = (b: number) => {
    const i = at[b] ?? -1;
    const f = fields[i];
    const kind = f ? `hex-${fieldKind(f)}` : 'hex-none';
    return i >= 0 && i === active ? `${kind} is-active` : kind;
  };
  const hoverByte = (b: number) => {
    const i = at[b] ?? -1;
    if (i >= 0) setActive(i);
  };
  return (
    <div className="hex-view" role="group" aria-label={t('storage.hex.label', { name })}>
      <p className="hint">
        {t('storage.hex.size', { size: num.format(bytes.length), shown: num.format(end) })}
      </p>
      <ul className="hex-legend" aria-label={t('storage.hex.legend')}>
        {FIELD_KINDS.map((k) => (
          <li key={k}>
            <span className={`hex-swatch hex-${k}`} aria-hidden="true" />
            {t(`storage.hex.kind.${k}`)}
          </li>
        ))}
      </ul>
      <p className="hex-current mono" aria-live="polite">
        {current
          ? t('storage.hex.current', {
              group: current.group,
              name: current.name,
              value: current.value,
              from: current.start,
              to: current.end - 1,
            })
          : t('storage.hex.pick')}
      </p>
      <div className="hex-body">
        <div className="hex-dump mono" onMouseLeave={() => setActive(null)}>
          {Array.from({ length: rows }, (_, r) => {
            const from = r * ROW;
            const row = Array.from(bytes.subarray(from, Math.min(end, from + ROW)));
            return (
              <div key={from} className="hex-row">
                <span className="hex-offset">{from.toString(16).padStart(8, '0')}</span>
                <span className="hex-bytes">
                  {row.map((b, j) => (
                    <span
                      key={from + j}
                      className={cls(from + j)}
                      onMouseEnter={() => hoverByte(from + j)}
                    >
                      {hex2(b)}
                    </span>
                  ))}
                </span>
                <span className="hex-ascii" aria-hidden="true">
                  {row.map((b, j) => (
                    <span key={from + j} className={cls(from + j)}>
                      {ascii(b)}
                    </span>
                  ))}
                </span>
              </div>
            );
          })}
        </div>
        <ul
          className="hex-fields"
          aria-label={t('storage.hex.fields', { name })}
          onKeyDown={moveFocus}
        >
          {visible.map(({ f, i }) => (
            <li key={`${f.start}-${f.name}`}>
              <button
                type="button"
                className={
                  i === active
                    ? `hex-field hex-${fieldKind(f)} is-active`
                    : `hex-field hex-${fieldKind(f)}`
                }
                onMouseEnter={() => setActive(i)}
                onFocus={() => setActive(i)}
                onClick={() => setActive(i)}
                aria-pressed={i === active}
              >
                <span className="hex-field-group">{f.group}</span>{' '}
                <span className="mono">
                  {f.name} = {f.value}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {end < bytes.length && (
        <button type="button" onClick={() => setShown((s) => s + HEX_PAGE_BYTES)}>
          {t('storage.hex.more', {
            size: num.format(Math.min(HEX_PAGE_BYTES, bytes.length - end)),
          })}
        </button>
      )}
    </div>
  );
}
