// The rows of `kafka-topics.sh --describe` (KAFKA.md 7.1): one per partition, sorted by topic then
// partition id; Replicas in assignment order, Isr in stored order, `Leader: none` with no leader.
import type { TopicView } from '../../model/snapshotTypes';

export interface DescribeRow {
  /** `topic-partition`, the id the diagram and the log view use too. */
  id: string;
  topic: string;
  partition: number;
  /** The leader's broker id as text, or the `none` label. */
  leader: string;
  leaderId: number | null;
  replicas: string;
  isr: string;
  offline: boolean;
  /** Fewer replicas in sync than assigned (kafka-topics.sh --under-replicated-partitions). */
  underReplicated: boolean;
}

export function partitionId(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

export function describeRows(topics: readonly TopicView[], none = 'none'): DescribeRow[] {
  const sorted = [...topics].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.flatMap((topic) =>
    [...topic.partitions]
      .sort((a, b) => a.partition - b.partition)
      .map((p) => ({
        id: partitionId(topic.name, p.partition),
        topic: topic.name,
        partition: p.partition,
        leader: p.leader === null ? none : String(p.leader),
        leaderId: p.leader,
        replicas: p.replicas.join(','),
        isr: p.isr.join(','),
        offline: p.leader === null,
        underReplicated: p.isr.length < p.replicas.length,
      })),
  );
}
