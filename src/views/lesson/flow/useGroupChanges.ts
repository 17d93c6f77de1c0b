// The last two generations of a group this card saw, kept in component state (the snapshot has
// only the current one), and what changed between them.
import { useState } from 'react';
import {
  droppedOwners,
  ownerChanges,
  sameOwners,
  seenGeneration,
  type OwnerChange,
  type SeenGeneration,
} from './groupChanges';
import type { GroupRow } from './groupRows';

interface Seen {
  prev: SeenGeneration | null;
  cur: SeenGeneration;
}

export interface GenerationChange {
  from: number;
  to: number;
  changes: OwnerChange[];
}

export function useGroupChanges(row: GroupRow): GenerationChange | null {
  const [seen, setSeen] = useState<Seen>(() => ({ prev: null, cur: seenGeneration(row) }));
  let current = seen;
  const now = seenGeneration(row);
  const changed = now.generation !== seen.cur.generation || !sameOwners(now, seen.cur);
  // The same generation with some partitions given up (a member left): keep what was seen, so the
  // next generation is compared with the owners it had.
  const dropped = now.generation === seen.cur.generation && droppedOwners(now, seen.cur);
  // The same generation with partitions handed out: JoinGroup raised the generation, then SyncGroup
  // brought the members their assignment. Still the change from the generation seen before.
  const assigned = now.generation === seen.cur.generation && droppedOwners(seen.cur, now);
  if (changed && assigned) {
    current = { prev: seen.prev, cur: now };
    setSeen(current);
  } else if (changed && !dropped) {
    // A later generation: compare with the one seen before. Otherwise the run restarted, the time
    // slider went back, or another run opened at the same generation (its owners differ, which one
    // generation never does): what was seen before does not lead here.
    current =
      now.generation > seen.cur.generation
        ? { prev: seen.cur, cur: now }
        : { prev: null, cur: now };
    // Adjusting state while rendering (React's pattern for "information from previous renders").
    setSeen(current);
  }
  if (!current.prev) return null;
  return {
    from: current.prev.generation,
    to: current.cur.generation,
    changes: ownerChanges(current.prev, current.cur),
  };
}
