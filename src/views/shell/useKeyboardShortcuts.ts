// Global playback shortcuts: Space play/pause, → / ← step, [ / ] speed; off while typing in a field.
import { useEffect } from 'react';
import { useStoreApi } from '../../store';

const CONTROL = 'button, a[href], [role="button"]';

/**
 * True when the key press belongs to the focused element: typing or choosing in a field, or Space /
 * Enter on a button or link the learner reached by keyboard. A button that only holds focus because
 * it was clicked does not keep Space from playing and pausing.
 */
export function ownsKeys(
  target: EventTarget | null,
  key: string,
  clicked: Element | null,
): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  const activates = key === ' ' || key === 'Enter';
  return activates && target.matches(CONTROL) && target !== clicked;
}

export function useKeyboardShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    // The control the pointer last focused; forgotten as soon as focus moves any other way.
    let clicked: Element | null = null;
    const onPointer = (e: PointerEvent) => {
      clicked = e.target instanceof Element ? e.target.closest(CONTROL) : null;
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target !== clicked) clicked = null;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownsKeys(e.target, e.key, clicked)) return;
      const s = store.getState();
      // In a lesson the arrows move between steps; the step buttons still step the simulation.
      const inLesson = s.lesson !== null;
      const actions: Record<string, () => void> = {
        ' ': s.togglePlay,
        ArrowRight: inLesson ? s.nextStep : s.stepForward,
        ArrowLeft: inLesson ? s.prevStep : s.stepBack,
        '[': s.slower,
        ']': s.faster,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);
}
