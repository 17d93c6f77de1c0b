// Rules every replica's segments obey (used by the storage tests and the segment property).
import type { ClusterSnapshot, RecordView, ReplicaView } from '../snapshotTypes';
import { batchSizeInBytes } from './recordBatchSize';
import type { BatchRecord } from './types';

/** Records as the model stores them: the RecordView plus its batch description (storage/types.ts). */
type StoredRecord = RecordView & Partial<BatchRecord>;

/**
 * Problems with one replica's segments (empty when none):
 * 1. the segments are contiguous: the first starts at the log start offset, or below it when a
 *    follower took the leader's log start offset and its next retention check has not yet deleted
 *    the segments below it (UnifiedLog.deleteLogStartOffsetBreachedSegments), each base offset is
 *    the previous segment's next offset, the last (the only active one) ends at the LEO;
 * 2. record counts add up to LEO − the first segment's base offset;
 * 3. a non-active segment is at most segment.bytes, unless it took a single append bigger than that
 *    (one batch at a leader, one fetch response at a follower), which wrote no offset-index entry;
 * 4. each segment's file stem is its base offset in 20 digits;
 * 5. index entries: relative offsets and positions strictly increase, positions lie inside the
 *    segment, time-index timestamps strictly increase and never exceed the largest timestamp;
 * 6. when the view holds the replica's whole log, the segment sizes add up to the sizes of the
 *    batches in it, each recomputed from its records' keys, values and timestamps (RecordBatch v2).
 */
export function segmentProblems(r: ReplicaView, segmentBytes: number): string[] {
  const out: string[] = [];
  const segs = r.segments;
  const who = `broker ${r.brokerId}`;
  if (segs.length === 0) {
    if (r.logEndOffset > 0) out.push(`${who}: records but no segment`);
    return out;
  }
  const first = segs[0];
  const start = first && first.baseOffset < r.logStartOffset ? first.baseOffset : r.logStartOffset;
  let expected = start;
  let records = 0;
  segs.forEach((s, i) => {
    const last = i === segs.length - 1;
    if (s.baseOffset !== expected)
      out.push(`${who}: segment ${i} starts at ${s.baseOffset}, not ${expected}`);
    if (s.fileStem !== String(s.baseOffset).padStart(20, '0'))
      out.push(`${who}: file stem ${s.fileStem}`);
    if (s.active !== last) out.push(`${who}: segment ${i} active=${s.active}`);
    // Kafka rolls before an append that would overflow a non-empty segment, so a segment past
    // segment.bytes took a single append: a leader's batch or a follower's fetch response, and the
    // first append of a segment never writes an offset-index entry.
    if (!last && s.sizeInBytes > segmentBytes && s.offsetIndexCount > 0)
      out.push(
        `${who}: inactive segment ${i} of ${s.sizeInBytes} bytes > segment.bytes ${segmentBytes} took several appends`,
      );
    if (s.recordCount !== s.nextOffset - s.baseOffset)
      out.push(`${who}: segment ${i} record count`);
    if ((s.sizeInBytes === 0) !== (s.recordCount === 0))
      out.push(`${who}: segment ${i} size ${s.sizeInBytes}`);
    for (let k = 1; k < s.offsetIndexEntries.length; k++) {
      const a = s.offsetIndexEntries[k - 1];
      const b = s.offsetIndexEntries[k];
      if (a && b && (b.relativeOffset <= a.relativeOffset || b.position <= a.position))
        out.push(`${who}: offset index of segment ${i} not increasing`);
    }
    for (const e of s.offsetIndexEntries)
      if (e.position >= s.sizeInBytes || e.relativeOffset >= s.recordCount)
        out.push(`${who}: offset index entry ${JSON.stringify(e)} outside segment ${i}`);
    for (let k = 1; k < s.timeIndexEntries.length; k++) {
      const a = s.timeIndexEntries[k - 1];
      const b = s.timeIndexEntries[k];
      if (a && b && b.timestamp <= a.timestamp)
        out.push(`${who}: time index of segment ${i} not increasing`);
    }
    for (const e of s.timeIndexEntries)
      if (s.largestTimestamp === null || e.timestamp > s.largestTimestamp)
        out.push(`${who}: time index entry ${JSON.stringify(e)} past the largest timestamp`);
    records += s.recordCount;
    expected = s.nextOffset;
  });
  if (expected !== r.logEndOffset)
    out.push(`${who}: segments end at ${expected}, LEO ${r.logEndOffset}`);
  if (records !== r.logEndOffset - start) out.push(`${who}: ${records} records in segments`);
  const recs = r.records as StoredRecord[];
  if (start === r.logStartOffset && recs.length === r.logEndOffset - r.logStartOffset) {
    let bytes = 0;
    for (let i = 0; i < recs.length; i++) {
      const first = recs[i] as StoredRecord;
      if (!first.batchBytes) continue;
      const last = first.batchLastOffset ?? -1;
      const batch = recs.slice(i, i + last - first.offset + 1);
      const size = batchSizeInBytes(batch);
      if (size !== first.batchBytes)
        out.push(`${who}: batch at ${first.offset} is ${first.batchBytes} bytes, not ${size}`);
      bytes += first.batchBytes;
    }
    const total = segs.reduce((n, s) => n + s.sizeInBytes, 0);
    if (bytes !== total) out.push(`${who}: segments hold ${total} bytes, batches ${bytes}`);
  }
  return out;
}

/**
 * Problems across replicas of each partition: where two replicas in the ISR both start segments at
 * two offsets at or below the HW (both hold the same batches below it), the bytes between them are
 * the same, since they wrote the same batches. (Boundaries themselves may differ: a follower appends a
 * whole fetch response at once and rolls only between appends, as Kafka 3.6 does.)
 */
export function crossReplicaProblems(s: ClusterSnapshot): string[] {
  const out: string[] = [];
  for (const t of s.topics) {
    const segmentBytes = Number(t.configs['segment.bytes'] ?? 1073741824);
    for (const p of t.partitions) {
      const leader = p.replicaViews.find((r) => r.role === 'leader' && p.leader === r.brokerId);
      for (const r of p.replicaViews) {
        for (const e of segmentProblems(r, segmentBytes)) out.push(`${t.name}-${p.partition} ${e}`);
        if (!leader || r === leader || !p.isr.includes(r.brokerId)) continue;
        const hw = Math.min(leader.highWatermark, r.highWatermark);
        // Bytes from the first segment to each segment start (retention deletes old segments on
        // each replica's own schedule, so only the bytes between two common starts compare).
        const before = (v: ReplicaView): Map<number, number> => {
          const m = new Map<number, number>();
          let bytes = 0;
          for (const seg of v.segments) {
            m.set(seg.baseOffset, bytes);
            bytes += seg.sizeInBytes;
          }
          return m;
        };
        const a = before(leader);
        let prev: { offset: number; mine: number; theirs: number } | null = null;
        for (const [offset, bytes] of before(r)) {
          const theirs = a.get(offset);
          if (offset > hw || theirs === undefined) continue;
          if (prev && bytes - prev.mine !== theirs - prev.theirs)
            out.push(
              `${t.name}-${p.partition}: broker ${r.brokerId} has ${bytes - prev.mine} bytes from ${prev.offset} to ${offset}, the leader ${theirs - prev.theirs}`,
            );
          prev = { offset, mine: bytes, theirs };
        }
      }
    }
  }
  return out;
}
