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

export interface ChipGrid {
  cols: number;
  chipW: number;
  chipH: number;
  gap: number;
  /** How many chips fit; when fewer than all, the last slot says "+N more". */
  capacity: number;
}

/**
 * Chips wrap into rows: as many columns as the longest partition name allows, and shorter rows
 * when the card is short, so a card lists every replica it can before falling back to "+N more".
 */
export function chipGrid(
  innerW: number,
  innerH: number,
  partitions: string[],
  nameWidth: (name: string) => number,
): ChipGrid {
  const longest = Math.max(40, ...partitions.map(nameWidth));
  const minW = Math.min(innerW, longest + 26);
  let best: ChipGrid | null = null;
  for (const [chipH, gap] of [
    [22, 7],
    [20, 5],
    [18, 4],
  ] as const) {
    const cols = Math.max(1, Math.floor((innerW + gap) / (minW + gap)));
    const rows = Math.max(0, Math.floor((innerH + gap) / (chipH + gap)));
    const grid = {
      cols,
      chipW: (innerW - (cols - 1) * gap) / cols,
      chipH,
      gap,
      capacity: cols * rows,
    };
    best = grid;
    if (grid.capacity >= partitions.length) return grid;
  }
  return best as ChipGrid;
}
