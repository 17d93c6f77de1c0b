// Property: every replica's log is a well-formed list of segments at every sampled instant, under
// random faults (KAFKA.md 2.2, 2.3). Checked by storage/checkSegments.ts:
// - segments are contiguous: the first starts at the log start offset, each base offset is the
//   previous segment's next offset, the last (only active) one ends at the LEO, so the record
//   counts add up to LEO − logStartOffset;
// - a non-active segment is at most segment.bytes unless it took one bigger append (a leader's
//   batch, a follower's whole fetch response: Kafka 3.6 checks the roll once per append);
// - index entries increase and lie inside their segment;
// - the segment sizes add up to the batches' RecordBatch v2 sizes recomputed from the records;
// - leader and in-sync followers wrote the same bytes: where both start a segment at an offset at
//   or below the HW, the bytes before it are equal. Segment boundaries themselves may differ, as
//   in Kafka 3.6: a follower appends a whole fetch response as one append and rolls only between
//   appends, while the leader appends one produce request's batch at a time.
// Runs any-settings scenarios (unclean elections and acks=1 included, so truncations happen) with
// a small segment.bytes so segments roll.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { crossReplicaProblems } from '../storage/checkSegments';
import { RUN_END, anyScenarioArb } from './arbitraries';
import { WHOLE_LOG_WINDOW } from './trace';

const RUNS = Number(process.env.KAFKA_SEGMENT_PROPERTY_RUNS ?? 25);
const SEED = Number(process.env.KAFKA_PROPERTY_SEED ?? 20261127);
const SAMPLES = [5_000, 12_000, 20_000, 31_000, 45_000, RUN_END];

describe('segments under random faults', () => {
  it('every replica: contiguous segments, sizes within segment.bytes, the same bytes as the leader', () => {
    let truncations = 0;
    fc.assert(
      fc.property(anyScenarioArb, fc.constantFrom(300, 1000, 5000), (base, segmentBytes) => {
        const scenario = {
          ...base,
          topics: base.topics.map((t) => ({
            ...t,
            configs: { ...t.configs, 'segment.bytes': segmentBytes },
          })),
        };
        const sim = createSimulation(scenario, { recordWindow: WHOLE_LOG_WINDOW });
        for (const t of SAMPLES) {
          sim.seek(t);
          const problems = crossReplicaProblems(sim.snapshot());
          if (problems.length > 0)
            throw new Error(
              `at ${t} ms: ${problems.slice(0, 5).join('; ')}\n${JSON.stringify(scenario)}`,
            );
        }
        truncations += sim.events().filter((e) => e.kind === 'log.truncated').length;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Not vacuous: some runs truncated logs.
    expect(truncations).toBeGreaterThan(0);
  }, 300_000);
});
