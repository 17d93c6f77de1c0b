// Controller elections and ISR shrink as PartitionLeaderElectionAlgorithms and ReplicaStateMachine do them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NO_LEADER,
  controlledShutdownIsr,
  controlledShutdownLeaderElection,
  initialLeaderAndIsr,
  offlinePartitionLeaderElection,
  partitionsToRebalance,
  preferredReplicaLeaderElection,
  reassignPartitionLeaderElection,
  removeReplicaFromIsr,
} from './election';

const live = (...ids: number[]): ReadonlySet<number> => new Set(ids);

describe('offlinePartitionLeaderElection', () => {
  it('picks the first replica in assignment order that is alive and in the ISR', () => {
    // ISR order [3, 2] differs from assignment order [1, 2, 3]: assignment order wins.
    expect(offlinePartitionLeaderElection([1, 2, 3], [3, 2], live(2, 3), false)).toEqual({
      leader: 2,
      isr: [3, 2],
      unclean: false,
    });
  });

  it('keeps ISR order and drops dead members from the new ISR', () => {
    expect(offlinePartitionLeaderElection([1, 2, 3], [3, 1, 2], live(2, 3), false)).toEqual({
      leader: 2,
      isr: [3, 2],
      unclean: false,
    });
  });

  it('skips a live replica outside the ISR in a clean election', () => {
    expect(offlinePartitionLeaderElection([1, 2, 3], [1, 3], live(2, 3), true)).toEqual({
      leader: 3,
      isr: [3],
      unclean: false,
    });
  });

  it('elects no leader when no ISR member is alive and unclean election is off', () => {
    expect(offlinePartitionLeaderElection([1, 2, 3], [1], live(2, 3), false)).toBeNull();
  });

  it('elects the first live replica with ISR = [it] when unclean election is on', () => {
    expect(offlinePartitionLeaderElection([1, 3, 2], [1], live(2, 3), true)).toEqual({
      leader: 3,
      isr: [3],
      unclean: true,
    });
  });

  it('elects nobody when no replica is alive, even unclean', () => {
    expect(offlinePartitionLeaderElection([1, 2], [1], live(5), true)).toBeNull();
  });

  it('always returns a live assigned leader contained in its ISR', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.boolean(),
        (assignment, inIsr, alive, unclean) => {
          const isr = assignment.filter((id) => inIsr[id]);
          const liveSet = new Set(assignment.filter((id) => alive[id]));
          const r = offlinePartitionLeaderElection(assignment, isr, liveSet, unclean);
          if (r === null) return;
          expect(assignment).toContain(r.leader);
          expect(liveSet.has(r.leader)).toBe(true);
          expect(r.isr).toContain(r.leader);
          for (const id of r.isr) expect(liveSet.has(id)).toBe(true);
          expect(r.unclean).toBe(!isr.includes(r.leader));
        },
      ),
    );
  });
});

describe('preferredReplicaLeaderElection', () => {
  it('returns the head of the assignment when alive and in the ISR', () => {
    expect(preferredReplicaLeaderElection([2, 1, 3], [1, 2], live(1, 2, 3))).toBe(2);
  });

  it('returns null when the preferred replica is out of the ISR or dead', () => {
    expect(preferredReplicaLeaderElection([2, 1, 3], [1, 3], live(1, 2, 3))).toBeNull();
    expect(preferredReplicaLeaderElection([2, 1, 3], [1, 2], live(1, 3))).toBeNull();
    expect(preferredReplicaLeaderElection([], [1], live(1))).toBeNull();
  });
});

describe('reassignPartitionLeaderElection', () => {
  it('uses the target assignment order', () => {
    expect(reassignPartitionLeaderElection([4, 3, 1], [1, 3], live(1, 3, 4))).toBe(3);
    expect(reassignPartitionLeaderElection([4], [1], live(1, 4))).toBeNull();
  });
});

describe('controlledShutdownLeaderElection', () => {
  it('skips brokers that are shutting down', () => {
    expect(controlledShutdownLeaderElection([1, 2, 3], [1, 2, 3], live(1, 2, 3), live(1))).toBe(2);
  });

  it('returns null when every ISR member is shutting down', () => {
    expect(controlledShutdownLeaderElection([1, 2], [1], live(1, 2), live(1))).toBeNull();
  });

  it('drops shutting-down brokers from the ISR', () => {
    expect(controlledShutdownIsr([3, 1, 2], live(1))).toEqual([3, 2]);
  });
});

describe('initialLeaderAndIsr', () => {
  it('takes the first live replica as leader and all live replicas as ISR', () => {
    expect(initialLeaderAndIsr([3, 1, 2], live(1, 2))).toEqual({ leader: 1, isr: [1, 2] });
    expect(initialLeaderAndIsr([3, 1, 2], live(1, 2, 3))).toEqual({ leader: 3, isr: [3, 1, 2] });
  });

  it('fails when no replica is alive', () => {
    expect(initialLeaderAndIsr([3, 1], live(2))).toBeNull();
  });
});

describe('removeReplicaFromIsr', () => {
  it('removes a follower and keeps the leader', () => {
    expect(removeReplicaFromIsr(1, [1, 2, 3], 2)).toEqual({ leader: 1, isr: [1, 3] });
  });

  it('sets the leader to -1 when the leader is removed', () => {
    expect(removeReplicaFromIsr(1, [1, 2], 1)).toEqual({ leader: NO_LEADER, isr: [2] });
  });

  it('keeps the sole ISR member even as it dies', () => {
    expect(removeReplicaFromIsr(2, [2], 2)).toEqual({ leader: -1, isr: [2] });
  });

  it('leaves partitions whose ISR lacks the replica alone', () => {
    expect(removeReplicaFromIsr(1, [1, 3], 2)).toEqual({ leader: 1, isr: [1, 3] });
  });

  it('does not mutate its input', () => {
    const isr = [1, 2, 3];
    removeReplicaFromIsr(1, isr, 1);
    expect(isr).toEqual([1, 2, 3]);
  });
});

describe('partitionsToRebalance (checkAndTriggerAutoLeaderRebalance)', () => {
  const part = (key: string, assignment: number[], leader: number, isr = assignment) => ({
    key,
    assignment,
    leader,
    isr,
  });

  it('returns partitions of a broker whose imbalance exceeds 10%', () => {
    const partitions = [
      part('t-0', [1, 2], 2),
      part('t-1', [2, 1], 2),
      part('t-2', [1, 2], 1),
      part('t-3', [2, 1], 2),
    ];
    // Broker 1 prefers t-0 and t-2 but leads only t-2: 50% > 10%.
    expect(partitionsToRebalance(partitions, live(1, 2))).toEqual(['t-0']);
  });

  it('does nothing at exactly the threshold (greater than, not equal)', () => {
    const partitions = Array.from({ length: 10 }, (_, i) =>
      part(`t-${i}`, [1, 2], i === 0 ? 2 : 1),
    );
    expect(partitionsToRebalance(partitions, live(1, 2))).toEqual([]);
    expect(partitionsToRebalance(partitions, live(1, 2), 9)).toEqual(['t-0']);
  });

  it('skips partitions whose preferred replica is dead or out of the ISR', () => {
    const partitions = [
      part('a-0', [1, 2], 2, [2]),
      part('a-1', [1, 2], 2),
      part('a-2', [3, 2], 2),
    ];
    expect(partitionsToRebalance(partitions, live(1, 2))).toEqual(['a-1']);
  });

  it('counts a leaderless partition as not led by its preferred replica', () => {
    expect(partitionsToRebalance([part('x-0', [1, 2], -1, [1])], live(1, 2))).toEqual(['x-0']);
  });

  it('returns nothing when every partition is led by its preferred replica', () => {
    const partitions = [part('t-0', [1, 2], 1), part('t-1', [2, 1], 2)];
    expect(partitionsToRebalance(partitions, live(1, 2))).toEqual([]);
  });
});
