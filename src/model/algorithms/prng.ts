// Seeded randomness for the model: every random choice Kafka makes is drawn from here, so a run replays.

/**
 * sfc32 generator state: four uint32 words in a plain array, so a world checkpoint can copy it
 * with the rest of the state and a restored copy continues the identical sequence.
 */
export interface Prng {
  state: number[];
}

const TWO_POW_32 = 0x1_0000_0000;

// splitmix32 spreads one seed over the four state words, so nearby seeds give unrelated streams.
function splitmix32(x: number): [number, number] {
  const next = (x + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/** A generator seeded from any number (its low 32 bits are used). */
export function createPrng(seed: number): Prng {
  let x = seed | 0;
  const state: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [next, word] = splitmix32(x);
    x = next;
    state.push(word);
  }
  const p: Prng = { state };
  // sfc32's first outputs are weakly mixed; discarding a few is the usual warm-up.
  for (let i = 0; i < 12; i++) nextUint32(p);
  return p;
}

function word(p: Prng, i: number): number {
  const v = p.state[i];
  if (v === undefined) throw new Error('Prng state must hold four uint32 words');
  return v;
}

/** Next uint32 in [0, 2^32); advances `p.state` in place. */
export function nextUint32(p: Prng): number {
  let a = word(p, 0);
  let b = word(p, 1);
  let c = word(p, 2);
  let d = word(p, 3);
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  p.state[0] = a >>> 0;
  p.state[1] = b >>> 0;
  p.state[2] = c >>> 0;
  p.state[3] = d >>> 0;
  return t >>> 0;
}

/** Uniform integer in [0, bound) with no modulo bias (draws above the last full multiple are redrawn). */
export function nextInt(p: Prng, bound: number): number {
  if (!Number.isInteger(bound) || bound <= 0 || bound > TWO_POW_32) {
    throw new Error(`bound must be an integer in [1, 2^32], got ${bound}`);
  }
  const limit = TWO_POW_32 - (TWO_POW_32 % bound);
  for (;;) {
    const r = nextUint32(p);
    if (r < limit) return r % bound;
  }
}

/** Uniform float in [0, 1) with 32 bits of precision. */
export function nextFloat(p: Prng): number {
  return nextUint32(p) / TWO_POW_32;
}

/** 16 random bytes carrying the version 4 and variant 10 bits of RFC 4122 (as java.util.UUID.randomUUID). */
export function randomUuidBytes(p: Prng): Uint8Array {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 4; i++) {
    const w = nextUint32(p);
    bytes[i * 4] = w >>> 24;
    bytes[i * 4 + 1] = (w >>> 16) & 0xff;
    bytes[i * 4 + 2] = (w >>> 8) & 0xff;
    bytes[i * 4 + 3] = w & 0xff;
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return bytes;
}

const HEX = '0123456789abcdef';

/** RFC 4122 version 4 UUID in its 8-4-4-4-12 lowercase text form. */
export function randomUuid(p: Prng): string {
  const bytes = randomUuidBytes(p);
  let s = '';
  bytes.forEach((b, i) => {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += (HEX[b >> 4] ?? '') + (HEX[b & 0x0f] ?? '');
  });
  return s;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Kafka's `Uuid.toString`: URL-safe base64 of the 16 bytes without padding, 22 characters
 * (K@3.6.2:clients/src/main/java/org/apache/kafka/common/Uuid.java).
 */
export function kafkaUuidString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    s += BASE64URL[(n >> 18) & 63] ?? '';
    s += BASE64URL[(n >> 12) & 63] ?? '';
    if (left > 1) s += BASE64URL[(n >> 6) & 63] ?? '';
    if (left > 2) s += BASE64URL[n & 63] ?? '';
  }
  return s;
}

/**
 * A topic id as Kafka's `Uuid.randomUuid` makes it: a v4 UUID, redrawn while its text starts with
 * '-' so it never looks like a command-line flag (Uuid.java randomUuid). The reserved ids 0 and 1
 * cannot occur because the version bits are set.
 */
export function randomTopicId(p: Prng): string {
  for (;;) {
    const id = kafkaUuidString(randomUuidBytes(p));
    if (!id.startsWith('-')) return id;
  }
}
