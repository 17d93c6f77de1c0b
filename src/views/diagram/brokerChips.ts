// Pure: the replica chips a broker card lists, with their roles and localised texts.
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import type { ReplicaRole } from '../theme';
import { partitionName, replicaRole } from './replicaRole';
import { dt, type DiagramKey } from './text';

export interface ChipData {
  partition: string;
  role: ReplicaRole;
  label: string;
  title: string;
}

export const ROLE_KEYS: Record<ReplicaRole, DiagramKey> = {
  leader: 'roleLeader',
  insync: 'roleInsync',
  outOfSync: 'roleOutOfSync',
  offline: 'roleOffline',
};

export function brokerChips(
  snapshot: ClusterSnapshot,
  brokerId: number,
  locale: Locale,
): ChipData[] {
  const broker = snapshot.brokers.find((b) => b.id === brokerId);
  const chips: ChipData[] = [];
  for (const topic of snapshot.topics) {
    for (const partition of topic.partitions) {
      const replica = partition.replicaViews.find((r) => r.brokerId === brokerId);
      if (!replica) continue;
      const name = partitionName(partition);
      const role = replicaRole(partition, replica, broker);
      const roleText = dt(locale, ROLE_KEYS[role]);
      chips.push({
        partition: name,
        role,
        label: dt(locale, 'chipLabel', { partition: name, broker: brokerId, role: roleText }),
        title: dt(locale, 'chipTitle', {
          partition: name,
          broker: brokerId,
          role: roleText,
          epoch: partition.leaderEpoch,
          leo: replica.logEndOffset,
          hw: replica.highWatermark,
        }),
      });
    }
  }
  return chips;
}
