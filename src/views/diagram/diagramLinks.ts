// Pure: which links the diagram draws (producer→leader, follower↔leader, broker→ZooKeeper,
// leader→consumer), each with its curve.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Layout } from './clusterLayout';
import { linkCurve, nodeBox, type Curve } from './linkGeometry';

export type LinkKind = 'produce' | 'replication' | 'zookeeper' | 'consume';

export interface DiagramLink {
  id: string;
  kind: LinkKind;
  from: string;
  to: string;
  curve: Curve;
  /** A link that touches an isolated broker is cut. */
  cut: boolean;
}

export function diagramLinks(snapshot: ClusterSnapshot, layout: Layout): DiagramLink[] {
  const brokerById = new Map(snapshot.brokers.map((b) => [b.id, b]));
  const up = (id: number) => {
    const b = brokerById.get(id);
    return b !== undefined && (b.state === 'online' || b.state === 'starting');
  };
  const isolated = (id: string) =>
    snapshot.brokers.some((b) => `broker-${b.id}` === id && b.isolated);
  const links = new Map<string, DiagramLink>();
  const add = (kind: LinkKind, from: string, to: string) => {
    const id = `${kind}:${from}:${to}`;
    if (links.has(id)) return;
    const a = nodeBox(layout, from);
    const b = nodeBox(layout, to);
    if (!a || !b || a === b) return;
    links.set(id, {
      id,
      kind,
      from,
      to,
      curve: linkCurve(layout, a, b),
      cut: isolated(from) || isolated(to),
    });
  };

  for (const broker of snapshot.brokers) {
    // No session link to a ZooKeeper that is not running (it is drawn dashed and empty).
    if (snapshot.zookeeperRunning && broker.zkSessionId !== null && up(broker.id))
      add('zookeeper', `broker-${broker.id}`, 'zookeeper');
  }
  const leaderOf = new Map<string, number>();
  for (const topic of snapshot.topics) {
    for (const p of topic.partitions) {
      if (p.leader === null || !up(p.leader)) continue;
      leaderOf.set(`${p.topic}-${p.partition}`, p.leader);
      for (const follower of p.replicas) {
        if (follower === p.leader || !up(follower)) continue;
        const [lo, hi] = follower < p.leader ? [follower, p.leader] : [p.leader, follower];
        add('replication', `broker-${lo}`, `broker-${hi}`);
      }
    }
  }
  for (const producer of snapshot.producers) {
    for (const topic of snapshot.topics.filter((t) => t.name === producer.topic)) {
      for (const p of topic.partitions) {
        const leader = leaderOf.get(`${p.topic}-${p.partition}`);
        if (leader !== undefined) add('produce', producer.id, `broker-${leader}`);
      }
    }
  }
  for (const group of snapshot.consumerGroups) {
    for (const member of group.members) {
      for (const tp of member.assignment) {
        const leader = leaderOf.get(`${tp.topic}-${tp.partition}`);
        if (leader !== undefined) add('consume', `broker-${leader}`, member.clientId);
      }
    }
  }
  return [...links.values()];
}
