// The controller role of one broker (KafkaController: elect, onControllerFailover, onControllerResignation).
import { cancel, raise, setup } from 'xstate';

export const controllerMachine = setup({
  types: {
    context: {} as { intervalMs: number },
    input: {} as { intervalMs: number },
    events: {} as
      | { type: 'ELECT' }
      | { type: 'WON' }
      | { type: 'LOST' }
      | { type: 'REBALANCE' }
      | { type: 'RESIGN' },
  },
  actions: {
    sendElect: () => {},
    onControllerFailover: () => {},
    checkRebalance: () => {},
    onControllerResignation: () => {},
  },
}).createMachine({
  id: 'controller',
  initial: 'notController',
  context: ({ input }) => ({ intervalMs: input.intervalMs }),
  states: {
    notController: { on: { ELECT: 'electing' } },
    electing: {
      entry: { type: 'sendElect' },
      on: { WON: 'active', LOST: 'notController', RESIGN: 'notController' },
    },
    active: {
      // KafkaController.scheduleAutoLeaderRebalanceTask: first check 5 s after failover.
      entry: [
        { type: 'onControllerFailover' },
        raise({ type: 'REBALANCE' }, { id: 'rebalance', delay: 5000 }),
      ],
      exit: cancel('rebalance'),
      on: {
        REBALANCE: {
          actions: [
            { type: 'checkRebalance' },
            // leader.imbalance.check.interval.seconds (KafkaConfig, default 300).
            raise(
              { type: 'REBALANCE' },
              { id: 'rebalance', delay: ({ context }) => context.intervalMs },
            ),
          ],
        },
        RESIGN: 'resigned',
      },
    },
    resigned: {
      entry: { type: 'onControllerResignation' },
      on: { ELECT: 'electing' },
    },
  },
});
