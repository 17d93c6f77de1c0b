// Tests of the monitors themselves (monitors.ts), without the model: each property's monitor is fed
// hand-made snapshots, first a consistent history (no violation), then one that breaks exactly its
// rule (a violation). This shows that every property of safety.test.ts can fail.
import { describe, expect, it } from 'vitest';
import type {
  ClusterSnapshot,
  PartitionView,
  ProducedRecordView,
  RecordView,
  ReplicaView,
} from '../snapshotTypes';
import { Monitor, PROPERTY_NAMES } from './monitors';
import type { PropertyName } from './monitors';

/** The ConsumerGroupView fields these checks do not read (classic protocol details). */
const GROUP_FIELDS = {
  coordinator: 1,
  offsetsPartition: 0,
  leaderId: null,
  autoCommit: true,
  sessionTimeoutMs: 45000,
  heartbeatIntervalMs: 3000,
  maxPollIntervalMs: 300000,
};

function rec(offset: number, recordId: string, leaderEpoch = 0): RecordView {
  return { offset, key: null, value: 'v', timestamp: 0, leaderEpoch, recordId };
}

function replica(brokerId: number, o: Partial<ReplicaView> = {}): ReplicaView {
  return {
    brokerId,
    state: 'OnlineReplica',
    role: 'follower',
    inIsr: true,
    logStartOffset: 0,
    logEndOffset: 2,
    highWatermark: 2,
    leaderEpochCache: [{ epoch: 0, startOffset: 0 }],
    records: [rec(0, 'p#0'), rec(1, 'p#1')],
    truncations: [],
    segments: [],
    ...o,
  };
}

function partition(o: Partial<PartitionView> = {}): PartitionView {
  return {
    topic: 't',
    partition: 0,
    replicas: [1, 2, 3],
    leader: 1,
    leaderEpoch: 0,
    isr: [1, 2, 3],
    zkVersion: 0,
    state: 'OnlinePartition',
    replicaViews: [replica(1, { role: 'leader' }), replica(2), replica(3)],
    ...o,
  };
}

function produced(
  recordId: string,
  offset: number,
  fate: ProducedRecordView['fate'],
): ProducedRecordView {
  return {
    recordId,
    producerId: 'p',
    topic: 't',
    partition: 0,
    key: null,
    value: 'v',
    sentAt: 0,
    fate,
    offset,
    error: null,
  };
}

function snap(now: number, o: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return {
    now,
    logDirs: '/tmp/kafka-logs',
    controller: { brokerId: 1, epoch: 1 },
    brokers: [1, 2, 3].map((id) => ({
      id,
      state: 'online' as const,
      isolated: false,
      zkSessionId: id,
      brokerEpoch: id,
      knownControllerEpoch: 1,
      host: `broker-${id}`,
      port: 9092,
      logDirs: '/tmp/kafka-logs',
      startedAt: 0,
    })),
    zookeeper: {
      znodes: [
        { path: '/controller_epoch', data: '1', ephemeralOwner: null, version: 0, czxid: 1 },
        {
          path: '/brokers/topics/t/partitions/0/state',
          data: '{}',
          ephemeralOwner: null,
          version: 0,
          czxid: 2,
        },
      ],
      sessions: [],
    },
    topics: [
      {
        name: 't',
        topicId: 'id',
        configs: {},
        partitions: [partition()],
        markedForDeletion: false,
      },
    ],
    producers: [],
    producedRecords: [produced('p#0', 0, 'acknowledged'), produced('p#1', 1, 'acknowledged')],
    consumerGroups: [
      {
        groupId: 'g',
        state: 'Stable',
        generationId: 1,
        protocol: 'range',
        ...GROUP_FIELDS,
        members: [],
        offsets: [{ topic: 't', partition: 0, position: 2, committed: 1, highWatermark: 2 }],
        consumed: 2,
      },
    ],
    zookeeperRunning: true,
    startup: 'auto',
    inFlight: [],
    throughput: [],
    ...o,
  };
}

function withPartition(now: number, p: Partial<PartitionView>, o: Partial<ClusterSnapshot> = {}) {
  return snap(now, {
    topics: [
      {
        name: 't',
        topicId: 'id',
        configs: {},
        partitions: [partition(p)],
        markedForDeletion: false,
      },
    ],
    ...o,
  });
}

/** Run a history through a fresh monitor; the last snapshot goes through finish(). */
function run(history: ClusterSnapshot[]): Monitor {
  const m = new Monitor();
  history.forEach((s, i) => (i === history.length - 1 ? m.finish(s) : m.observe(s)));
  return m;
}

/** Exactly `property` is violated (and possibly `implied`, a rule its violation also breaks). */
function only(m: Monitor, property: PropertyName, implied?: PropertyName): void {
  for (const name of PROPERTY_NAMES) {
    if (name === implied) continue;
    if (name === property) expect(m.violations[name].length, name).toBeGreaterThan(0);
    else expect(m.violations[name], name).toEqual([]);
  }
}

describe('invariant monitors', () => {
  it('accept a consistent history, including a clean failover', () => {
    const failover = withPartition(2000, {
      leader: 2,
      leaderEpoch: 1,
      isr: [2, 3, 1],
      replicaViews: [
        replica(1),
        replica(2, {
          role: 'leader',
          leaderEpochCache: [
            { epoch: 0, startOffset: 0 },
            { epoch: 1, startOffset: 2 },
          ],
        }),
        replica(3),
      ],
    });
    const m = run([snap(0), snap(1000), failover]);
    for (const name of PROPERTY_NAMES) expect(m.violations[name], name).toEqual([]);
  });

  it('property 2 fails when an acknowledged record is missing from the leader', () => {
    const cut = [rec(0, 'p#0')];
    const later = withPartition(
      2000,
      {
        leader: 2,
        leaderEpoch: 1,
        isr: [2, 3, 1],
        replicaViews: [
          replica(1, { logEndOffset: 1, highWatermark: 1, records: cut }),
          replica(2, {
            role: 'leader',
            logEndOffset: 1,
            highWatermark: 1,
            records: cut,
            leaderEpochCache: [
              { epoch: 0, startOffset: 0 },
              { epoch: 1, startOffset: 1 },
            ],
          }),
          replica(3, { logEndOffset: 1, highWatermark: 1, records: cut }),
        ],
      },
      { consumerGroups: [] },
    );
    only(run([snap(0), later]), 'noAckedLoss');
  });

  it('the heal check fails when the named leader does not act as leader', () => {
    const stuck = withPartition(2000, {
      replicaViews: [replica(1, { role: 'none' }), replica(2), replica(3)],
    });
    only(run([snap(0), stuck]), 'healed');
  });

  it('the heal check fails when an ISR is not full or a broker is not back', () => {
    only(run([snap(0), withPartition(2000, { isr: [1, 2] })]), 'healed');
    const s = snap(2000);
    const brokers = s.brokers.map((b) => (b.id === 3 ? { ...b, state: 'starting' as const } : b));
    only(run([snap(0), { ...s, brokers }]), 'healed');
  });

  it('property 2 fails on a `lost` fate', () => {
    only(
      run([snap(0), snap(1000, { producedRecords: [produced('p#0', 0, 'lost')] })]),
      'noAckedLoss',
    );
  });

  it('property 3 fails when one epoch has two leaders', () => {
    const second = withPartition(1000, {
      leader: 2,
      replicaViews: [replica(1), replica(2, { role: 'leader' }), replica(3)],
    });
    only(run([snap(0), second, snap(2000)]), 'oneLeaderPerEpoch');
  });

  it('property 3 fails when two brokers act as leader of one epoch', () => {
    const split = withPartition(1000, {
      replicaViews: [replica(1, { role: 'leader' }), replica(2, { role: 'leader' }), replica(3)],
    });
    only(run([snap(0), split, snap(2000)]), 'oneLeaderPerEpoch');
  });

  it('LeaderInIsr fails when the leader is not in the ISR', () => {
    only(run([snap(0), withPartition(1000, { isr: [2, 3] }), snap(2000)]), 'leaderInIsr');
  });

  it('LeaderInIsr fails on an empty ISR once the partition state is written', () => {
    const empty = withPartition(1000, {
      leader: null,
      leaderEpoch: 1,
      isr: [],
      replicaViews: [replica(1), replica(2), replica(3)],
    });
    const back = withPartition(2000, {
      leaderEpoch: 2,
      replicaViews: [
        replica(1, {
          role: 'leader',
          leaderEpochCache: [
            { epoch: 0, startOffset: 0 },
            { epoch: 2, startOffset: 2 },
          ],
        }),
        replica(2),
        replica(3),
      ],
    });
    only(run([snap(0), empty, back]), 'leaderInIsr');
  });

  it('property 4 fails when the HW is above an ISR member’s LEO', () => {
    const lagging = withPartition(1000, {
      replicaViews: [
        replica(1, {
          role: 'leader',
          logEndOffset: 3,
          highWatermark: 3,
          records: [rec(0, 'p#0'), rec(1, 'p#1'), rec(2, 'p#2')],
        }),
        replica(2, { logEndOffset: 2 }),
        replica(3, { logEndOffset: 3, records: [rec(0, 'p#0'), rec(1, 'p#1'), rec(2, 'p#2')] }),
      ],
    });
    // A member below the HW also lacks records the leader committed: StrongIsr fails with it.
    only(run([snap(0), lagging, snap(2000)]), 'hwWithinIsr', 'strongIsr');
  });

  it('StrongIsr fails when an ISR member holds another record below the HW', () => {
    const forked = withPartition(1000, {
      replicaViews: [
        replica(1, { role: 'leader' }),
        replica(2, { records: [rec(0, 'p#0'), rec(1, 'other')], highWatermark: 1 }),
        replica(3),
      ],
    });
    only(run([snap(0), forked, snap(2000)]), 'strongIsr');
  });

  it('property 2 fails when a committed offset is rewritten', () => {
    const rewritten = withPartition(1000, {
      replicaViews: [
        replica(1, { role: 'leader' }),
        replica(2),
        replica(3, { role: 'none', records: [rec(0, 'p#0'), rec(1, 'other')] }),
      ],
    });
    const s = {
      ...rewritten,
      brokers: rewritten.brokers.map((b) => (b.id === 3 ? { ...b, state: 'crashed' as const } : b)),
    };
    only(run([snap(0), s, snap(2000)]), 'noAckedLoss');
  });

  it('the epoch-cache check fails on two entries with one start offset', () => {
    const twice = withPartition(1000, {
      replicaViews: [
        replica(1, { role: 'leader' }),
        replica(2, {
          leaderEpochCache: [
            { epoch: 0, startOffset: 0 },
            { epoch: 1, startOffset: 2 },
            { epoch: 2, startOffset: 2 },
          ],
        }),
        replica(3),
      ],
    });
    only(run([snap(0), twice, snap(2000)]), 'epochCache');
  });

  it('the epoch-cache check fails when a record’s epoch disagrees with the cache', () => {
    const stamped = withPartition(1000, {
      replicaViews: [
        replica(1, { role: 'leader' }),
        replica(2, { records: [rec(0, 'p#0'), rec(1, 'p#1', 1)] }),
        replica(3),
      ],
    });
    only(run([snap(0), stamped, snap(2000)]), 'epochCache');
  });

  it('the idempotence check fails when a record is written twice', () => {
    const twice = [rec(0, 'p#0'), rec(1, 'p#1'), rec(2, 'p#1')];
    const dup = withPartition(1000, {
      replicaViews: [
        replica(1, { role: 'leader', logEndOffset: 3, highWatermark: 3, records: twice }),
        replica(2, { logEndOffset: 3, records: twice }),
        replica(3, { logEndOffset: 3, records: twice }),
      ],
    });
    only(run([snap(0), dup]), 'noDuplicates');
  });

  it('property 5 fails when a consumer position passes every HW', () => {
    const ahead = snap(1000, {
      consumerGroups: [
        {
          groupId: 'g',
          state: 'Stable',
          generationId: 1,
          protocol: 'range',
          ...GROUP_FIELDS,
          members: [],
          offsets: [{ topic: 't', partition: 0, position: 3, committed: 1, highWatermark: 2 }],
          consumed: 3,
        },
      ],
    });
    only(run([snap(0), ahead, snap(2000)]), 'consumerBelowHw');
  });

  it('property 6 fails when one controller epoch has two controllers', () => {
    only(
      run([snap(0), snap(1000, { controller: { brokerId: 2, epoch: 1 } }), snap(2000)]),
      'oneControllerPerEpoch',
    );
  });

  it('property 6 fails when a broker accepted an epoch never elected', () => {
    const s = snap(1000);
    const brokers = s.brokers.map((b) => (b.id === 3 ? { ...b, knownControllerEpoch: 2 } : b));
    only(run([snap(0), { ...s, brokers }, snap(2000)]), 'oneControllerPerEpoch');
  });
});
