// The last two generations of a group this card saw, kept in component state (the snapshot has
// only the current one), and what changed between them.
import { useState } from 'react';
import {
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
  if (now.generation !== seen.cur.generation || !sameOwners(now, seen.cur)) {
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
