// Copy-on-write chunked arrays: logs and the ledger grow without a checkpoint copying them whole.

export const CHUNK = 512;

/**
 * Plain data: chunks of items, each tagged with the world generation that may write it. The
 * directory (`chunks` and `gens`) is shared too, and written in place only by its owner.
 */
export interface Chunked<T> {
  chunks: T[][];
  gens: number[];
  length: number;
  /** Generation that owns the directory arrays, or -1 when they may be shared. */
  dirGen: number;
}

export function emptyChunked<T>(): Chunked<T> {
  return { chunks: [], gens: [], length: 0, dirGen: -1 };
}

/**
 * A copy that shares everything; a writer copies what it changes. Chunks: writers with a newer
 * generation copy a chunk before changing an item. Appends need no copy: a chunk's array (and the
 * directory) may hold entries past a holder's `length`, which that holder never reads, so a writer
 * appends in place when the array ends exactly at its own length.
 */
export function shareChunked<T>(c: Chunked<T>): Chunked<T> {
  return { chunks: c.chunks, gens: c.gens, length: c.length, dirGen: -1 };
}

/** Chunks that `c` holds (its directory arrays may be longer: appends of another holder). */
export function chunkCount<T>(c: Chunked<T>): number {
  return Math.ceil(c.length / CHUNK);
}

/** Items of chunk `i` that `c` holds (its array may be longer: appends of another holder). */
export function chunkLength<T>(c: Chunked<T>, i: number): number {
  return Math.min(CHUNK, c.length - i * CHUNK);
}

/** Make the directory this generation's own before changing one of its entries. */
function ownDirectory<T>(c: Chunked<T>, gen: number): void {
  if (c.dirGen === gen) return;
  const n = chunkCount(c);
  c.chunks = c.chunks.slice(0, n);
  c.gens = c.gens.slice(0, n);
  c.dirGen = gen;
}

function writable<T>(c: Chunked<T>, i: number, gen: number): T[] {
  const chunk = c.chunks[i] as T[];
  if (c.gens[i] === gen) return chunk;
  ownDirectory(c, gen);
  const copy = chunk.slice(0, chunkLength(c, i));
  c.chunks[i] = copy;
  c.gens[i] = gen;
  return copy;
}

/** log2(CHUNK): chunk index and offset by shift and mask (lengths stay far below 2^31). */
const CHUNK_BITS = 31 - Math.clz32(CHUNK);
const CHUNK_MASK = CHUNK - 1;

export function push<T>(c: Chunked<T>, item: T, gen: number): void {
  const ci = c.length >> CHUNK_BITS;
  if ((c.length & CHUNK_MASK) === 0) {
    // A new chunk: appended to the directory in place when it ends at this holder's chunk count.
    if (c.dirGen !== gen && c.chunks.length !== ci) ownDirectory(c, gen);
    c.chunks.push([item]);
    c.gens.push(gen);
  } else {
    const chunk = c.chunks[ci] as T[];
    // An owned chunk, or a shared one nobody has appended to past this length: append in place.
    if (c.gens[ci] === gen || chunk.length === c.length - ci * CHUNK) chunk.push(item);
    else writable(c, ci, gen).push(item);
  }
  c.length++;
}

export function get<T>(c: Chunked<T>, i: number): T | undefined {
  if (i < 0 || i >= c.length) return undefined;
  return (c.chunks[i >> CHUNK_BITS] as T[])[i & CHUNK_MASK];
}

export function set<T>(c: Chunked<T>, i: number, item: T, gen: number): void {
  const ci = Math.floor(i / CHUNK);
  // A full chunk is immutable (see truncate): copy it before writing.
  if ((c.chunks[ci] as T[]).length === CHUNK) {
    ownDirectory(c, gen);
    c.gens[ci] = -1;
  }
  // (An owned chunk's array always ends at this holder's length: only its owner appends to it.)
  writable(c, ci, gen)[i % CHUNK] = item;
}

/** Keep the first `n` items. */
export function truncate<T>(c: Chunked<T>, n: number, gen: number): void {
  if (n >= c.length) return;
  ownDirectory(c, gen);
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
  const end = Math.min(to, c.length);
  let i = Math.max(0, from);
  if (i < end) {
    // Within one chunk (most reads): one exact-size copy.
    const ci = Math.floor(i / CHUNK);
    const base = ci * CHUNK;
    if (end <= base + CHUNK) return (c.chunks[ci] as T[]).slice(i - base, end - base);
  }
  const out: T[] = [];
  // Chunk by chunk, without a division per item.
  while (i < end) {
    const ci = Math.floor(i / CHUNK);
    const chunk = c.chunks[ci] as T[];
    const base = ci * CHUNK;
    const stop = Math.min(end, base + CHUNK);
    for (let k = i - base; i < stop; i++, k++) out.push(chunk[k] as T);
  }
  return out;
}
