// Steps a machine with xstate's pure transition() and interprets its actions on the world's scheduler.
import type { AnyStateMachine } from 'xstate';
import { initialTransition, transition } from 'xstate';
import { cancelTimer, startTimer } from '../engine/scheduler';
import type { MachineState, World } from '../engine/types';

export type Effect = (w: World, entity: string, params: unknown) => void;

const effects: Record<string, Effect> = {};

/** Effects are plain functions registered once by the modules that implement them. */
export function registerEffects(map: Record<string, Effect>): void {
  Object.assign(effects, map);
}

interface ActionLike {
  type: string;
  params?: unknown;
}

function persist(snap: { value: unknown; context: unknown }): MachineState {
  return {
    value: snap.value as string,
    context: { ...(snap.context as MachineState['context']) },
  };
}

function run(w: World, entity: string, actions: readonly ActionLike[]): void {
  for (const a of actions) {
    if (a.type === 'xstate.raise') {
      const p = a.params as { event: { type: string }; id?: string; delay?: number };
      if (p.delay !== undefined && p.id !== undefined)
        startTimer(w, entity, p.id, p.delay, p.event);
    } else if (a.type === 'xstate.cancel') {
      cancelTimer(w, entity, (a.params as { sendId: string }).sendId);
    } else {
      const fx = effects[a.type];
      if (fx) fx(w, entity, a.params);
    }
  }
}

/** Initial state of a machine; its entry actions run immediately. */
export function initMachine(
  w: World,
  entity: string,
  machine: AnyStateMachine,
  input: unknown,
  onState: (s: MachineState) => void,
): void {
  const [snap, actions] = initialTransition(machine, input);
  onState(persist(snap));
  run(w, entity, actions as readonly ActionLike[]);
}

/**
 * Send one event. `onState` stores the new state before the actions run, so effects see it.
 * Returns false when the machine does not accept the event in its current state.
 */
export function stepMachine(
  w: World,
  entity: string,
  machine: AnyStateMachine,
  state: MachineState,
  event: { type: string },
  onState: (s: MachineState) => void,
): boolean {
  const snap = machine.resolveState({ value: state.value, context: state.context });
  if (!snap.can(event)) return false;
  const [next, actions] = transition(machine, snap, event);
  onState(persist(next));
  run(w, entity, actions as readonly ActionLike[]);
  return true;
}

/** Validate a state change without effects (partition and replica state machines). */
export function checkedState(machine: AnyStateMachine, from: string, to: string): string | null {
  const snap = machine.resolveState({ value: from, context: undefined });
  if (!snap.can({ type: to })) return null;
  const [next] = transition(machine, snap, { type: to });
  return next.value as string;
}
