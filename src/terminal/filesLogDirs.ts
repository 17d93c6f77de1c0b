// What the brokers started on this machine keep in their log dirs, and ZooKeeper in its dataDir
// (KAFKA.md 2.1): partition directories with their segments, and the per-dir checkpoint files in
// CheckpointFile's text format (version 0, a count, then one entry per line).
import type { BrokerView, ClusterSnapshot, ReplicaView, SegmentView } from '../model/snapshotTypes';
import type { FileNode } from './filesTypes';
import { javaDateString } from './filesDates';
import type { CommandContext } from './types';

/** Preallocated size of an active segment's index files (LogConfig segment.index.bytes, 10 MiB). */
const INDEX_BYTES = 10 * 1024 * 1024;
/** The time index rounds it down to whole 12-byte entries (AbstractIndex.roundDownToExactMultiple). */
const TIME_INDEX_BYTES = INDEX_BYTES - (INDEX_BYTES % 12);

function text(t: string, mtime: number): FileNode {
  return { kind: 'file', text: t, size: new TextEncoder().encode(t).length, mtime };
}

/** CheckpointFile: `0`, the entry count, then the entries (sorted here for a stable listing). */
export function checkpointText(entries: readonly string[]): string {
  return ['0', String(entries.length), ...entries].map((l) => l + '\n').join('');
}

/** The cluster id in /cluster/id (`{"version":"1","id":"…"}`), or null before ZooKeeper has it. */
export function clusterId(snapshot: ClusterSnapshot): string | null {
  const z = snapshot.zookeeper.znodes.find((n) => n.path === '/cluster/id');
  if (!z) return null;
  try {
    const id = (JSON.parse(z.data) as { id?: unknown }).id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Whether a broker got far enough to create its log dirs (LogManager starts after ZooKeeper). */
function hasLogDirs(ctx: CommandContext, b: BrokerView): boolean {
  if (b.host !== 'localhost' || b.startedAt === null) return false;
  if (ctx.events) return ctx.events.some((e) => e.kind === 'broker.started' && e.broker === b.id);
  return b.state === 'online' || b.state === 'stopped' || b.state === 'crashed';
}

interface LocalReplica {
  topic: string;
  topicId: string;
  partition: number;
  replica: ReplicaView;
}

function replicasOn(snapshot: ClusterSnapshot, brokerId: number): LocalReplica[] {
  const out: LocalReplica[] = [];
  for (const t of snapshot.topics) {
    for (const p of t.partitions) {
      const replica = p.replicaViews.find((r) => r.brokerId === brokerId);
      if (replica) out.push({ topic: t.name, topicId: t.topicId, partition: p.partition, replica });
    }
  }
  return out.sort((a, b) =>
    a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1,
  );
}

/** `<stem>.log/.index/.timeindex`: an open active segment's indexes are preallocated. */
function segmentFiles(dir: string, s: SegmentView, open: boolean): [string, FileNode][] {
  const at = s.createdAt;
  const note = (kind: string, size: number) =>
    `${s.fileStem}.${kind} is a binary file (${size} bytes); the Storage view shows its bytes.`;
  const binary = (kind: string, size: number): FileNode => ({
    kind: 'file',
    text: null,
    size,
    note: note(kind, size),
    mtime: at,
  });
  const preallocated = open && s.active;
  return [
    [`${dir}/${s.fileStem}.log`, binary('log', s.sizeInBytes)],
    [
      `${dir}/${s.fileStem}.index`,
      binary('index', preallocated ? INDEX_BYTES : s.offsetIndexCount * 8),
    ],
    [
      `${dir}/${s.fileStem}.timeindex`,
      binary('timeindex', preallocated ? TIME_INDEX_BYTES : s.timeIndexCount * 12),
    ],
  ];
}

/**
 * Teaching simplifications: every partition lives in the first of several log dirs; checkpoints
 * show the values as of now (Kafka writes the HW every 5 s and recovery points every 60 s); the
 * recovery point is the active segment's base offset (segments are flushed when they roll), or
 * the log end after a clean shutdown.
 */
function brokerFiles(ctx: CommandContext, b: BrokerView): [string, FileNode][] {
  const now = ctx.snapshot.now;
  const started = b.startedAt ?? 0;
  const running = b.state === 'online' || b.state === 'starting';
  const dirs = b.logDirs
    .split(',')
    .map((d) => d.trim().replace(/\/+$/, ''))
    .filter((d) => d !== '');
  const local = replicasOn(ctx.snapshot, b.id);
  const out: [string, FileNode][] = [];
  const cluster = clusterId(ctx.snapshot) ?? '';
  dirs.forEach((dir, i) => {
    const mine = i === 0 ? local : [];
    // BrokerMetadataCheckpoint: Properties.store with an empty comment, then the date line.
    out.push([
      `${dir}/meta.properties`,
      text(
        `#\n#${javaDateString(started)}\ncluster.id=${cluster}\nversion=0\nbroker.id=${b.id}\n`,
        started,
      ),
    ]);
    out.push([`${dir}/.lock`, text('', started)]);
    if (b.state === 'stopped') out.push([`${dir}/.kafka_cleanshutdown`, text('', now)]);
    const entry = (r: LocalReplica, offset: number) => `${r.topic} ${r.partition} ${offset}`;
    out.push([`${dir}/cleaner-offset-checkpoint`, text(checkpointText([]), started)]);
    out.push([
      `${dir}/replication-offset-checkpoint`,
      text(checkpointText(mine.map((r) => entry(r, r.replica.highWatermark))), now),
    ]);
    out.push([
      `${dir}/recovery-point-offset-checkpoint`,
      text(
        checkpointText(
          mine.map((r) => {
            const active = r.replica.segments[r.replica.segments.length - 1];
            const point = running ? (active?.baseOffset ?? 0) : r.replica.logEndOffset;
            return entry(r, point);
          }),
        ),
        now,
      ),
    ]);
    // LogManager.checkpointLogStartOffsetsInDir: only logs whose start passed their first segment.
    const starts = mine.filter(
      (r) => r.replica.logStartOffset > (r.replica.segments[0]?.baseOffset ?? 0),
    );
    out.push([
      `${dir}/log-start-offset-checkpoint`,
      text(checkpointText(starts.map((r) => entry(r, r.replica.logStartOffset))), now),
    ]);
    for (const r of mine) {
      const pdir = `${dir}/${r.topic}-${r.partition}`;
      out.push([`${pdir}`, { kind: 'dir', mtime: started }]);
      for (const s of r.replica.segments) out.push(...segmentFiles(pdir, s, running));
      const epochs = r.replica.leaderEpochCache.map((e) => `${e.epoch} ${e.startOffset}`);
      out.push([`${pdir}/leader-epoch-checkpoint`, text(checkpointText(epochs), now)]);
      // PartitionMetadataFile: `version: 0` and the topic id.
      out.push([
        `${pdir}/partition.metadata`,
        text(`version: 0\ntopic_id: ${r.topicId}\n`, started),
      ]);
    }
  });
  return out;
}

/** The log dirs of every broker started on this machine (an empty machine's brokers). */
export function logDirFiles(ctx: CommandContext): [string, FileNode][] {
  const brokers = ctx.snapshot.brokers
    .filter((b) => hasLogDirs(ctx, b))
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  return brokers.flatMap((b) => brokerFiles(ctx, b));
}

/** dataDir=/tmp/zookeeper once ZooKeeper ran here: its transaction log and first snapshot. */
export function zookeeperDataFiles(ctx: CommandContext): [string, FileNode][] {
  if (ctx.snapshot.startup !== 'manual') return [];
  const started = ctx.events?.find((e) => e.kind === 'zookeeper.started')?.at;
  if (started === undefined && !ctx.snapshot.zookeeperRunning) return [];
  const at = started ?? 0;
  // FileTxnLog preallocates 64 MiB (zookeeper.preAllocSize) plus the 16-byte file header.
  return [
    [
      '/tmp/zookeeper/version-2/log.1',
      {
        kind: 'file',
        text: null,
        size: 67108880,
        note: "log.1 is ZooKeeper's binary transaction log; the ZooKeeper view shows the znodes it records.",
        mtime: at,
      },
    ],
    [
      '/tmp/zookeeper/version-2/snapshot.0',
      {
        kind: 'file',
        text: null,
        size: 296,
        note: 'snapshot.0 is a binary ZooKeeper snapshot; the ZooKeeper view shows the znodes.',
        mtime: at,
      },
    ],
  ];
}
