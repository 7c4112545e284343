import { useEffect } from 'react';
import { useAppStore } from '../store/store';

/** Fields and controls where B is typed or belongs to the control, not a shortcut. */
const TYPING = 'input, select, textarea, [contenteditable="true"]';

/**
 * B blacks the screen out and brings it back, as in presentation software; Esc brings it back.
 * Active only in projector mode; never while typing.
 */
export function useBlackoutKey(): void {
  const projector = useAppStore((state) => state.projector);
  useEffect(() => {
    if (!projector) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as Element | null)?.closest?.(TYPING)) return;
      const store = useAppStore.getState();
      if (event.key.toLowerCase() === 'b' || (event.key === 'Escape' && store.blackout)) {
        event.preventDefault();
        store.toggleBlackout();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [projector]);
}
