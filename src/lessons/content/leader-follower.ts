// Chapter 3: leaders and followers — one partition's replicas side by side, LEO and HW, and a follower that stops.
import { defaultScenario } from '../../scenario';
import type { ClusterSnapshot } from '../../model/snapshotTypes';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, isOnline, partition } from '../world';

const TP = 'orders-0';
/** A follower of orders-0 (replicas 3,1,2 with seed 42) that is not the controller (broker 1). */
const FOLLOWER = 2;

/** The leader replica's log end offset and high watermark of orders-0. */
function leaderLog(s: ClusterSnapshot): { leo: number; hw: number } | null {
  const p = partition(s, TP);
  const r = p?.replicaViews.find((v) => v.brokerId === p.leader);
  return r ? { leo: r.logEndOffset, hw: r.highWatermark } : null;
}

export const leaderFollower: Lesson = {
  id: 'leader-follower',
  chapter: 3,
  steps: [
    {
      id: 'replicas',
      scenario: defaultScenario,
      // A learner reads this step while the cluster starts; the walk does the same.
      solve: [{ waitMs: 5000 }],
      select: TP,
      highlight: [TP],
      panels: ['log'],
      covers: [
        'Kafka 데이터 분산',
        'kafka의 리더와 팔로워',
        '레플리카(Replica) : 파티션 데이터를 보존하기 위해 복사본을 두는 것',
      ],
    },
    {
      id: 'leader',
      select: TP,
      highlight: ['producer-1', 'broker-3', 'group-orders-app'],
      panels: ['log'],
      covers: ['리더(Leader) : Producer, Consumer와 통신하는 메인 파티션(레플리카)'],
    },
    {
      id: 'followers',
      select: TP,
      highlight: ['broker-1', 'broker-2'],
      panels: ['log'],
      covers: [
        '팔로워(Follower) : 리더의 데이터를 실시간으로 복사해서 가지고 있는 파티션(레플리카)',
      ],
    },
    {
      id: 'highWatermark',
      select: TP,
      panels: ['log'],
    },
    {
      id: 'stopFollower',
      select: TP,
      highlight: [`broker-${FOLLOWER}`],
      panels: ['brokers', 'log'],
      // The follower is down while still in the ISR, and the leader holds records above the HW.
      goal: (c) => {
        const log = leaderLog(c.snapshot);
        return (
          actionsSince(c).some((a) => a.type === 'broker.crash' && a.broker === FOLLOWER) &&
          isDown(c.snapshot, FOLLOWER) &&
          log !== null &&
          log.leo - log.hw >= 2
        );
      },
      solve: [{ type: 'broker.crash', broker: FOLLOWER }],
    },
    {
      id: 'shrink',
      select: TP,
      panels: ['log'],
      // Waits on the world: the stopped follower left the ISR and the HW moved past where it was stuck.
      goal: (c) => {
        const now = leaderLog(c.snapshot);
        const then = leaderLog(c.start);
        return (
          !(partition(c.snapshot, TP)?.isr ?? [FOLLOWER]).includes(FOLLOWER) &&
          now !== null &&
          then !== null &&
          now.hw > then.hw
        );
      },
    },
    {
      id: 'catchUp',
      select: TP,
      highlight: [`broker-${FOLLOWER}`],
      panels: ['brokers', 'log'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'broker.restart' && a.broker === FOLLOWER) &&
        isOnline(c.snapshot, FOLLOWER) &&
        (partition(c.snapshot, TP)?.isr ?? []).includes(FOLLOWER),
      solve: [{ type: 'broker.restart', broker: FOLLOWER }],
    },
  ],
};
