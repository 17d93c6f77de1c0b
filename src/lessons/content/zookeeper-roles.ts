// Chapter 3: ZooKeeper's roles — the znode tree, sessions as health checks, and what a crash deletes.
import { defaultScenario } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { isDown } from '../world';

/** Broker 2 is a follower of orders-0 and leads orders-2; broker 1 is the controller (seed 42). */
const VICTIM = 2;

export const zookeeperRoles: Lesson = {
  id: 'zookeeper-roles',
  chapter: 3,
  steps: [
    {
      id: 'coordinator',
      scenario: defaultScenario,
      // A learner reads this step while the cluster starts; the walk does the same.
      solve: [{ waitMs: 5000 }],
      highlight: ['zookeeper'],
      panels: ['znodes'],
      covers: [
        'Kafka와 Zookeeper',
        'Zookeeper : Kafka의 클러스터를 관리해주는 분산 관리 시스템',
        '코디네이션 서비스 시스템 : Zookeeper처럼 분산 시스템 관리를 도와주는 시스템',
      ],
    },
    {
      id: 'shared',
      highlight: ['zookeeper'],
      panels: ['znodes'],
      covers: [
        'Zookeeper의 역할',
        '공용 리소스 관리 : 브로커들이 공통으로 사용해야하는 리소스/데이터 관리',
      ],
    },
    {
      id: 'sessions',
      highlight: ['zookeeper', 'broker-1', 'broker-2', 'broker-3'],
      panels: ['znodes'],
      covers: ['노드 Healthcheck : 카프카의 브로커(노드/서버)들이 정상 동작중인지 확인'],
    },
    {
      id: 'crash',
      highlight: [`broker-${VICTIM}`],
      panels: ['brokers', 'znodes'],
      goal: (c) =>
        actionsSince(c).some(
          (a) => a.type === 'broker.crash' && a.broker === VICTIM && isDown(c.snapshot, VICTIM),
        ),
      solve: [{ type: 'broker.crash', broker: VICTIM }],
    },
    {
      id: 'expire',
      highlight: ['zookeeper'],
      panels: ['znodes'],
      // Waits on the world: the session expired, its ephemeral znode went, and the controller acted
      // (counted from the crash, so a learner who lingered on the previous step is not stuck).
      goal: (c) => {
        const crash = c.scenario.actions.filter((a) => a.type === 'broker.crash').at(-1)?.at;
        if (crash === undefined) return false;
        const since = c.events.filter((e) => e.at >= crash && e.at <= c.snapshot.now);
        return (
          since.some((e) => e.kind === 'session.expired' && e.broker === VICTIM) &&
          !c.snapshot.zookeeper.znodes.some((z) => z.path === `/brokers/ids/${VICTIM}`) &&
          since.some((e) => e.kind === 'leader.elected' || e.kind === 'isr.shrink')
        );
      },
    },
    {
      id: 'elections',
      highlight: ['zookeeper'],
      panels: ['znodes', 'metadata'],
      covers: [
        '브로커 및 파티션 관리 : 메인이 파티션인 Leader 선출 및 메인 브로커인 Controller 선출을 도움',
      ],
    },
  ],
};
