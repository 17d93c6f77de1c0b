// How the coordinator picks one assignor for the whole group from the members' preference lists.
import { javaStringHashMapOrder } from './javaHashOrder';

/**
 * `selectProtocol` (K@3.6.2:group-coordinator/.../generic/GenericGroup.java; the Scala
 * GroupMetadata.scala does the same vote): the candidates are the protocols every member supports;
 * each member votes for the first candidate in its own preference order; most votes wins. Ties go
 * to the first entry of the `HashMap<String, Integer>` of votes (Stream.max keeps the earlier of
 * equals), i.e. Java's bucket order of String.hashCode, reproduced here. The default Scala
 * coordinator breaks ties by its own hash-map order, which is not reproduced. Returns null when the
 * members share no protocol (the coordinator rejects such a join with INCONSISTENT_GROUP_PROTOCOL).
 */
export function chooseProtocol(preferences: readonly (readonly string[])[]): string | null {
  if (preferences.length === 0) throw new Error('Cannot select protocol for empty group');
  const candidates = new Set(preferences[0]);
  for (const list of preferences.slice(1)) {
    for (const p of [...candidates]) if (!list.includes(p)) candidates.delete(p);
  }
  if (candidates.size === 0) return null;
  const votes = new Map<string, number>();
  for (const list of preferences) {
    const vote = list.find((p) => candidates.has(p));
    if (vote !== undefined) votes.set(vote, (votes.get(vote) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = -1;
  for (const protocol of javaStringHashMapOrder([...votes.keys()])) {
    const n = votes.get(protocol) ?? 0;
    if (n > bestVotes) {
      best = protocol;
      bestVotes = n;
    }
  }
  return best;
}
