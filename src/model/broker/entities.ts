// Stepping a broker's own machines (lifecycle and controller role) by entity key.
import { brokerById } from '../engine/network';
import type { Broker, World } from '../engine/types';
import { brokerMachine } from '../machines/brokerMachine';
import { controllerMachine } from '../machines/controllerMachine';
import { stepMachine } from '../machines/step';
import { stepSession } from '../zookeeper/server';

export function stepBroker(w: World, b: Broker, type: string): boolean {
  return stepMachine(
    w,
    `broker:${b.id}`,
    brokerMachine,
    b.machine,
    { type },
    (m) => (b.machine = m),
  );
}

export function stepController(w: World, b: Broker, type: string): boolean {
  return stepMachine(
    w,
    `controller:${b.id}`,
    controllerMachine,
    b.controllerMachine,
    { type },
    (m) => (b.controllerMachine = m),
  );
}

export function brokerFromEntity(w: World, entity: string): Broker {
  const b = brokerById(w, Number(entity.slice(entity.indexOf(':') + 1)));
  if (!b) throw new Error(`no broker for ${entity}`);
  return b;
}

/** Deliver a fired xstate timer to its entity. */
export function deliverTimer(w: World, entity: string, event: { type: string }): void {
  if (entity.startsWith('session:')) stepSession(w, Number(entity.slice(8)), event);
  else if (entity.startsWith('broker:')) stepBroker(w, brokerFromEntity(w, entity), event.type);
  else if (entity.startsWith('controller:'))
    stepController(w, brokerFromEntity(w, entity), event.type);
}

export function isOnline(b: Broker): boolean {
  return b.machine.value === 'online';
}

export function isRunning(b: Broker): boolean {
  return b.machine.value === 'starting' || b.machine.value === 'online';
}
