// Broker lifecycle (KafkaServer.startup): not started → starting (ZooKeeper session, registration) → online → crashed.
import { cancel, raise, setup } from 'xstate';

export type BrokerEvent =
  | { type: 'START' }
  | { type: 'CONNECTED' }
  | { type: 'CONNECT_RETRY' }
  | { type: 'REGISTERED' }
  | { type: 'REGISTER_FAILED' }
  | { type: 'RETRY_REGISTER' }
  | { type: 'SESSION_EXPIRED' }
  | { type: 'CRASH' }
  | { type: 'RESTART' };

export const brokerMachine = setup({
  types: {
    context: {} as { id: number },
    input: {} as { id: number },
    events: {} as BrokerEvent,
  },
  actions: {
    connectZk: () => {},
    registerBroker: () => {},
    retryStartup: () => {},
    onlineEffects: () => {},
    crashEffects: () => {},
  },
}).createMachine({
  id: 'broker',
  initial: 'notStarted',
  context: ({ input }) => ({ id: input.id }),
  states: {
    notStarted: { on: { START: 'starting' } },
    starting: {
      // Teaching simplification: the ZooKeeper client retries a lost connect every 6 s for as long
      // as it takes; Kafka gives up after zookeeper.connection.timeout.ms and the broker exits.
      entry: [
        { type: 'connectZk' },
        raise({ type: 'CONNECT_RETRY' }, { id: 'connect-retry', delay: 6000 }),
      ],
      exit: cancel('connect-retry'),
      on: {
        CONNECTED: { actions: { type: 'registerBroker' } },
        // Until registered: reconnect, or re-send the registration if it was lost on the way.
        CONNECT_RETRY: {
          actions: [
            { type: 'retryStartup' },
            raise({ type: 'CONNECT_RETRY' }, { id: 'connect-retry', delay: 6000 }),
          ],
        },
        REGISTERED: 'online',
        // Teaching simplification: Kafka 3.6 exits with NodeExistsException when /brokers/ids/N still
        // belongs to its previous session (KafkaZkClient.checkedEphemeralCreate); we retry every
        // second until that session expires, so a quick restart needs no second click.
        REGISTER_FAILED: {
          actions: raise({ type: 'RETRY_REGISTER' }, { id: 'register-retry', delay: 1000 }),
        },
        RETRY_REGISTER: { actions: { type: 'registerBroker' } },
        SESSION_EXPIRED: { target: 'starting', reenter: true },
        CRASH: 'crashed',
      },
    },
    online: {
      entry: { type: 'onlineEffects' },
      on: { CRASH: 'crashed', SESSION_EXPIRED: 'starting' },
    },
    crashed: {
      entry: [cancel('register-retry'), { type: 'crashEffects' }],
      on: { RESTART: 'starting' },
    },
  },
});
