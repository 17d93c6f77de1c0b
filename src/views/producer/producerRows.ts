// Pure derivations for the producer panel: one producer's recent records (newest first, filtered,
// capped), their partitions' leaders now, the batches waiting in its accumulator, and its Produce
// requests and answers on the wire.
import type {
  ClusterSnapshot,
  MessageView,
  ProducedRecordFate,
  ProducedRecordView,
  ProducerView,
  TopicView,
} from '../../model/snapshotTypes';

/** How many records the list draws: enough to see a failure's run, few enough to scan. */
export const RECORD_CAP = 50;

export type FateFilter = 'all' | ProducedRecordFate;

export const FATE_FILTERS: readonly FateFilter[] = [
  'all',
  'pending',
  'acknowledged',
  'failed',
  'lost',
];

/** A produced record as the panel lists it: the snapshot's view plus who leads its partition now. */
export type RecordRow = Omit<ProducedRecordView, 'producerId' | 'topic'> & {
  /** Who leads that partition now (null: no leader, or no such partition). */
  leader: number | null;
};

export interface RecordList {
  rows: RecordRow[];
  /** Records of this producer in the snapshot's window, per fate (and all). */
  counts: Record<FateFilter, number>;
  /** Records that match the filter; `rows` holds the newest RECORD_CAP of them. */
  matching: number;
}

function leaderNow(topics: readonly TopicView[], topic: string, partition: number): number | null {
  const p = topics.find((x) => x.name === topic)?.partitions.find((x) => x.partition === partition);
  return p && p.leader !== null && p.leader >= 0 ? p.leader : null;
}

export function recordList(
  snapshot: ClusterSnapshot | null,
  producerId: string | null,
  filter: FateFilter,
  cap = RECORD_CAP,
): RecordList {
  const counts: Record<FateFilter, number> = {
    all: 0,
    pending: 0,
    acknowledged: 0,
    failed: 0,
    lost: 0,
  };
  const rows: RecordRow[] = [];
  if (!snapshot || producerId === null) return { rows, counts, matching: 0 };
  const records: readonly ProducedRecordView[] = snapshot.producedRecords;
  let matching = 0;
  // The snapshot lists records oldest first: walk it backwards for newest first.
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i] as ProducedRecordView;
    if (r.producerId !== producerId) continue;
    counts.all++;
    counts[r.fate]++;
    if (filter !== 'all' && r.fate !== filter) continue;
    matching++;
    if (rows.length >= cap) continue;
    rows.push({
      recordId: r.recordId,
      partition: r.partition,
      leader: r.partition >= 0 ? leaderNow(snapshot.topics, r.topic, r.partition) : null,
      key: r.key,
      value: r.value,
      sentAt: r.sentAt,
      fate: r.fate,
      offset: r.offset,
      error: r.error,
    });
  }
  return { rows, counts, matching };
}

export type WireMessage =
  | {
      id: number;
      kind: 'produce';
      broker: number | null;
      /** Parsed from the model's summary; null when it has another shape (then `summary` is shown). */
      tp: string | null;
      count: number | null;
      summary: string;
      sentAt: number;
    }
  | {
      id: number;
      kind: 'response';
      broker: number | null;
      /** The Kafka error name, or null. */
      error: string | null;
      /** The first offset written, for a success; null when the summary has another shape. */
      baseOffset: number | null;
      summary: string;
      sentAt: number;
    };

function brokerOf(node: string): number | null {
  const m = /^broker-(\d+)$/.exec(node);
  return m ? Number(m[1]) : null;
}

/**
 * The producer's Produce requests (each one partition's batch: `<topic>-<p> <n> record(s) acks=…`)
 * and the answers coming back (`baseOffset <n>` or an error name), oldest sent first.
 */
export function wireMessages(inFlight: readonly MessageView[], producerId: string): WireMessage[] {
  const out: WireMessage[] = [];
  for (const m of inFlight) {
    if (m.kind === 'Produce' && m.from === producerId) {
      const parsed = /^(.+-\d+) (\d+) record\(s\)/.exec(m.summary);
      out.push({
        id: m.id,
        kind: 'produce',
        broker: brokerOf(m.to),
        tp: parsed ? (parsed[1] ?? null) : null,
        count: parsed ? Number(parsed[2]) : null,
        summary: m.summary,
        sentAt: m.sentAt,
      });
    } else if (m.kind === 'ProduceResponse' && m.to === producerId) {
      const ok = /^baseOffset (-?\d+)$/.exec(m.summary);
      out.push({
        id: m.id,
        kind: 'response',
        broker: brokerOf(m.from),
        error: /^[A-Z][A-Z_]+$/.test(m.summary) ? m.summary : null,
        baseOffset: ok ? Number(ok[1]) : null,
        summary: m.summary,
        sentAt: m.sentAt,
      });
    }
  }
  return out.sort((a, b) => a.sentAt - b.sentAt || a.id - b.id);
}

/** What a batch in the producer's accumulator waits for. */
export type BatchWait =
  /** linger.ms is running: it goes when it is over, or sooner if the batch fills up. */
  | 'linger'
  /** A retried batch waiting retry.backoff.ms. */
  | 'retry'
  /** Full (no room for another record): it goes as soon as it can. */
  | 'full'
  /** It could go now but has no leader to go to or no free request slot (at most 5 per broker). */
  | 'blocked'
  /** No metadata yet: the producer does not know the topic's partitions. */
  | 'noMetadata';

export interface BatchRow {
  /** Stable within a snapshot: the partition and the batch's place in its deque. */
  key: string;
  partition: number;
  records: number;
  bytes: number;
  /** bytes / batch.size, capped at 1 (a record bigger than batch.size fills its batch alone). */
  fill: number;
  wait: BatchWait;
  /** Virtual ms until it may go (linger or retry), 0 when it may go now. */
  msLeft: number;
  /** The length of the wait it is in (linger.ms or retry.backoff.ms), for the countdown bar. */
  waitMs: number;
}

/** The accumulator's batches as the panel draws them, with what each waits for. */
export function batchRows(producer: ProducerView, now: number): BatchRow[] {
  const seen = new Map<number, number>();
  return producer.batches.map((b) => {
    const nth = seen.get(b.partition) ?? 0;
    seen.set(b.partition, nth + 1);
    const msLeft = Math.max(0, b.readyAt - now);
    const wait: BatchWait =
      b.partition < 0
        ? 'noMetadata'
        : msLeft > 0
          ? b.retry
            ? 'retry'
            : 'linger'
          : b.full
            ? 'full'
            : 'blocked';
    return {
      key: `${b.partition}:${nth}`,
      partition: b.partition,
      records: b.records,
      bytes: b.bytes,
      fill: Math.min(1, b.bytes / Math.max(1, producer.batchSize)),
      wait,
      msLeft,
      waitMs: Math.max(0, b.readyAt - b.createdAt),
    };
  });
}
