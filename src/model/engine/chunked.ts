// Copy-on-write chunked arrays: logs and the ledger grow without a checkpoint copying them whole.

export const CHUNK = 512;

/** Plain data: chunks of items, each tagged with the world generation that may write it. */
export interface Chunked<T> {
  chunks: T[][];
  gens: number[];
  length: number;
}

export function emptyChunked<T>(): Chunked<T> {
  return { chunks: [], gens: [], length: 0 };
}

/** A copy that shares every chunk; writers with a newer generation copy a chunk before writing. */
export function shareChunked<T>(c: Chunked<T>): Chunked<T> {
  return { chunks: c.chunks.slice(), gens: c.gens.slice(), length: c.length };
}

function writable<T>(c: Chunked<T>, i: number, gen: number): T[] {
  const chunk = c.chunks[i] as T[];
  if (c.gens[i] === gen) return chunk;
  const copy = chunk.slice();
  c.chunks[i] = copy;
  c.gens[i] = gen;
  return copy;
}

export function push<T>(c: Chunked<T>, item: T, gen: number): void {
  const ci = Math.floor(c.length / CHUNK);
  if (ci === c.chunks.length) {
    c.chunks.push([item]);
    c.gens.push(gen);
  } else {
    writable(c, ci, gen).push(item);
  }
  c.length++;
}

export function get<T>(c: Chunked<T>, i: number): T | undefined {
  if (i < 0 || i >= c.length) return undefined;
  return (c.chunks[Math.floor(i / CHUNK)] as T[])[i % CHUNK];
}

export function set<T>(c: Chunked<T>, i: number, item: T, gen: number): void {
  const ci = Math.floor(i / CHUNK);
  // A full chunk is immutable (see truncate): copy it before writing.
  if ((c.chunks[ci] as T[]).length === CHUNK) c.gens[ci] = -1;
  writable(c, ci, gen)[i % CHUNK] = item;
}

/** Keep the first `n` items. */
export function truncate<T>(c: Chunked<T>, n: number, gen: number): void {
  if (n >= c.length) return;
  const keep = Math.ceil(n / CHUNK);
  c.chunks.length = keep;
  c.gens.length = keep;
  // The cut chunk is always copied, so a chunk that was ever full never changes (digest memo).
  if (n % CHUNK !== 0) {
    c.chunks[keep - 1] = (c.chunks[keep - 1] as T[]).slice(0, n % CHUNK);
    c.gens[keep - 1] = gen;
  }
  c.length = n;
}

/** Items [from, to) as a new array. */
export function slice<T>(c: Chunked<T>, from: number, to: number): T[] {
  const out: T[] = [];
  const end = Math.min(to, c.length);
  for (let i = Math.max(0, from); i < end; i++) out.push(get(c, i) as T);
  return out;
}
