import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { baseScenario, partitionOf } from '../testScenarios';
import { crossReplicaProblems } from './checkSegments';
import { uncleanTruncationRun } from './testing/uncleanTruncation';

const WHOLE_LOG = 100_000;

function scenario(segmentBytes: number | undefined, actions = baseScenario().actions) {
  return baseScenario({
    topics: [
      {
        name: 'orders',
        partitions: 1,
        replicationFactor: 3,
        configs: segmentBytes === undefined ? {} : { 'segment.bytes': segmentBytes },
      },
    ],
    producers: [
      {
        id: 'producer-1',
        topic: 'orders',
        recordsPerSec: 40,
        keys: ['alpha', 'beta', 'gamma'],
        configs: {},
      },
    ],
    actions,
  });
}

describe("a partition's directory as segments (LogSegment, RecordBatch v2 sizes)", () => {
  it('one 00000000000000000000 segment under /tmp/kafka-logs with the default segment.bytes', () => {
    const sim = createSimulation(scenario(undefined), { recordWindow: WHOLE_LOG });
    sim.seek(5_000);
    const snap = sim.snapshot();
    expect(snap.logDirs).toBe('/tmp/kafka-logs');
    const p = partitionOf(sim, 'orders', 0);
    for (const r of p.replicaViews) {
      expect(r.segments.map((s) => s.fileStem)).toEqual(['00000000000000000000']);
      expect(r.segments[0]?.active).toBe(true);
      expect(r.segments[0]?.sizeInBytes).toBeGreaterThan(61 * 10);
    }
    expect(crossReplicaProblems(snap)).toEqual([]);
  });

  it('small segment.bytes: every replica rolls, sizes match the batches, replicas agree', () => {
    const sim = createSimulation(scenario(1024), { recordWindow: WHOLE_LOG });
    sim.seek(20_000);
    const snap = sim.snapshot();
    const p = partitionOf(sim, 'orders', 0);
    for (const r of p.replicaViews) {
      expect(r.segments.length).toBeGreaterThan(5);
      // Each rolled segment is full: the next batch would not have fit (at most 1024 bytes).
      for (const s of r.segments.slice(0, -1)) {
        expect(s.sizeInBytes).toBeLessThanOrEqual(1024);
        expect(s.sizeInBytes).toBeGreaterThan(1024 - 200);
      }
      expect(r.segments[1]?.fileStem).toBe(String(r.segments[1]?.baseOffset).padStart(20, '0'));
    }
    expect(crossReplicaProblems(snap)).toEqual([]);
  });

  it('offset-index entries appear once more than 4096 bytes went in since the last one', () => {
    const sim = createSimulation(scenario(undefined), { recordWindow: WHOLE_LOG });
    sim.seek(30_000);
    const leader = partitionOf(sim, 'orders', 0).replicaViews.find((r) => r.role === 'leader');
    const s = leader?.segments[0];
    expect(s).toBeDefined();
    if (!s) return;
    // About one entry per 4096 bytes (each entry comes with the append after the threshold).
    expect(s.offsetIndexCount).toBeGreaterThan(0);
    expect(s.offsetIndexCount).toBeLessThanOrEqual(Math.floor(s.sizeInBytes / 4097));
    expect(s.offsetIndexCount).toBeGreaterThanOrEqual(Math.floor(s.sizeInBytes / (4096 + 400)) - 1);
    const first = s.offsetIndexEntries[0];
    expect(first?.position).toBeGreaterThan(4096);
  });

  it('truncation (KIP-320 after an unclean election) removes segments past the cut', () => {
    const { sim, oldLeader: old } = uncleanTruncationRun(WHOLE_LOG);
    sim.seek(39_000);
    const before = partitionOf(sim, 'orders', 0).replicaViews.find((r) => r.brokerId === old);
    sim.seek(70_000);
    const cut = sim.events().find((e) => e.kind === 'log.truncated' && e.broker === old);
    expect(cut).toBeDefined();
    if (!before || !cut) return;
    const to = Number(cut.params.to);
    expect(before.logEndOffset).toBeGreaterThan(to);
    const kept = before.segments.filter((seg) => seg.baseOffset <= to);
    expect(kept.length).toBeLessThan(before.segments.length);
    // Right after the truncation: the segments past the cut are gone, the last one shrank.
    sim.seek(cut.at);
    const after = partitionOf(sim, 'orders', 0).replicaViews.find((r) => r.brokerId === old);
    expect(after?.logEndOffset).toBe(to);
    expect(after?.segments.map((seg) => seg.baseOffset)).toEqual(kept.map((seg) => seg.baseOffset));
    const last = after?.segments[after.segments.length - 1];
    expect(last?.nextOffset).toBe(to);
    expect(last?.active).toBe(true);
    expect(crossReplicaProblems(sim.snapshot())).toEqual([]);
    // And seeking back and forth gives the same directory.
    sim.seek(70_000);
    const direct = sim.snapshot();
    expect(crossReplicaProblems(direct)).toEqual([]);
    sim.seek(12_345);
    sim.seek(70_000);
    expect(sim.snapshot().topics).toEqual(direct.topics);
  });
});
