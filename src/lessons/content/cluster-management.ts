// Chapter 3: managing a cluster — the metadata every broker must agree on, watched through a failure.
import { defaultScenario } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown, isOnline, partition } from '../world';

/** Broker 3 leads orders-0 and is not the controller in the default world (seed 42). */
const VICTIM = 3;

export const clusterManagement: Lesson = {
  id: 'cluster-management',
  chapter: 3,
  steps: [
    {
      id: 'metadata',
      scenario: defaultScenario,
      // A learner reads this step while the cluster starts; the walk does the same.
      solve: [{ waitMs: 5000 }],
      panels: ['metadata'],
      covers: ['클러스터 관리', '공통 메타데이터 및 자원 관리'],
    },
    {
      id: 'crash',
      highlight: [`broker-${VICTIM}`],
      panels: ['brokers', 'metadata'],
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'broker.crash' && a.broker === VICTIM && isDown(c.snapshot, VICTIM),
        ),
      solve: [{ type: 'broker.crash', broker: VICTIM }],
    },
    {
      id: 'failover',
      highlight: ['zookeeper'],
      panels: ['metadata'],
      // Waits on the world: the broker left /brokers/ids and no partition is led by it any more.
      goal: (c) =>
        !c.snapshot.zookeeper.znodes.some((z) => z.path === `/brokers/ids/${VICTIM}`) &&
        c.snapshot.topics.every((t) => t.partitions.every((p) => p.leader !== VICTIM)) &&
        !(partition(c.snapshot, 'orders-0')?.isr ?? []).includes(VICTIM),
      covers: ['관리의 복잡성 증가 : 장애 대처 알고리즘, 파티션 할당 등'],
    },
    {
      id: 'rejoin',
      highlight: [`broker-${VICTIM}`],
      panels: ['brokers', 'metadata'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'broker.restart' && a.broker === VICTIM) &&
        isOnline(c.snapshot, VICTIM) &&
        c.snapshot.topics.every((t) => t.partitions.every((p) => p.isr.includes(VICTIM))),
      solve: [{ type: 'broker.restart', broker: VICTIM }],
    },
    {
      id: 'design',
      panels: ['metadata'],
      covers: [
        '분산 시스템 아키텍처 : 네트워크 트래픽, 디스크 용량, 다중 모니터링 시스템 등 고려하여 설계 필요',
      ],
    },
  ],
};
