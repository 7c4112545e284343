import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/store';

/**
 * Elements where keys belong to the element itself (typing, choosing, sliding, pressing, and
 * scrolling a focusable region sideways with the arrows, marked data-own-keys).
 */
const OWNS_KEYS =
  'input, select, textarea, button, summary, [contenteditable="true"], [role="button"], [data-own-keys]';

/**
 * Keyboard shortcuts while focus is inside the exercise: Space or → next phase, ← previous,
 * Enter completes the iteration, A auto-trains or pauses, R resets, G toggles gradients.
 * None fires while focus is on a field or control that uses the key itself.
 */
export function useExerciseShortcuts(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as Element | null;
      if (target?.closest(OWNS_KEYS)) return;
      const store = useAppStore.getState();
      const actions: Record<string, () => void> = {
        ' ': store.nextPhase,
        ArrowRight: store.nextPhase,
        ArrowLeft: store.previousPhase,
        Enter: store.completeIteration,
        a: store.running ? store.pauseAuto : store.startAuto,
        r: store.reset,
        g: store.toggleGradients,
      };
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const action = actions[key];
      // while auto-training, stepping by hand is off; pause, reset and the gradient toggle still work
      if (!action || (store.running && !['a', 'r', 'g'].includes(key))) return;
      event.preventDefault();
      action();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [container]);
}
