// A bounded big-endian reader for the decoders: every read records a ByteField, and a read past the
// bound or a bad varint stops decoding with a DecodeProblem naming the byte (never a raw exception).
import type { ByteField, DecodeProblem } from './types';

/** Thrown inside a decoder only; each decoder catches it and returns `{ ok: false, problem }`. */
export class Stop {
  constructor(readonly problem: DecodeProblem) {}
}

export function stop(
  code: DecodeProblem['code'],
  at: number,
  params: DecodeProblem['params'] = {},
): never {
  throw new Stop({ code, at, params });
}

export const hex32 = (n: number): string => '0x' + (n >>> 0).toString(16).padStart(8, '0');

export function hexBytes(bytes: Uint8Array): string {
  let s = '0x';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text when the bytes are valid UTF-8, else hex (`0x…`). */
export function bytesToText(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: utf8.decode(bytes), utf8: true };
  } catch {
    return { text: hexBytes(bytes), utf8: false };
  }
}

export class ByteReader {
  private readonly view: DataView;
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly fields: ByteField[],
    start: number,
    /** Reads must end at or before this byte (exclusive). */
    public end: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = start;
  }

  /** Stops with `truncated` unless `n` more bytes are inside the bound. */
  need(n: number, field: string): void {
    const available = this.end - this.pos;
    // The last byte there is, when the field would start right at the bound: a byte in the file.
    const at = Math.max(0, Math.min(this.pos, this.end - 1));
    if (n > available) stop('truncated', at, { field, needed: n, available });
  }

  field(start: number, name: string, value: string, group: string): void {
    this.fields.push({ start, end: this.pos, name, value, group });
  }

  int8(name: string, group: string): number {
    this.need(1, name);
    const v = this.view.getInt8(this.pos);
    this.pos += 1;
    this.field(this.pos - 1, name, String(v), group);
    return v;
  }

  int16(name: string, group: string, show: (v: number) => string = String): number {
    this.need(2, name);
    const v = this.view.getInt16(this.pos);
    this.pos += 2;
    this.field(this.pos - 2, name, show(v), group);
    return v;
  }

  int32(name: string, group: string, show: (v: number) => string = String): number {
    this.need(4, name);
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    this.field(this.pos - 4, name, show(v), group);
    return v;
  }

  uint32(name: string, group: string, show: (v: number) => string = String): number {
    this.need(4, name);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    this.field(this.pos - 4, name, show(v), group);
    return v;
  }

  /** int64 as a Number (exact up to 2^53, which covers offsets and epoch-ms timestamps). */
  int64(name: string, group: string, show: (v: number) => string = String): number {
    this.need(8, name);
    const v = Number(this.view.getBigInt64(this.pos));
    this.pos += 8;
    this.field(this.pos - 8, name, show(v), group);
    return v;
  }

  /**
   * Zig-zag varint (at most 5 bytes) or varlong (at most 10), as Kafka's ByteUtils.readVarint /
   * readVarlong: a longer one is `badVarint`.
   */
  varint(name: string, group: string, long = false, show: (v: number) => string = String): number {
    const start = this.pos;
    const max = long ? 10 : 5;
    // Numbers are exact up to 7 groups of 7 bits (2^49); longer varlongs take the BigInt path.
    let raw = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (i === max) stop('badVarint', start, { field: name, max });
      this.need(1, name);
      const b = this.bytes[this.pos++] ?? 0;
      if (i === 7) return this.bigVarlong(start, name, group, show);
      raw += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) break;
    }
    // ByteUtils.readVarint keeps 32 bits (a 5th byte's extra bits fall off).
    if (!long) raw %= 2 ** 32;
    const v = raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
    this.field(start, name, show(v), group);
    return v;
  }

  private bigVarlong(
    start: number,
    name: string,
    group: string,
    show: (v: number) => string,
  ): number {
    this.pos = start;
    let raw = 0n;
    for (let i = 0; ; i++) {
      if (i === 10) stop('badVarint', start, { field: name, max: 10 });
      this.need(1, name);
      const b = this.bytes[this.pos++] ?? 0;
      raw |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) break;
    }
    raw = BigInt.asUintN(64, raw);
    const v = Number((raw >> 1n) ^ -(raw & 1n));
    this.field(start, name, show(v), group);
    return v;
  }

  /** `n` raw bytes, shown as UTF-8 text or hex. */
  text(n: number, name: string, group: string): string {
    this.need(n, name);
    const { text, utf8: isText } = bytesToText(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    this.field(this.pos - n, name, isText ? JSON.stringify(text) : text, group);
    return text;
  }
}
