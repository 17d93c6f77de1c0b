// The glossary's terms, what each one shows live from the snapshot, and which ones a step is about.
import type { ClusterSnapshot } from '../../../model/snapshotTypes';

/** Terms of chapter 2 first, then the ones later chapters teach. */
export const CORE_TERMS = [
  'producer',
  'consumer',
  'topic',
  'partition',
  'broker',
  'cluster',
  'zookeeper',
] as const;
export const LATER_TERMS = ['offset', 'replica', 'leaderFollower', 'controller'] as const;
export type TermId = (typeof CORE_TERMS)[number] | (typeof LATER_TERMS)[number];

/** Terms with an analogy in the study notes (topic = parcel address, partition = parcel warehouse). */
export const HAS_ANALOGY: ReadonlySet<TermId> = new Set<TermId>(['topic', 'partition']);

/** The notes' own label of each term, as the start of its bullet (a step's `covers`). */
const NOTES_LABELS: Partial<Record<TermId, string[]>> = {
  producer: ['생산자(Producer)'],
  consumer: ['소비자(Consumer)'],
  topic: ['토픽(Topic)', '토픽(topic)'],
  partition: ['파티션(Partition)'],
  broker: ['브로커(Broker)'],
  cluster: ['클러스터(Cluster)'],
  zookeeper: ['Zookeeper :'],
  offset: ['오프셋(Offset)'],
  replica: ['레플리카(Replica)'],
  leaderFollower: ['리더(Leader)', '팔로워(Follower)'],
  controller: ['컨트롤러(Controller)'],
};

/** Terms a step is about: those its diagram highlight points at, and those its notes lines define. */
export function stepTerms(
  highlight: readonly string[],
  covers: readonly string[],
  partitionIds: ReadonlySet<string>,
): Set<TermId> {
  const out = new Set<TermId>();
  for (const id of highlight) {
    if (id.startsWith('producer-')) out.add('producer');
    else if (id.startsWith('group-')) out.add('consumer');
    else if (id.startsWith('broker-')) out.add('broker');
    else if (id === 'zookeeper') out.add('zookeeper');
    else if (partitionIds.has(id)) out.add('partition');
  }
  for (const [term, labels] of Object.entries(NOTES_LABELS) as [TermId, string[]][])
    if (covers.some((c) => labels.some((l) => c.startsWith(l)))) out.add(term);
  return out;
}

export type FactParams = Record<string, string | number>;

/** What each term's card says about the live cluster (parameters of `concepts.term.<id>.now`). */
export function termFacts(s: ClusterSnapshot, none: string): Partial<Record<TermId, FactParams>> {
  const facts: Partial<Record<TermId, FactParams>> = {};
  const producer = s.producers[0];
  if (producer)
    facts.producer = { id: producer.id, sent: producer.sent, acked: producer.acknowledged };
  const group = s.consumerGroups[0];
  if (group)
    facts.consumer = { id: group.groupId, members: group.members.length, consumed: group.consumed };
  const topic = s.topics[0];
  const partitions = s.topics.flatMap((t) => t.partitions);
  const leo = (p: (typeof partitions)[number]) =>
    p.replicaViews.find((r) => r.brokerId === p.leader)?.logEndOffset ??
    Math.max(0, ...p.replicaViews.map((r) => r.logEndOffset));
  if (topic) {
    facts.topic = { name: topic.name, partitions: topic.partitions.length };
    facts.replica = { topic: topic.name, rf: topic.partitions[0]?.replicas.length ?? 0 };
  }
  facts.partition = {
    count: partitions.length,
    records: partitions.reduce((n, p) => n + leo(p), 0),
  };
  facts.offset = {
    list:
      partitions
        .slice(0, 4)
        .map((p) => `${p.topic}-${p.partition} → ${leo(p)}`)
        .join(', ') || none,
  };
  const first = partitions[0];
  if (first)
    facts.leaderFollower = {
      tp: `${first.topic}-${first.partition}`,
      leader: first.leader ?? none,
      followers: first.replicas.filter((b) => b !== first.leader).join(', ') || none,
    };
  const up = s.brokers.filter((b) => b.state === 'online');
  facts.broker = { up: up.length, all: s.brokers.length };
  facts.cluster = {
    ids: s.brokers.map((b) => b.id).join(', '),
    controller: s.controller.brokerId ?? none,
  };
  const registered = s.zookeeper.znodes
    .filter((z) => /^\/brokers\/ids\/\d+$/.test(z.path))
    .map((z) => z.path.slice('/brokers/ids/'.length));
  facts.zookeeper = { ids: registered.join(', ') || none };
  facts.controller = { id: s.controller.brokerId ?? none, epoch: s.controller.epoch };
  return facts;
}
