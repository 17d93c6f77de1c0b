// ZooKeeper server-side session: expires after the session timeout without a heartbeat (ZooKeeper SessionTrackerImpl).
import { cancel, raise, setup } from 'xstate';

export const sessionMachine = setup({
  types: {
    context: {} as { timeout: number },
    input: {} as { timeout: number },
    events: {} as { type: 'PING' } | { type: 'EXPIRE' } | { type: 'CLOSE' },
  },
  actions: { expireSession: () => {}, closeSession: () => {} },
}).createMachine({
  id: 'zkSession',
  initial: 'connected',
  context: ({ input }) => ({ timeout: input.timeout }),
  states: {
    connected: {
      entry: raise({ type: 'EXPIRE' }, { id: 'expiry', delay: ({ context }) => context.timeout }),
      exit: cancel('expiry'),
      on: {
        PING: { target: 'connected', reenter: true },
        EXPIRE: 'expired',
        CLOSE: 'closed',
      },
    },
    expired: { entry: { type: 'expireSession' } },
    closed: { entry: { type: 'closeSession' } },
  },
});
