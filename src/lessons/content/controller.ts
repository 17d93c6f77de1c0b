// Chapter 3: the controller — who wears the crown, what happens when it falls, and the epoch that fences.
import { defaultScenario } from '../../scenario';
import type { Lesson } from '../types';
import { actionsSince } from '../types';
import { controllerAt, isDown, isOnline } from '../world';

export const controller: Lesson = {
  id: 'controller',
  chapter: 3,
  steps: [
    {
      id: 'crown',
      scenario: defaultScenario,
      highlight: ['zookeeper'],
      panels: ['controller', 'znodes'],
      solve: [{ waitMs: 5000 }],
      covers: ['Kafka의 컨트롤러', '컨트롤러(Controller) : 클러스터 관리 및 장애 처리 역할 수행'],
    },
    {
      id: 'crash',
      panels: ['controller', 'brokers'],
      // The broker crashed must have been the controller at the moment it was crashed.
      goal: (c) =>
        actionsSince(c).some(
          (a) =>
            a.type === 'broker.crash' &&
            controllerAt(c.events, a.at) === a.broker &&
            isDown(c.snapshot, a.broker),
        ),
      solve: (s) => [{ type: 'broker.crash', broker: s.controller.brokerId ?? 1 }],
    },
    {
      id: 'race',
      highlight: ['zookeeper'],
      panels: ['controller', 'znodes'],
      // Counted from the crash, not the step: a learner who lingered on the previous step may
      // already have a new controller when this step opens.
      goal: (c) => {
        const crash = c.scenario.actions.filter((a) => a.type === 'broker.crash').at(-1)?.at;
        return (
          crash !== undefined &&
          c.snapshot.controller.brokerId !== null &&
          c.events.some(
            (e) => e.kind === 'controller.elected' && e.at > crash && e.at <= c.snapshot.now,
          )
        );
      },
    },
    {
      id: 'restart',
      panels: ['controller', 'brokers', 'metadata'],
      goal: (c) =>
        actionsSince(c).some((a) => a.type === 'broker.restart' && isOnline(c.snapshot, a.broker)),
      solve: (s) => {
        const down = s.brokers.find((b) => b.state === 'crashed');
        return down ? [{ type: 'broker.restart', broker: down.id }] : [];
      },
    },
  ],
};
