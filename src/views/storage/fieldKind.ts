// Which colour family a decoded field belongs to, from Kafka's field name and its group.
import type { ByteField } from '../../model/storage/format/types';

export type FieldKind = 'header' | 'crc' | 'record' | 'key' | 'value' | 'entry' | 'padding';
export const FIELD_KINDS: readonly FieldKind[] = [
  'header',
  'crc',
  'record',
  'key',
  'value',
  'entry',
  'padding',
];

export function fieldKind(f: Pick<ByteField, 'name' | 'group'>): FieldKind {
  if (f.name === 'crc') return 'crc';
  if (f.group === 'padding') return 'padding';
  if (f.group.startsWith('entry')) return 'entry';
  if (f.group.includes('record')) {
    if (f.name === 'key' || f.name === 'keyLength') return 'key';
    if (f.name === 'value' || f.name === 'valueLength') return 'value';
    return 'record';
  }
  if (f.group.startsWith('batch')) return 'header';
  return 'entry';
}

/** For bytes [from, to): the index into `fields` of the field covering each byte, or -1. */
export function fieldIndexByByte(
  fields: readonly ByteField[],
  from: number,
  to: number,
): Int32Array {
  const at = new Int32Array(Math.max(0, to - from)).fill(-1);
  fields.forEach((f, i) => {
    for (let b = Math.max(f.start, from); b < Math.min(f.end, to); b++) at[b - from] = i;
  });
  return at;
}

/** A byte as two hex digits; a row's printable ASCII (others as a dot), as `xxd` shows them. */
export const hex2 = (b: number): string => b.toString(16).padStart(2, '0');
export const ascii = (b: number): string => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.');
