// sticky and cooperative-sticky against vectors printed on a JDK 17 by a line-by-line Java
// transcription of AbstractStickyAssignor / CooperativeStickyAssignor (3.6-era source, racks
// removed; no Kafka jar was available offline). The JDK supplies the real HashMap/HashSet orders
// that decide who keeps maxQuota and which partition a reverse move picks. The inputs are random
// (seeded); `counts` went through AbstractPartitionAssignor's filter on both sides.
import { describe, expect, it } from 'vitest';
import vectors from './stickyJvmVectors.json';
import { cooperativeStickyAssign } from './cooperativeSticky';
import { stickyAssign } from './sticky';
import { names, tps } from './testSupport';

interface Vector {
  counts: Record<string, number>;
  members: { memberId: string; topics: string[]; owned: string[]; generation?: number }[];
  sticky: Record<string, string[]>;
  coop: Record<string, string[]>;
}

const sortKeys = (x: Record<string, string[]>): [string, string[]][] =>
  Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('sticky assignors vs the JVM', () => {
  const cases = vectors as unknown as Vector[];
  it.each(cases.map((v, i) => [i, v] as const))('vector %i', (_, v) => {
    const members = v.members.map((m) => ({
      memberId: m.memberId,
      topics: m.topics,
      ownedPartitions: tps(...m.owned),
      ...(m.generation === undefined ? {} : { generation: m.generation }),
    }));
    expect(sortKeys(names(stickyAssign(v.counts, members)))).toEqual(sortKeys(v.sticky));
    expect(sortKeys(names(cooperativeStickyAssign(v.counts, members)))).toEqual(sortKeys(v.coop));
  });
});
