// Pure: the metadata every broker must agree on, read from a snapshot as rows for the Metadata table.
import type { ClusterSnapshot } from '../../../model/snapshotTypes';

export interface BrokerMetaRow {
  id: number;
  /** /brokers/ids/<id> exists: the cluster counts it as alive (KAFKA.md 4.2). */
  registered: boolean;
  /** Its ZooKeeper session id, or null. */
  session: number | null;
  /** czxid of its registration znode (Kafka's broker epoch), or null. */
  brokerEpoch: number | null;
  /** Null when the broker is down: a stopped process holds no view. */
  knownControllerEpoch: number | null;
  /** Running, but behind the cluster's controller epoch. */
  staleControllerEpoch: boolean;
}

/** A running broker whose own role for a partition differs from the leader ZooKeeper records. */
export interface OwnView {
  brokerId: number;
  role: 'leader' | 'follower';
}

export interface PartitionMetaRow {
  /** `orders-0`. */
  id: string;
  leader: number | null;
  isr: number[];
  leaderEpoch: number;
  ownViews: OwnView[];
}

export interface MetadataRows {
  controller: number | null;
  controllerEpoch: number;
  brokers: BrokerMetaRow[];
  partitions: PartitionMetaRow[];
}

export function metadataRows(s: ClusterSnapshot): MetadataRows {
  const registered = new Set(
    s.zookeeper.znodes.flatMap((z) => {
      const m = /^\/brokers\/ids\/(\d+)$/.exec(z.path);
      return m ? [Number(m[1])] : [];
    }),
  );
  const running = new Set(s.brokers.filter((b) => b.state === 'online').map((b) => b.id));
  const brokers = s.brokers.map((b): BrokerMetaRow => {
    const up = running.has(b.id);
    return {
      id: b.id,
      registered: registered.has(b.id),
      session: b.zkSessionId,
      brokerEpoch: b.brokerEpoch,
      knownControllerEpoch: up ? b.knownControllerEpoch : null,
      staleControllerEpoch: up && b.knownControllerEpoch < s.controller.epoch,
    };
  });
  const partitions = s.topics.flatMap((t) =>
    t.partitions.map((p): PartitionMetaRow => {
      const ownViews: OwnView[] = [];
      for (const r of p.replicaViews) {
        if (!running.has(r.brokerId)) continue;
        // A running broker that still leads (or no longer leads) against ZooKeeper's record.
        if (r.role === 'leader' && p.leader !== r.brokerId)
          ownViews.push({ brokerId: r.brokerId, role: 'leader' });
        else if (r.role === 'follower' && p.leader === r.brokerId)
          ownViews.push({ brokerId: r.brokerId, role: 'follower' });
      }
      return {
        id: `${p.topic}-${p.partition}`,
        leader: p.leader,
        isr: p.isr,
        leaderEpoch: p.leaderEpoch,
        ownViews,
      };
    }),
  );
  return {
    controller: s.controller.brokerId,
    controllerEpoch: s.controller.epoch,
    brokers,
    partitions,
  };
}

/** Each cell's value as text, keyed `broker-1:alive`, `orders-0:leader`…, for change tracking. */
export function metadataCells(m: MetadataRows): Record<string, string> {
  const cells: Record<string, string> = {
    controller: String(m.controller),
    controllerEpoch: String(m.controllerEpoch),
  };
  for (const b of m.brokers) {
    cells[`broker-${b.id}:alive`] = String(b.registered);
    cells[`broker-${b.id}:session`] = String(b.session);
    cells[`broker-${b.id}:brokerEpoch`] = String(b.brokerEpoch);
    cells[`broker-${b.id}:known`] = String(b.knownControllerEpoch);
  }
  for (const p of m.partitions) {
    cells[`${p.id}:leader`] = String(p.leader);
    cells[`${p.id}:isr`] = p.isr.join(',');
    cells[`${p.id}:epoch`] = String(p.leaderEpoch);
  }
  return cells;
}
