// Pure helpers of the invariants slice: what the monitor is fed, and what a violation concerns.
import type { ClusterSnapshot, PartitionView } from '../../model/snapshotTypes';
import type { InvariantName, InvariantViolation, ViolationDetail } from './invariantsSliceTypes';

/**
 * The snapshot with each partition's replica logs cut to the offsets every replica's record window
 * covers. The store's runs carry only a log tail (recordWindow 200), while the monitor compares
 * replicas offset by offset as if it saw whole logs: two tails that start at different offsets
 * would look like diverged committed records. Below the shared start nothing is compared.
 */
export function clipToSharedWindow(s: ClusterSnapshot): ClusterSnapshot {
  let changed = false;
  const topics = s.topics.map((t) => {
    const partitions = t.partitions.map((p) => {
      const clipped = clipPartition(p);
      if (clipped !== p) changed = true;
      return clipped;
    });
    return partitions.some((p, i) => p !== t.partitions[i]) ? { ...t, partitions } : t;
  });
  return changed ? { ...s, topics } : s;
}

function clipPartition(p: PartitionView): PartitionView {
  // A replica's window starts at its first shown record (or its log end when the log is empty).
  let from = 0;
  for (const r of p.replicaViews) from = Math.max(from, r.records[0]?.offset ?? r.logEndOffset);
  if (p.replicaViews.every((r) => r.logStartOffset >= from)) return p;
  return {
    ...p,
    replicaViews: p.replicaViews.map((r) =>
      r.logStartOffset >= from
        ? r
        : {
            ...r,
            logStartOffset: from,
            records: r.records.filter((rec) => rec.offset >= from),
          },
    ),
  };
}

const TP = '([A-Za-z0-9._-]+-\\d+)';
const PAST_HW = new RegExp(
  `^group (\\S+) ${TP}: (?:position|committed) (\\d+) > highest HW so far (\\d+)`,
);
const DIVERGED = new RegExp(`^${TP}: committed offset (\\d+) differs`);
const EPOCH = new RegExp(`^${TP}(?: epoch (\\d+))?:`);
// A partition name as the monitor writes it: `orders-0`, followed by `@`, `:` or a space.
const ANY_TP = new RegExp(`(?:^|[\\s(])${TP}(?=[@:\\s]|$)`);

/** The monitor's line without its `t=<ms>: ` prefix. */
function stripTime(line: string): string {
  return line.replace(/^t=[\d.]+: /, '');
}

/**
 * The first violation of `name`, seen in snapshot `s`: the monitor's line gives what it is about,
 * the snapshot adds what the line leaves out (the lost record's key, how many were lost).
 */
export function describeViolation(
  name: InvariantName,
  s: ClusterSnapshot,
  line: string,
): InvariantViolation {
  const message = stripTime(line);
  return { name, at: s.now, detail: detailOf(name, s, message), message };
}

function detailOf(name: InvariantName, s: ClusterSnapshot, message: string): ViolationDetail {
  if (name === 'noAckedLoss') {
    const lost = s.producedRecords.filter((r) => r.fate === 'lost');
    const first = lost[0];
    if (first) {
      return {
        kind: 'lost',
        partition: `${first.topic}-${first.partition}`,
        offset: first.offset,
        key: first.key,
        count: lost.length,
      };
    }
    const m = DIVERGED.exec(message);
    if (m?.[1] && m[2]) return { kind: 'diverged', partition: m[1], offset: Number(m[2]) };
  }
  if (name === 'consumerBelowHw') {
    const m = PAST_HW.exec(message);
    if (m?.[1] && m[2] && m[3] && m[4]) {
      return {
        kind: 'pastHw',
        group: m[1],
        partition: m[2],
        position: Number(m[3]),
        highWatermark: Number(m[4]),
      };
    }
  }
  if (name === 'oneLeaderPerEpoch') {
    const m = EPOCH.exec(message);
    if (m?.[1]) return { kind: 'epoch', partition: m[1], epoch: m[2] ? Number(m[2]) : null };
  }
  return { kind: 'other', partition: ANY_TP.exec(message)?.[1] ?? null };
}
