// What a rebalance changed: who owned each partition in the previous generation the view saw, and
// who owns it now. The snapshot carries only the current assignment, so the card keeps the
// generation it saw before (useGroupChanges) and compares the two.
import type { GroupRow } from './groupRows';

export interface Owner {
  clientId: string;
  index: number;
  tag: string;
}

/** One generation of a group as the view saw it. */
export interface SeenGeneration {
  generation: number;
  /** Partition id → the member it is assigned to. */
  owners: Record<string, Owner>;
  /** Partition id → the member revoking it (a cooperative rebalance in progress). */
  revoking: Record<string, Owner>;
  /** Partition ids in the view's order. */
  order: string[];
}

export interface OwnerChange {
  partition: string;
  from: Owner | null;
  /** null: no owner now (revoking, or no member left). */
  to: Owner | null;
  /** Revoked in this generation, handed over in the next (cooperative-sticky). */
  revoking: boolean;
}

export function seenGeneration(row: GroupRow): SeenGeneration {
  const owners: Record<string, Owner> = {};
  const revoking: Record<string, Owner> = {};
  for (const m of row.members) {
    const who = { clientId: m.clientId, index: m.index, tag: m.tag };
    for (const id of m.partitions) owners[id] = who;
    for (const id of m.revoked) revoking[id] = who;
  }
  return { generation: row.generation, owners, revoking, order: row.partitions.map((p) => p.id) };
}

/**
 * Partitions whose owner differs between `prev` and `cur`, in `cur`'s order. A partition being
 * revoked in `prev` counts as leaving its revoking member, so the follow-up generation reads
 * "from the revoking member to its new owner".
 */
export function ownerChanges(prev: SeenGeneration, cur: SeenGeneration): OwnerChange[] {
  const ids = [...cur.order, ...prev.order.filter((id) => !cur.order.includes(id))];
  const out: OwnerChange[] = [];
  for (const id of ids) {
    const from = prev.owners[id] ?? prev.revoking[id] ?? null;
    const revoker = cur.revoking[id];
    if (revoker) {
      out.push({ partition: id, from: from ?? revoker, to: null, revoking: true });
      continue;
    }
    const to = cur.owners[id] ?? null;
    if (from?.clientId !== to?.clientId) out.push({ partition: id, from, to, revoking: false });
  }
  return out;
}

/** Whether two sightings show the same owners and revocations (one generation never changes them). */
export function sameOwners(a: SeenGeneration, b: SeenGeneration): boolean {
  const key = (g: SeenGeneration) =>
    JSON.stringify([
      Object.entries(g.owners)
        .map(([id, o]) => [id, o.clientId])
        .sort(),
      Object.entries(g.revoking)
        .map(([id, o]) => [id, o.clientId])
        .sort(),
    ]);
  return key(a) === key(b);
}

/**
 * Whether `sub` is `of` with some members' partitions dropped and nothing else changed: within one
 * generation, a member that left the group (max.poll.interval.ms) gives its partitions up before
 * the next generation hands them on.
 */
export function droppedOwners(sub: SeenGeneration, of: SeenGeneration): boolean {
  const within = (a: Record<string, Owner>, b: Record<string, Owner>) =>
    Object.entries(a).every(([id, o]) => b[id]?.clientId === o.clientId);
  return within(sub.owners, of.owners) && within(sub.revoking, of.revoking);
}
