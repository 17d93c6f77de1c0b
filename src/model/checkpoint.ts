// Checkpoints: a deep copy of the small state plus shared, copy-on-write logs and ledger.
import { shareChunked } from './engine/chunked';
import type { Chunked } from './engine/chunked';
import { deepClone } from './engine/clone';
import { MsgTable } from './engine/msgTable';
import type { World } from './engine/types';

function shareAll<T>(m: Record<string, Chunked<T>>): Record<string, Chunked<T>> {
  const out: Record<string, Chunked<T>> = {};
  for (const k of Object.keys(m)) out[k] = shareChunked(m[k] as Chunked<T>);
  return out;
}

/** A copy of `w` that shares every log chunk; `gen` must be a generation no chunk has yet. */
export function cloneWorld(w: World, gen: number): World {
  const { logs, ledger, acked, inFlight, ...rest } = w;
  const copy = deepClone(rest);
  return {
    ...copy,
    gen,
    // Messages are never changed after send: the copy shares them.
    inFlight: new MsgTable(inFlight),
    logs: shareAll(logs),
    ledger: shareChunked(ledger),
    acked: shareAll(acked),
  };
}
