// A hash of the whole world (FNV-1a 64 over a canonical serialisation); full log chunks are memoised.
import type { Chunked } from './engine/chunked';
import { CHUNK, chunkCount, chunkLength } from './engine/chunked';
import type { World } from './engine/types';
import { segmentDigestParts } from './storage/segments';
import type { LogStorage } from './storage/types';

/**
 * FNV-1a 64 over the UTF-16 code units of `text` (not its UTF-8 bytes like algorithms/hash.ts):
 * the same algorithm without encoding a world-sized string first.
 */
function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // × (2^40 + 0x1b3) mod 2^64 on two 32-bit halves.
    const loProduct = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(loProduct / 0x1_0000_0000) + ((lo << 8) >>> 0)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

// Derived cache only: a chunk that was ever full never changes (see chunked.ts), so its hash is stable.
const chunkHashes = new WeakMap<object, string>();

function hashChunked<T>(c: Chunked<T>): string {
  const parts: string[] = [String(c.length)];
  const count = chunkCount(c);
  for (let i = 0; i < count; i++) {
    const full = c.chunks[i] as T[];
    // A shared chunk's array may hold another holder's later appends: hash only this holder's items.
    const n = chunkLength(c, i);
    const chunk = full.length === n ? full : full.slice(0, n);
    if (n === CHUNK) {
      let h = chunkHashes.get(chunk);
      if (h === undefined) {
        h = fnv1a64(JSON.stringify(chunk));
        chunkHashes.set(chunk, h);
      }
      parts.push(h);
    } else parts.push(fnv1a64(JSON.stringify(chunk)));
  }
  return parts.join(',');
}

export function digestWorld(w: World): string {
  // Generations and the memo are bookkeeping of copy-on-write, not state: left out (and a
  // Chunked's dirGen, which hashChunked does not read).
  // The arrival queue counts by what is still queued, not by how far its array was consumed.
  // The throughput series is left out: it only records, second by second, counts whose effects
  // are digested anyway (the logs, each group's positions and `consumed`), and leaving it out keeps
  // the digests of runs comparable with those from before it existed. Seeks are still checked
  // on it: the determinism tests compare snapshots, which hold it.
  const {
    logs,
    storage,
    ledger,
    acked,
    inFlight,
    gen: _gen,
    arrivals,
    arrivalsHead,
    throughput: _throughput,
    throughputNow: _throughputNow,
    ...rest
  } = w;
  const queued = arrivals.slice(arrivalsHead);
  const logHashes = Object.keys(logs)
    .sort()
    .map((k) => `${k}:${hashChunked(logs[k] as Chunked<unknown>)}`);
  // Segments by content (index arrays only up to each holder's length); batches are in the records.
  const storageHashes = Object.keys(storage)
    .sort()
    .map((k) => {
      const st = storage[k] as LogStorage;
      return `${k}:${fnv1a64(JSON.stringify(st.segments.map(segmentDigestParts)))}`;
    });
  const ackHashes = Object.keys(acked)
    .sort()
    .map((k) => `${k}:${hashChunked(acked[k] as Chunked<unknown>)}`);
  const text = JSON.stringify([
    rest,
    queued,
    inFlight.toList(),
    logHashes,
    storageHashes,
    hashChunked(ledger),
    ackHashes,
  ]);
  return fnv1a64(text);
}
